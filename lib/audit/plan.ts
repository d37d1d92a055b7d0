// The restart plan (knowledge.md §8): who goes first, how much more each send, when to stop, and
// how many sends reach the whole list. Every number carries its source (sources.ts).
import type { MailboxProvider } from '../hygiene/mailbox-provider';
import { SEND_ORDER, type SegmentId } from './segments';
import type { SourceId } from './sources';

/** SparkPost/Bird warm-up volumes per day (knowledge.md §8); here the most one provider gets per send. */
export const WARMUP_SCHEDULE = [
  200, 500, 1000, 2000, 5000, 10000, 20000, 40000, 50000, 75000, 100000, 150000, 200000, 250000,
];

export const PLAN_RULES = {
  /** The first send is never smaller than SparkPost's day 1 (or the whole list when smaller). */
  firstSendMin: 200,
  /** Engaged contacts (≤ 90 days) join at most +50 % per send (Delivra's ceiling). */
  engagedGrowth: 0.5,
  /** Older groups join in 15–25 % steps (the article; SparkPost: chunks of about 15 %); we take 20 %. */
  olderGrowth: 0.2,
  olderGrowthRange: [0.15, 0.25] as const,
  /** "Every few days" (article, knowledge.md §8). */
  daysBetween: 3,
  bounceStop: 0.02,
  complaintStop: 0.001,
  deferralCodes: ['4.7.28', 'TSS04'],
} as const;

export interface PlanStep {
  /** 1-based number of the send. */
  n: number;
  /** Everyone mailed in this send: all who joined so far. */
  volume: number;
  /** Who joins with this send. */
  added: number;
  joins: { segment: SegmentId; count: number }[];
  /** Day of the send, counted from the first (day 0). */
  day: number;
  /** added ÷ previous volume; absent on the first send. */
  growth?: number;
  /** Providers whose part of this send is above the warm-up volume for that send, only where it binds. */
  caps: { provider: MailboxProvider; planned: number; max: number }[];
  sources: SourceId[];
}

export interface StopRule {
  id: 'bounces' | 'complaints' | 'deferrals';
  above?: number;
  codes?: readonly string[];
  sources: SourceId[];
}

export interface RestartPlan {
  steps: PlanStep[];
  /** Sends until everyone mailable has been mailed. */
  sends: number;
  /** Everyone the last send reaches. */
  audience: number;
  /** Silent 6+ months (or never engaged, 6–12 months old): a reconfirmation mail first. */
  reconfirm: { count: number; sources: SourceId[] };
  /** Never engaged and older than ~12 months: not mailed. */
  notMailed: { count: number; sources: SourceId[] };
  /** Removed before the first send (bounced, complained, or flagged by the audit). */
  removed?: number;
  stopRules: StopRule[];
  /** Whether any per-provider cap binds. */
  capsBind: boolean;
}

export const STOP_RULES: StopRule[] = [
  { id: 'bounces', above: PLAN_RULES.bounceStop, sources: ['delivra', 'article'] },
  { id: 'complaints', above: PLAN_RULES.complaintStop, sources: ['delivra'] },
  { id: 'deferrals', codes: PLAN_RULES.deferralCodes, sources: ['google-senders', 'yahoo-senders'] },
];

const ENGAGED: SegmentId[] = ['customers-30', 'active-90'];

/** The plan from segment sizes and (when known) the provider mix of the mailable addresses. */
export function buildRestartPlan(input: {
  segments: Partial<Record<SegmentId, number>>;
  providers?: Partial<Record<MailboxProvider, number>>;
  removed?: number;
}): RestartPlan {
  const queue = SEND_ORDER.map((segment) => ({ segment, left: input.segments[segment] ?? 0 })).filter(
    (q) => q.left > 0,
  );
  const total = queue.reduce((a, q) => a + q.left, 0);
  const mix = Object.entries(input.providers ?? {}).filter(([, n]) => (n ?? 0) > 0) as [MailboxProvider, number][];
  const mixTotal = mix.reduce((a, [, n]) => a + n, 0);
  const steps: PlanStep[] = [];
  let volume = 0;
  while (queue.length) {
    const first = steps.length === 0;
    const engaged = ENGAGED.includes(queue[0]!.segment);
    // Send 1: the customers and the recently active, whole (topped up to SparkPost's day 1).
    let room = first
      ? Math.max(queue[0]!.segment === 'customers-30' ? queue[0]!.left : 0, PLAN_RULES.firstSendMin)
      : Math.max(1, Math.ceil(volume * (engaged ? PLAN_RULES.engagedGrowth : PLAN_RULES.olderGrowth)));
    const joins: PlanStep['joins'] = [];
    // Older groups never join faster than their own 15–25 % step, even in a send that finishes the engaged.
    const olderRoom = first ? Infinity : Math.ceil(volume * PLAN_RULES.olderGrowth);
    let addedHere = 0;
    while (room > 0 && queue.length) {
      const q = queue[0]!;
      if (!first && engaged && !ENGAGED.includes(q.segment)) room = Math.min(room, Math.max(0, olderRoom - addedHere));
      if (room <= 0) break;
      const take = Math.min(room, q.left);
      joins.push({ segment: q.segment, count: take });
      q.left -= take;
      room -= take;
      addedHere += take;
      if (q.left === 0) queue.shift();
    }
    const added = joins.reduce((a, j) => a + j.count, 0);
    const prev = volume;
    volume += added;
    const n = steps.length + 1;
    const max = WARMUP_SCHEDULE[Math.min(n - 1, WARMUP_SCHEDULE.length - 1)]!;
    // The mix is assumed the same in every group (the plan shows provider totals, not per segment).
    const caps = mixTotal
      ? mix
          .map(([provider, c]) => ({ provider, planned: Math.round((volume * c) / mixTotal), max }))
          .filter((c) => c.planned > max && c.provider !== 'other' && c.provider !== 'unknown')
      : [];
    const sources: SourceId[] = first
      ? ['article', 'sparkpost-warmup']
      : engaged
        ? ['article', 'delivra']
        : ['article', 'sparkpost-warmup'];
    if (caps.length) sources.push('google-senders');
    steps.push({
      n,
      volume,
      added,
      joins,
      day: (n - 1) * PLAN_RULES.daysBetween,
      ...(first ? {} : { growth: added / prev }),
      caps,
      sources,
    });
  }
  return {
    steps,
    sends: steps.length,
    audience: total,
    reconfirm: { count: input.segments.reconfirm ?? 0, sources: ['mailchimp-reconfirm', 'sunset-policy'] },
    notMailed: { count: input.segments['do-not-mail'] ?? 0, sources: ['article', 'sunset-policy'] },
    ...(input.removed !== undefined ? { removed: input.removed } : {}),
    stopRules: STOP_RULES,
    capsBind: steps.some((s) => s.caps.length > 0),
  };
}
