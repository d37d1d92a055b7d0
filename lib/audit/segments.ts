// Engagement segments for the restart (knowledge.md §8, the article's advice in §1): customers and
// those active in the last 30 days first, then the last 90; older groups after them in steps;
// contacts silent for 6+ months reconfirmed first (Mailchimp: permission goes stale after about
// 6 months); never-engaged contacts older than about 12 months not mailed.

export type SegmentId =
  | 'customers-30' // customers and contacts active in the last 30 days
  | 'active-90' // active 31–90 days ago
  | 'active-180' // active 91–180 days ago
  | 'new-unengaged' // never engaged, added in the last 6 months
  | 'undated' // no engagement data at all (the list has no activity column)
  | 'reconfirm' // silent 6+ months, or never engaged and 6–12 months old (or of unknown age)
  | 'do-not-mail'; // never engaged and older than ~12 months

/** Segments mailed in the stepped restart, in the order they join. */
export const SEND_ORDER: SegmentId[] = ['customers-30', 'active-90', 'active-180', 'new-unengaged', 'undated'];
export const SEGMENTS: SegmentId[] = [...SEND_ORDER, 'reconfirm', 'do-not-mail'];

export const DAY_MS = 86_400_000;
/** The day limits of §8, each with its source (see lib/audit/sources.ts). */
export const SEGMENT_DAYS = { recent: 30, engaged: 90, sunset: 180, staleMonths: 6, oldMonths: 12 } as const;

export interface ContactDates {
  customer: boolean;
  /** Last open/click/activity or last order, whichever is later (ms since 1970). */
  engaged?: number;
  created?: number;
  /** Whether the user gave any engagement column (activity or order) at all. */
  hasEngagementData: boolean;
}

/** The segment of one contact on a given day. */
export function segmentOf(c: ContactDates, now: number): SegmentId {
  const days = (t: number) => (now - t) / DAY_MS;
  if (c.customer) return 'customers-30';
  if (c.engaged !== undefined) {
    const d = days(c.engaged);
    if (d <= SEGMENT_DAYS.recent) return 'customers-30';
    if (d <= SEGMENT_DAYS.engaged) return 'active-90';
    if (d <= SEGMENT_DAYS.sunset) return 'active-180';
    return 'reconfirm';
  }
  if (!c.hasEngagementData) return 'undated';
  if (c.created === undefined) return 'reconfirm';
  const months = days(c.created) / (365.25 / 12);
  if (months <= SEGMENT_DAYS.staleMonths) return 'new-unengaged';
  if (months <= SEGMENT_DAYS.oldMonths) return 'reconfirm';
  return 'do-not-mail';
}
