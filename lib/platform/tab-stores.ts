// The panel's stores as the scripts of a report tab see them (the panel, the taught panel, the
// picker): settings, sender domains, history, tab readings, the panel's state and layout, the last
// message check — read and written through the background (message-schemas.ts 'store-*', answered
// by store-messages.ts with storage.ts, readings-store.ts, panel-state.ts and message-store.ts).
// So the panel carries neither @wxt-dev/storage nor the stores' zod schemas (its budget, issue 15
// §8), and what a tab writes is validated before it is stored, as every stored value is on read.
// A read that is refused or gets no answer rejects (no panel, as when storage failed before),
// except the message check, which the panel can do without. Writes are fire-and-forget, as before,
// the history's too: the panel draws with the list it read plus the new entry. The second
// stage keeps its own stores (bounce-pages-store.ts, teach-store.ts); store-watch.ts watches.
import { isRefusal, messenger, type PanelStores } from './messages';
import { campaignKeyOf, type TabReading } from '../esp/merge';
import type { CampaignReport } from '../esp/types';
import { addToHistory, type HistoryEntry } from '../history/entries';
import type { MessageCheckSummary } from '../message/summary';
import type { Settings, UiState } from './storage';

export type { PanelStores };

/** A read that the router refused throws (its refusal comes back as a value, messages.ts isRefusal). */
function answered<T>(r: T): T {
  if (isRefusal(r)) throw new Error(r.error);
  return r;
}

/** The settings, each field validated by the background (storage.ts loadSettings). */
export async function loadSettings(): Promise<Settings> {
  return answered(await messenger.sendMessage('store-settings', {}));
}

/** Sender domains, every account's history, the panel's state and layout, in one round trip. */
export async function loadPanelStores(): Promise<PanelStores> {
  return answered(await messenger.sendMessage('store-panel', {}));
}

/** The stored readings of the campaign this report belongs to (none without a campaign key). */
export async function loadReadings(report: CampaignReport): Promise<TabReading[]> {
  const key = campaignKeyOf(report);
  return key ? answered(await messenger.sendMessage('store-readings', { key })) : [];
}

/** Stores a settled reading (the caller never passes an unsettled one); one without a campaign key is refused. */
export async function saveReading(reading: TabReading): Promise<void> {
  await messenger.sendMessage('store-save-reading', { reading });
}

/**
 * Records a report's figures in its account's history. The account's list comes back at once: the
 * one the panel read plus this entry, which is what the background stores (storage.ts recordHistory
 * adds it the same way), so drawing the panel does not wait for the write (issue 17 "Speed": settle
 * to panel ≤ 50 ms). `written` says whether it was stored: a refused entry or no answer leaves the
 * stored history as it was.
 */
export function recordHistory(
  account: string,
  entry: HistoryEntry,
  known: HistoryEntry[],
): { entries: HistoryEntry[]; written: Promise<boolean> } {
  const written = messenger.sendMessage('store-record-history', { account, entry }).then(
    (r) => Array.isArray(r?.entries) && r.saved,
    () => false,
  );
  return { entries: addToHistory({ [account]: known }, account, entry)[account] ?? [], written };
}

/** Remembers the sender domain for an ESP account. */
export async function saveSenderDomain(account: string, domain: string): Promise<void> {
  await messenger.sendMessage('store-sender-domain', { account, domain });
}

/** Saves the panel's layout (open sections, position). */
export async function saveUiState(state: UiState): Promise<void> {
  await messenger.sendMessage('store-ui', { state });
}

/** Remembers whether the panel is collapsed. */
export async function savePanelCollapsed(collapsed: boolean): Promise<void> {
  await messenger.sendMessage('store-collapsed', { collapsed });
}

/** Remembers that the panel was dismissed for a campaign (panel-state.ts campaignKey). */
export async function dismissCampaign(key: string): Promise<void> {
  await messenger.sendMessage('store-dismiss', { key });
}

/** The last checked copy of a From domain (or its parent's), if any. Never rejects. */
export async function loadMessageCheck(domain: string): Promise<MessageCheckSummary | undefined> {
  try {
    return (await messenger.sendMessage('store-message-check', { domain })).summary;
  } catch {
    return undefined; // no background to ask (tests, an extension being updated): no verdict to show
  }
}
