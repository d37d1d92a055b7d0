// Settings and remembered sender domains in browser.storage.local, validated with zod on read so
// old or corrupted data falls back to defaults instead of breaking (issue 6 §4).
import * as z from 'zod/mini';
import browser from 'webextension-polyfill';
import { DEFAULT_ENDPOINTS, isDohEndpoint } from '../dns/endpoints';
import { addToHistory, type History, type HistoryEntry } from '../history/entries';
import { pickLang, type Lang } from '../i18n';

export const Settings = z.object({
  resolvers: z._default(z.array(z.string().check(z.refine(isDohEndpoint))).check(z.minLength(1)), [...DEFAULT_ENDPOINTS]),
  lang: z._default(z.enum(['auto', 'en', 'nl', 'fr']), 'auto'),
  extraSelectors: z._default(z.array(z.string()), []),
  /** CSV delimiter; 'auto' = ";" for Dutch (Excel in Belgium and the Netherlands), else ",". */
  csvDelimiter: z._default(z.enum(['auto', ',', ';']), 'auto'),
  csvBom: z._default(z.boolean(), true),
  /** Check each recipient domain over DNS during the export (domain-dead flag). */
  exportCheckDomains: z._default(z.boolean(), true),
  /** The user's thresholds, over the article's defaults (lib/diagnosis/thresholds.ts). */
  thresholds: z._default(
    z.object({
      bounceAlarm: z.optional(z.number().check(z.gt(0), z.lt(1))),
      bounceBad: z.optional(z.number().check(z.gt(0), z.lt(1))),
      bounceDisaster: z.optional(z.number().check(z.gt(0), z.lt(1))),
      openBenchmark: z.optional(z.number().check(z.gt(0), z.lt(1))),
      complaintWarn: z.optional(z.number().check(z.gt(0), z.lt(1))),
      complaintMax: z.optional(z.number().check(z.gt(0), z.lt(1))),
    }),
    {},
  ),
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

const HistoryEntrySchema = z.object({
  provider: z.enum(['mailchimp', 'activecampaign', 'campaign-monitor', 'manual', 'taught']),
  campaignId: z.optional(z.string()),
  sentAt: z.optional(z.string()),
  recipients: z.optional(z.number()),
  delivered: z.optional(z.number()),
  opens: z.optional(z.object({ unique: z.optional(z.number()), total: z.optional(z.number()), rate: z.optional(z.number()) })),
  clicks: z.optional(z.object({ unique: z.optional(z.number()), total: z.optional(z.number()), rate: z.optional(z.number()) })),
  bounces: z.optional(z.object({ total: z.optional(z.number()), hard: z.optional(z.number()), soft: z.optional(z.number()), rate: z.optional(z.number()) })),
  unsubscribes: z.optional(z.object({ count: z.optional(z.number()), rate: z.optional(z.number()) })),
  complaints: z.optional(z.object({ count: z.optional(z.number()), rate: z.optional(z.number()) })),
});
const HistorySchema = z.record(z.string(), z.array(HistoryEntrySchema));

/** The stored campaign history; corrupted data reads as empty rather than breaking the panel. */
export async function loadHistory(): Promise<History> {
  const { history } = await browser.storage.local.get('history');
  const parsed = HistorySchema.safeParse(history ?? {});
  return parsed.success ? (parsed.data as History) : {};
}

/** Records a report's figures in its account's history and returns that account's list. */
export async function recordHistory(accountKey: string, entry: HistoryEntry): Promise<HistoryEntry[]> {
  const next = addToHistory(await loadHistory(), accountKey, entry);
  await browser.storage.local.set({ history: next });
  return next[accountKey] ?? [];
}

/** Forgets the history (all accounts). */
export async function clearHistory(): Promise<void> {
  await browser.storage.local.remove('history');
}

const UiState = z.object({
  sections: z._default(z.record(z.string(), z.boolean()), {}),
  position: z.optional(z.object({ top: z.number(), right: z.number() })),
});
export type UiState = z.infer<typeof UiState>;

/** The panel's remembered layout: which sections are open, where it was moved to. */
export async function loadUiState(): Promise<UiState> {
  const { ui } = await browser.storage.local.get('ui');
  const parsed = UiState.safeParse(ui ?? {});
  return parsed.success ? parsed.data : { sections: {} };
}

/** Saves the panel's layout. */
export async function saveUiState(state: UiState): Promise<void> {
  await browser.storage.local.set({ ui: state });
}

/** Every remembered sender domain, per ESP account. */
export async function loadSenderDomains(): Promise<Record<string, string>> {
  const { senderDomains } = await browser.storage.local.get('senderDomains');
  const parsed = SenderDomains.safeParse(senderDomains ?? {});
  return parsed.success ? parsed.data : {};
}

/** Replaces the remembered sender domains. */
export async function saveSenderDomains(map: Record<string, string>): Promise<void> {
  await browser.storage.local.set({ senderDomains: map });
}

/** Forgets everything the extension stored: settings, sender domains, history, layout. */
export async function clearAllData(): Promise<void> {
  await browser.storage.local.clear();
}

/** Calls `listener` when the settings change (options page), so open pages follow at once. */
export function onSettingsChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'settings' in changes) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** The language to show: the one chosen in the options, or the browser's. */
export function languageOf(settings: Pick<Settings, 'lang'>): Lang {
  return settings.lang === 'auto' ? pickLang(browser.i18n.getUILanguage()) : settings.lang;
}
