// Rates as the report shows them, or derived from its counts when a page shows only counts
// (ActiveCampaign's classic report). Opens and clicks are per delivered mail, as Mailchimp
// defines them; delivered = recipients − bounces when the page does not say.
import type { CampaignReport } from '../esp/types';

/** Mail that reached a mailbox: as shown, or recipients minus bounces. */
export function deliveredOf(r: CampaignReport): number | undefined {
  if (r.delivered !== undefined) return r.delivered;
  if (r.recipients !== undefined && r.bounces?.total !== undefined) return r.recipients - r.bounces.total;
  return undefined;
}

/** The bounce rate: as shown, or bounces over recipients. */
export function bounceRateOf(r: {
  bounces?: { total?: number; rate?: number };
  recipients?: number;
}): number | undefined {
  if (r.bounces?.rate !== undefined) return r.bounces.rate;
  if (r.bounces?.total !== undefined && r.recipients) return r.bounces.total / r.recipients;
  return undefined;
}

/** Unsubscribe rate per delivered mail, as shown or derived. */
export function unsubscribeRateOf(r: CampaignReport): number | undefined {
  if (r.unsubscribes?.rate !== undefined) return r.unsubscribes.rate;
  const d = deliveredOf(r);
  return r.unsubscribes?.count !== undefined && d ? r.unsubscribes.count / d : undefined;
}

/** Unique-open rate, as shown or derived. */
export function openRateOf(r: CampaignReport): number | undefined {
  if (r.opens?.rate !== undefined) return r.opens.rate;
  const d = deliveredOf(r);
  return r.opens?.unique !== undefined && d ? r.opens.unique / d : undefined;
}

/** Unique-click rate, as shown or derived. */
export function clickRateOf(r: CampaignReport): number | undefined {
  if (r.clicks?.rate !== undefined) return r.clicks.rate;
  const d = deliveredOf(r);
  return r.clicks?.unique !== undefined && d ? r.clicks.unique / d : undefined;
}

/** Complaint rate per delivered mail, as shown or derived. */
export function complaintRateOf(r: CampaignReport): number | undefined {
  if (r.complaints?.rate !== undefined) return r.complaints.rate;
  const d = deliveredOf(r);
  return r.complaints?.count !== undefined && d ? r.complaints.count / d : undefined;
}
