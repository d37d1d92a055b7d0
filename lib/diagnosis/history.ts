// The account's earlier campaigns as the rules see them: sent before this one, oldest first.
import type { CampaignReport } from '../esp/types';

/** Campaigns of the same account sent before `report`, oldest first (without `report` itself). */
export function priorCampaigns(report: CampaignReport, history: CampaignReport[]): CampaignReport[] {
  return history
    .filter((h) => h.campaignId !== report.campaignId && h.sentAt && (!report.sentAt || h.sentAt < report.sentAt))
    .sort((a, b) => a.sentAt!.localeCompare(b.sentAt!));
}
