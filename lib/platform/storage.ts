// What the extension keeps in browser.storage.local (issue 11 §4), as versioned @wxt-dev/storage
// items: settings (validated field by field), the sender domain per ESP account, the campaign
// history per account (one key each, validated entry by entry), and the panel's layout. Nothing
// here throws away more than the one value that cannot be read, and a full quota is reported,
// not thrown at the panel.
import * as z from 'zod/mini';
import browser from 'webextension-polyfill';
import { storage } from '@wxt-dev/storage';
import { addToHistory, MAX_PER_ACCOUNT, type History, type HistoryEntry } from '../history/entries';
import { applySettingsPatch, parseSettings, type Settings } from './settings-schema';
import { parseHistoryList } from './history-schema';

export type { Settings } from './settings-schema';
export { languageOf } from './language';

/** A stored value that could not be read, kept aside (never silently lost) and shown to the user once. */
export interface SettingsNotice {
  fields: string[];
  at: string;
}

// v1: the unversioned settings of the first releases (no 'fr'); v2: 'fr' and per-field repair.
// The migration is the identity: parseSettings repairs any field, whatever version wrote it.
const settingsItem = storage.defineItem<Record<string, unknown>>('local:settings', {
  version: 2,
  migrations: { 2: (old: unknown) => old },
});
const rejectedItem = storage.defineItem<Record<string, unknown>>('local:settingsRejected');
const noticeItem = storage.defineItem<SettingsNotice>('local:settingsNotice');

/**
 * The settings. A field that cannot be read falls back to its own default; the refused value is
 * kept under `settingsRejected` and a notice is left for the user (settingsNotice).
 */
export async function loadSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue();
  const { settings, rejected } = parseSettings(raw ?? {});
  const fields = Object.keys(rejected);
  if (fields.length) {
    try {
      await rejectedItem.setValue({ ...((await rejectedItem.getValue()) ?? {}), ...rejected });
      await noticeItem.setValue({ fields, at: new Date().toISOString() });
      await settingsItem.setValue(settings as Record<string, unknown>);
    } catch {
      // Quota or a closing context: the defaults still apply for this read.
    }
  }
  return settings;
}

/** The pending notice about settings that could not be read, if any (shown once, then cleared). */
export async function takeSettingsNotice(): Promise<SettingsNotice | undefined> {
  const notice = await noticeItem.getValue();
  if (notice) await noticeItem.removeValue();
  return notice ?? undefined;
}

/** Saves a change of settings (each field validated; throws on invalid input from our own UI). */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = applySettingsPatch(await loadSettings(), patch);
  await settingsItem.setValue(next as Record<string, unknown>);
  return next;
}

const SenderDomains = z.record(z.string().check(z.maxLength(300)), z.string().check(z.maxLength(253)));
const senderDomainsItem = storage.defineItem<Record<string, string>>('local:senderDomains', { version: 1 });

/** Every remembered sender domain, per ESP account; an unreadable entry is dropped alone. */
export async function loadSenderDomains(): Promise<Record<string, string>> {
  const raw = await senderDomainsItem.getValue();
  if (!raw || typeof raw !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    const one = SenderDomains.safeParse({ [k]: v });
    if (one.success) out[k] = v;
  }
  return out;
}

/** The sender domain remembered for an ESP account. */
export async function loadSenderDomain(accountKey: string): Promise<string | undefined> {
  return (await loadSenderDomains())[accountKey];
}

/** Remembers the sender domain for an ESP account. */
export async function saveSenderDomain(accountKey: string, domain: string): Promise<void> {
  await senderDomainsItem.setValue({ ...(await loadSenderDomains()), [accountKey]: domain });
}

/** Replaces the remembered sender domains. */
export async function saveSenderDomains(map: Record<string, string>): Promise<void> {
  await senderDomainsItem.setValue(map);
}

// History: one key per ESP account ("history:<account>"), so writing one account can never touch
// another's, and each entry is validated on its own (a bad one is dropped, the rest kept).
const HISTORY_PREFIX = 'history:';
const LEGACY_HISTORY = 'history';

function historyKey(accountKey: string): `local:${string}` {
  return `local:${HISTORY_PREFIX}${accountKey}`;
}

// Which accounts have a history, so every account's history is read by key: a read of the whole
// of storage.local (get(null)) also read the kept bounce-list pages (bounce-pages-store.ts, up to
// megabytes after a big list), and the panel reads the histories on every report it shows (issue 17
// "Speed": settle to panel ≤ 50 ms). Stores written before the index get it from one full read.
const HISTORY_ACCOUNTS = 'historyAccounts';

async function historyAccounts(): Promise<string[]> {
  const { [HISTORY_ACCOUNTS]: index } = await browser.storage.local.get(HISTORY_ACCOUNTS);
  if (Array.isArray(index) && index.every((k) => typeof k === 'string')) return index;
  const all = await browser.storage.local.get(null);
  const found = Object.keys(all)
    .filter((k) => k.startsWith(HISTORY_PREFIX))
    .map((k) => k.slice(HISTORY_PREFIX.length));
  await browser.storage.local.set({ [HISTORY_ACCOUNTS]: found });
  return found;
}

/**
 * Puts an account in the index. Called on every recording, so an entry lost to two tabs writing the
 * index at once comes back with that account's next report.
 */
async function indexAccount(accountKey: string): Promise<void> {
  const accounts = await historyAccounts();
  if (!accounts.includes(accountKey))
    await browser.storage.local.set({ [HISTORY_ACCOUNTS]: [...accounts, accountKey] });
}

/** Moves the single-key history of the first releases into per-account keys (entries validated). */
export async function migrateLegacyHistory(): Promise<void> {
  const { [LEGACY_HISTORY]: legacy } = await browser.storage.local.get(LEGACY_HISTORY);
  if (legacy === undefined) return;
  if (legacy && typeof legacy === 'object' && !Array.isArray(legacy)) {
    for (const [account, list] of Object.entries(legacy as Record<string, unknown>)) {
      const current = parseHistoryList(await storage.getItem(historyKey(account)));
      const merged = [...parseHistoryList(list), ...current].reduce<History>((h, e) => addToHistory(h, account, e), {});
      await storage.setItem(historyKey(account), merged[account] ?? []);
      await indexAccount(account);
    }
  }
  await browser.storage.local.remove(LEGACY_HISTORY);
}

/** One account's stored history (bad entries dropped alone). */
export async function loadAccountHistory(accountKey: string): Promise<HistoryEntry[]> {
  await migrateLegacyHistory();
  return parseHistoryList(await storage.getItem(historyKey(accountKey)));
}

/** Every account's history. */
export async function loadHistory(): Promise<History> {
  await migrateLegacyHistory();
  const accounts = await historyAccounts();
  const stored = accounts.length ? await browser.storage.local.get(accounts.map((a) => HISTORY_PREFIX + a)) : {};
  const out: History = {};
  for (const account of accounts) {
    const value = stored[HISTORY_PREFIX + account];
    if (value !== undefined) out[account] = parseHistoryList(value);
  }
  return out;
}

/** A recorded history: the account's list, and whether it could be saved (quota). */
export interface RecordedHistory {
  entries: HistoryEntry[];
  saved: boolean;
}

/** Records a report's figures in its account's history; a full quota leaves it unsaved, not broken. */
export async function recordHistory(accountKey: string, entry: HistoryEntry): Promise<RecordedHistory> {
  const current = await loadAccountHistory(accountKey);
  const entries = addToHistory({ [accountKey]: current }, accountKey, entry)[accountKey] ?? [];
  try {
    await storage.setItem(historyKey(accountKey), entries.slice(-MAX_PER_ACCOUNT));
    await indexAccount(accountKey);
    return { entries, saved: true };
  } catch {
    return { entries, saved: false };
  }
}

/** Forgets the history (all accounts). */
export async function clearHistory(): Promise<void> {
  const all = await browser.storage.local.get(null);
  const keys = Object.keys(all).filter(
    (k) => k === LEGACY_HISTORY || k === HISTORY_ACCOUNTS || k.startsWith(HISTORY_PREFIX),
  );
  if (keys.length) await browser.storage.local.remove(keys);
}

export const UiStateSchema = z.object({
  sections: z._default(z.record(z.string().check(z.maxLength(60)), z.boolean()), {}),
  position: z.optional(z.object({ top: z.number(), right: z.number() })),
});
export type UiState = z.infer<typeof UiStateSchema>;
const uiItem = storage.defineItem<unknown>('local:ui', { version: 1 });

/** The panel's remembered layout: which sections are open, where it was moved to. */
export async function loadUiState(): Promise<UiState> {
  const raw = await uiItem.getValue();
  const parsed = UiStateSchema.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  // Keep what can be read: the open sections survive a bad position and the other way round.
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const sections = UiStateSchema.shape.sections.safeParse(obj.sections);
  const position = UiStateSchema.shape.position.safeParse(obj.position);
  return { sections: sections.success ? sections.data : {}, position: position.success ? position.data : undefined };
}

/** Saves the panel's layout; a full quota only means the layout is not remembered. */
export async function saveUiState(state: UiState): Promise<void> {
  await uiItem.setValue(state).catch(() => undefined);
}

/** Forgets everything the extension stored: settings, sender domains, history, layout. */
export async function clearAllData(): Promise<void> {
  await browser.storage.local.clear();
}
