// The settings and how a stored value is read back (issue 11 §4): each field is validated on its
// own, so one unreadable field falls back to its own default and every other field is kept. The
// `settings` key keeps `resolvers` and `lang` with the names and meanings of api-contract.md
// ("Extension storage"). Pure: no browser API here, so it is tested in node.
import * as z from 'zod/mini';
import { DEFAULT_ENDPOINTS, isDohEndpoint } from '../dns/endpoints';
import { LANGS, type Lang } from '../i18n/langs';

const Fraction = z.optional(z.number().check(z.gt(0), z.lt(1)));

/** One schema and one default per field. */
const FIELDS = {
  resolvers: {
    schema: z
      .array(z.string().check(z.maxLength(2000), z.refine(isDohEndpoint)))
      .check(z.minLength(1), z.maxLength(10)),
    fallback: (): string[] => [...DEFAULT_ENDPOINTS],
  },
  lang: { schema: z.enum(['auto', ...LANGS]), fallback: (): 'auto' | Lang => 'auto' },
  extraSelectors: {
    schema: z.array(z.string().check(z.regex(/^[a-zA-Z0-9._-]{1,63}$/))).check(z.maxLength(50)),
    fallback: (): string[] => [],
  },
  /** CSV delimiter; 'auto' = by language (";" where Excel expects it, see csvDelimiterFor). */
  csvDelimiter: { schema: z.enum(['auto', ',', ';']), fallback: (): 'auto' | ',' | ';' => 'auto' },
  csvBom: { schema: z.boolean(), fallback: () => true },
  /** Check each recipient domain over DNS during an export (domain-dead flag). */
  exportCheckDomains: { schema: z.boolean(), fallback: () => true },
  /** The user's thresholds, over the article's defaults (lib/diagnosis/thresholds.ts). */
  thresholds: {
    schema: z.object({
      bounceAlarm: Fraction,
      bounceBad: Fraction,
      bounceDisaster: Fraction,
      openBenchmark: Fraction,
      complaintWarn: Fraction,
      complaintMax: Fraction,
    }),
    fallback: (): Record<string, number | undefined> => ({}),
  },
} as const;

type Fields = typeof FIELDS;
export type Settings = { [K in keyof Fields]: z.infer<Fields[K]['schema']> };
export type SettingsField = keyof Settings;
export const SETTINGS_FIELDS = Object.keys(FIELDS) as SettingsField[];

/** The defaults of every field. */
export function defaultSettings(): Settings {
  const out: Record<string, unknown> = {};
  for (const k of SETTINGS_FIELDS) out[k] = FIELDS[k].fallback();
  return out as Settings;
}

export interface ParsedSettings {
  settings: Settings;
  /** Fields that were present but unreadable, with the value that was refused. */
  rejected: Record<string, unknown>;
}

/** Reads a stored value field by field; a field that fails its schema takes its own default. */
export function parseSettings(raw: unknown): ParsedSettings {
  const src = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const settings = defaultSettings() as Record<string, unknown>;
  const rejected: Record<string, unknown> = {};
  if (raw !== undefined && raw !== null && src !== raw) rejected['*'] = raw;
  for (const k of SETTINGS_FIELDS) {
    if (!(k in src) || src[k] === undefined) continue;
    const parsed = FIELDS[k].schema.safeParse(src[k]);
    if (parsed.success) settings[k] = parsed.data;
    else rejected[k] = src[k];
  }
  return { settings: settings as Settings, rejected };
}

/** Validates a change coming from our own UI; throws on a field our UI should never produce. */
export function applySettingsPatch(current: Settings, patch: Partial<Settings>): Settings {
  const next = { ...current } as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) {
    if (!(k in FIELDS) || v === undefined) continue;
    next[k] = FIELDS[k as SettingsField].schema.parse(v);
  }
  return next as Settings;
}
