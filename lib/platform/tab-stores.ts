// The panel's stores as the scripts of a report tab see them (the panel, the taught panel, the
// picker): settings, sender domains, history, tab readings, the panel's state and layout, the last
// message check — read and written through the background (message-schemas.ts 'store-*', answered
// by store-messages.ts with storage.ts, readings-store.ts, panel-state.ts and message-store.ts).
// So the panel carries neither @wxt-dev/storage nor the stores' zod schemas (its budget, issue 15
// §8), and what a tab writes is validated before it is stored, as every stored value is on read.
// A read that is refused or gets no answer rejects (no panel, as when storage failed before),
// except the message check, which the panel can do without; a history that could not be recorded
// is the list already read, marked unsaved. Writes are fire-and-forget, as before. The second
// stage keeps its own stores (bounce-pages-store.ts, teach-store.ts); store-watch.ts watches.
import { messenger, type PanelStores } from './messages';
import { campaignKeyOf, type TabReading } from '../esp/merge';
import type { CampaignReport } from '../esp/types';
import { addToHistory, type HistoryEntry } from '../history/entries';
import type { MessageCheckSummary } from '../message/summary';
import type { RecordedHistory, Settings, UiState } from './storage';

export type { PanelStores };

/** The router's refusal comes back as a value (router.ts Refusal); a read that was refused throws. */
function answered<T>(r: T): T {
  if (r && typeof r === 'object' && 'refused' in r) throw new Error((r as { error?: string }).error ?? 'refused');
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
 * Records a report's figures in its account's history; the account's list comes back. Where the
 * background could not record it, the list is the one already read plus this entry, marked unsaved
 * (as for a full quota): the panel still shows the report beside its history.
 */
export async function recordHistory(
  account: string,
  entry: HistoryEntry,
  known: HistoryEntry[],
): Promise<RecordedHistory> {
  const r = await messenger.sendMessage('store-record-history', { account, entry }).catch(() => undefined);
  if (r && Array.isArray(r.entries)) return r;
  return { entries: addToHistory({ [account]: known }, account, entry)[account] ?? [], saved: false };
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
