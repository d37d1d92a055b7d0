// Default thresholds, each from knowledge.md; the options page may override them.

export interface Thresholds {
  /** knowledge.md §1: the article's bounce scale (fractions). */
  bounceAlarm: number;
  bounceBad: number;
  bounceDisaster: number;
  /** knowledge.md §2: Mailchimp all-industry open-rate benchmark, 22.71 %. */
  openBenchmark: number;
  /** knowledge.md §2: click benchmark 2.91 %. */
  clickBenchmark: number;
  /** knowledge.md §3: Gmail bulk senders keep spam below 0.10 % and never reach 0.30 %. */
  complaintWarn: number;
  complaintMax: number;
  /** knowledge.md §2 (Klaviyo): unsubscribes above 1 % need attention. */
  unsubscribeWarn: number;
  /** knowledge.md §3: bulk sender from about 5,000 messages a day to one provider. */
  bulkDaily: number;
  /** knowledge.md §1 step 6: a send this many times the recent median is "everything at once". */
  volumeSpikeFactor: number;
  /** …or the first send after this many days of silence. */
  pauseDays: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  bounceAlarm: 0.02,
  bounceBad: 0.1,
  bounceDisaster: 0.2,
  openBenchmark: 0.2271,
  clickBenchmark: 0.0291,
  complaintWarn: 0.001,
  complaintMax: 0.003,
  unsubscribeWarn: 0.01,
  bulkDaily: 5000,
  volumeSpikeFactor: 2,
  pauseDays: 60,
};

export type BounceBand = 'normal' | 'alarm' | 'bad' | 'disaster';

/**
 * Where a bounce rate sits on the article's scale (knowledge.md §1). The article speaks in whole
 * percentages ("bijna 20 procent" — 19.6 % — is "een ramp"), so the rate is compared as the
 * whole percentage a marketer would say out loud.
 */
export function bounceBand(rate: number, t: Thresholds = DEFAULT_THRESHOLDS): BounceBand {
  const said = Math.round(rate * 100) / 100;
  if (said >= t.bounceDisaster) return 'disaster';
  if (said >= t.bounceBad) return 'bad';
  if (said >= t.bounceAlarm) return 'alarm';
  return 'normal';
}
