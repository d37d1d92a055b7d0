// A taught layout: per account host and page kind, the locators of each figure (issue 18 §2),
// versioned so a later format can migrate it. The same strict schema checks a stored entry and an
// imported file (issue 18 §4): unknown keys are refused, every string and list is bounded, tags and
// paths are plain words, and nothing in it is ever evaluated — anchors are compared as strings.
import * as z from 'zod/mini';
import { FIGURES, type FigureId } from './figures';
import { MAX_LOCATORS, MAX_STEPS, type Locator } from './locator';

export const LAYOUT_FORMAT = 'deliverability-lens/taught-layout';
export const LAYOUT_VERSION = 1;
/** An exported file is a few kilobytes; anything much larger is not one of ours. */
export const MAX_LAYOUT_BYTES = 64_000;

/** The ESPs the user can name when teaching (esp-pages.md "Other ESPs"), plus the adapters' own. */
export const TEACH_ESPS = [
  'brevo',
  'mailerlite',
  'flexmail',
  'other',
  'mailchimp',
  'activecampaign',
  'campaign-monitor',
] as const;
export type TeachEsp = (typeof TEACH_ESPS)[number];

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const nth = z.int().check(z.gte(0), z.lte(2000));
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)+$/;
/** A path template: literal segments, {n} for a number, {id} for a generated segment. */
const PATH = /^(\/([\w\-.~%]{1,80}|\{n\}|\{id\}))*\/?$/;

const Step = z.strictObject({ tag: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,31}$/)), nth });
const Anchor = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('id'), id: z.string().check(z.maxLength(80), z.regex(/^[A-Za-z][\w-]*$/)) }),
  z.strictObject({
    by: z.literal('testid'),
    value: z.string().check(z.maxLength(80), z.regex(/^[A-Za-z][\w-]*$/)),
    nth,
  }),
  z.strictObject({
    by: z.literal('aria'),
    label: text(80),
    role: z.optional(z.string().check(z.regex(/^[a-z]{1,30}$/))),
    nth,
  }),
  z.strictObject({ by: z.literal('href'), path: z.string().check(z.maxLength(200), z.regex(PATH)), nth }),
  z.strictObject({ by: z.literal('label'), text: text(80), nth, up: z.int().check(z.gte(0), z.lte(6)) }),
  z.strictObject({ by: z.literal('landmark'), tag: z.enum(['main', 'body']) }),
]);
const LocatorSchema = z.strictObject({ anchor: Anchor, down: z.array(Step).check(z.maxLength(MAX_STEPS)) });
const FigureSpec = z.strictObject({
  locators: z.array(LocatorSchema).check(z.minLength(1), z.maxLength(MAX_LOCATORS)),
});

export const TaughtLayoutSchema = z.strictObject({
  format: z.literal(LAYOUT_FORMAT),
  version: z.literal(LAYOUT_VERSION),
  host: z.string().check(z.regex(HOST)),
  path: z.string().check(z.maxLength(300), z.regex(PATH)),
  kind: z.literal('overview'),
  esp: z.enum(TEACH_ESPS),
  taughtAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/)),
  figures: z.strictObject(
    Object.fromEntries(FIGURES.map((f) => [f, z.optional(FigureSpec)])) as Record<
      FigureId,
      z.ZodMiniOptional<typeof FigureSpec>
    >,
  ),
});

export interface TaughtLayout {
  format: typeof LAYOUT_FORMAT;
  version: typeof LAYOUT_VERSION;
  host: string;
  path: string;
  kind: 'overview';
  esp: TeachEsp;
  taughtAt: string;
  figures: Partial<Record<FigureId, { locators: Locator[] }>>;
}

/** Why a layout file or stored entry was refused (data; worded in lib/i18n/teach.ts). */
export type LayoutProblem =
  | { kind: 'too-large'; bytes: number }
  | { kind: 'not-json' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'invalid'; at: string }
  | { kind: 'other-host'; host: string; expected: string }
  | { kind: 'no-figures' };

/** Validates an unknown value as a layout (a stored entry or a parsed file). */
export function parseLayout(
  value: unknown,
): { ok: true; layout: TaughtLayout } | { ok: false; problem: LayoutProblem } {
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > LAYOUT_VERSION)
    return { ok: false, problem: { kind: 'newer-version', version } };
  const parsed = TaughtLayoutSchema.safeParse(value);
  if (!parsed.success)
    return { ok: false, problem: { kind: 'invalid', at: parsed.error.issues[0]?.path.join('.') || '(root)' } };
  const layout = parsed.data as TaughtLayout;
  if (!Object.values(layout.figures).some(Boolean)) return { ok: false, problem: { kind: 'no-figures' } };
  return { ok: true, layout };
}

/** Reads an imported file: bounded, JSON, the strict schema, and the host it must describe. */
export function parseLayoutFile(
  textIn: string,
  expectedHost: string,
): { ok: true; layout: TaughtLayout } | { ok: false; problem: LayoutProblem } {
  const bytes = new TextEncoder().encode(textIn).length;
  if (bytes > MAX_LAYOUT_BYTES) return { ok: false, problem: { kind: 'too-large', bytes } };
  let value: unknown;
  try {
    value = JSON.parse(textIn);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  const r = parseLayout(value);
  if (!r.ok) return r;
  if (r.layout.host !== expectedHost.toLowerCase())
    return { ok: false, problem: { kind: 'other-host', host: r.layout.host, expected: expectedHost } };
  return r;
}

/** The layout as the small JSON file a colleague imports. */
export function serializeLayout(layout: TaughtLayout): string {
  return `${JSON.stringify(layout)}\n`;
}

/** The file name of an exported layout. */
export function layoutFileName(layout: TaughtLayout): string {
  return `taught-layout-${layout.host}.json`;
}

/** The storage key of a layout: its host and path template. */
export function layoutKey(layout: Pick<TaughtLayout, 'host' | 'path'>): string {
  return `${layout.host}${layout.path}`;
}

/** Does this URL's path fit the template? Returns the placeholder values (the campaign id). */
export function matchPath(template: string, pathname: string): string[] | undefined {
  const t = template.replace(/\/$/, '').split('/');
  const p = pathname.replace(/\/$/, '').split('/');
  if (t.length !== p.length) return undefined;
  const values: string[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '{n}') {
      if (!/^\d+$/.test(p[i]!)) return undefined;
      values.push(p[i]!);
    } else if (t[i] === '{id}') {
      if (!/^[\w-]{1,120}$/.test(p[i]!)) return undefined;
      values.push(p[i]!);
    } else if (t[i] !== p[i]) return undefined;
  }
  return values;
}
