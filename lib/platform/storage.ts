// Settings and remembered sender domains in browser.storage.local, validated with zod on read so
// old or corrupted data falls back to defaults instead of breaking (issue 6 §4).
import * as z from 'zod/mini';
import browser from 'webextension-polyfill';
import { DEFAULT_ENDPOINTS, isDohEndpoint } from '../dns/endpoints';

export const Settings = z.object({
  resolvers: z._default(z.array(z.string().check(z.refine(isDohEndpoint))).check(z.minLength(1)), [...DEFAULT_ENDPOINTS]),
  lang: z._default(z.enum(['auto', 'en', 'nl']), 'auto'),
  extraSelectors: z._default(z.array(z.string()), []),
  /** CSV delimiter; 'auto' = ";" for Dutch (Excel in Belgium and the Netherlands), else ",". */
  csvDelimiter: z._default(z.enum(['auto', ',', ';']), 'auto'),
  csvBom: z._default(z.boolean(), true),
  /** Check each recipient domain over DNS during the export (domain-dead flag). */
  exportCheckDomains: z._default(z.boolean(), true),
});
export type Settings = z.infer<typeof Settings>;

const SenderDomains = z.record(z.string(), z.string());

/** The settings, or the defaults (with `reset` naming why) when the stored value is unusable. */
export async function loadSettings(): Promise<Settings & { reset?: string }> {
  const { settings } = await browser.storage.local.get('settings');
  const parsed = Settings.safeParse(settings ?? {});
  if (parsed.success) return parsed.data;
  return { ...Settings.parse({}), reset: 'stored settings were unreadable; defaults are used' };
}

/** Saves settings (validated first; throws on invalid input from our own UI). */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = Settings.parse({ ...(await loadSettings()), ...patch, reset: undefined });
  await browser.storage.local.set({ settings: next });
  return next;
}

/** The sender domain remembered for an ESP account. */
export async function loadSenderDomain(accountKey: string): Promise<string | undefined> {
  const { senderDomains } = await browser.storage.local.get('senderDomains');
  const parsed = SenderDomains.safeParse(senderDomains ?? {});
  return parsed.success ? parsed.data[accountKey] : undefined;
}

/** Remembers the sender domain for an ESP account. */
export async function saveSenderDomain(accountKey: string, domain: string): Promise<void> {
  const { senderDomains } = await browser.storage.local.get('senderDomains');
  const parsed = SenderDomains.safeParse(senderDomains ?? {});
  await browser.storage.local.set({ senderDomains: { ...(parsed.success ? parsed.data : {}), [accountKey]: domain } });
}
