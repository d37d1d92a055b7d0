// The account's earlier campaigns as the rules see them: sent before this one, oldest first.
import type { CampaignReport } from '../esp/types';

/** Campaigns of the same account sent before `report`, oldest first (without `report` itself). */
export function priorCampaigns(report: CampaignReport, history: CampaignReport[]): CampaignReport[] {
  return history
    .filter((h) => h.campaignId !== report.campaignId && h.sentAt && (!report.sentAt || h.sentAt < report.sentAt))
    .sort((a, b) => a.sentAt!.localeCompare(b.sentAt!));
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1]! + s[mid]!) / 2;
}
