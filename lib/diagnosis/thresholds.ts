// Default thresholds, each from knowledge.md; the options page may override them.

export interface Thresholds {
  /** knowledge.md §1: the article's bounce scale (fractions). */
  bounceAlarm: number;
  bounceBad: number;
  bounceDisaster: number;
  /** knowledge.md §2: Mailchimp all-industry open-rate benchmark, 22.71 %. */
  openBenchmark: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  bounceAlarm: 0.02,
  bounceBad: 0.1,
  bounceDisaster: 0.2,
  openBenchmark: 0.2271,
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
