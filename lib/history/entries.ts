// Campaign history (issue 5 §5): each report viewed is kept per ESP account and campaign — the
// figures only, never names, subjects or addresses — and feeds the volume and reputation rules
// and the trend chart.
import type { CampaignReport } from '../esp/types';

export type HistoryEntry = Pick<
  CampaignReport,
  | 'provider'
  | 'campaignId'
  | 'sentAt'
  | 'recipients'
  | 'delivered'
  | 'opens'
  | 'clicks'
  | 'bounces'
  | 'unsubscribes'
  | 'complaints'
>;
export type History = Record<string, HistoryEntry[]>;

/** Most campaigns kept per account. */
export const MAX_PER_ACCOUNT = 50;

/** The figures of a report, without anything that names a person or a campaign. */
export function toHistoryEntry(r: CampaignReport): HistoryEntry | undefined {
  if (!r.campaignId || !r.sentAt || r.recipients === undefined) return undefined;
  const { provider, campaignId, sentAt, recipients, delivered, opens, clicks, bounces, unsubscribes, complaints } = r;
  return JSON.parse(
    JSON.stringify({
      provider,
      campaignId,
      sentAt,
      recipients,
      delivered,
      opens,
      clicks,
      bounces,
      unsubscribes,
      complaints,
    }),
  ) as HistoryEntry;
}

/** Adds or replaces a campaign in an account's history, keeping the newest MAX_PER_ACCOUNT. */
export function addToHistory(history: History, accountKey: string, entry: HistoryEntry): History {
  const list = (history[accountKey] ?? []).filter((e) => e.campaignId !== entry.campaignId);
  list.push(entry);
  list.sort((a, b) => (a.sentAt ?? '').localeCompare(b.sentAt ?? ''));
  return { ...history, [accountKey]: list.slice(-MAX_PER_ACCOUNT) };
}
