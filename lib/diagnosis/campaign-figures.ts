// A page that shows only part of a campaign (Mailchimp's abuse list shows the complainers, not
// how many mails were delivered) is judged with the figures remembered from the campaign's
// overview (issue 5 §5 history), so its complaints get a rate instead of "no problem found".
import type { CampaignReport } from '../esp/types';

const FIGURES = ['sentAt', 'recipients', 'delivered', 'opens', 'clicks', 'bounces', 'unsubscribes'] as const;

/** The report with the figures it lacks taken from the same campaign's remembered overview. */
export function withCampaignFigures(report: CampaignReport, history: CampaignReport[]): CampaignReport {
  const known = report.campaignId ? history.find((h) => h.campaignId === report.campaignId) : undefined;
  if (!known) return report;
  const out: CampaignReport = { ...report };
  for (const k of FIGURES)
    if (out[k] === undefined && known[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = known[k];
  // The page's own complaint count wins; the rate is derived again from it.
  if (report.complaints?.count !== undefined) out.complaints = { count: report.complaints.count };
  else if (known.complaints) out.complaints = known.complaints;
  return out;
}
