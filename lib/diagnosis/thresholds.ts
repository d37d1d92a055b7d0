// Default thresholds, each from knowledge.md; the options page may override them.

export interface Thresholds {
  /** knowledge.md §1: the article's bounce scale (fractions). "Above 2–3 %": the alarm line starts at 2 %… */
  bounceAlarm: number;
  /** …and is crossed above 3 %. */
  bounceAlarmHigh: number;
  bounceBad: number;
  bounceDisaster: number;
  /** knowledge.md §2: Mailchimp all-industry open-rate benchmark, 22.71 %. */
  openBenchmark: number;
  /** knowledge.md §2: click benchmark 2.91 %. */
  clickBenchmark: number;
  /** knowledge.md §3: Gmail bulk senders keep spam below 0.10 % and never reach 0.30 % (Yahoo: 0.3 %). */
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
  bounceAlarmHigh: 0.03,
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

/** normal < 2 %; watch = "at the alarm line" (2–3 %); alarm > 3 %; bad from 10 %; disaster from 19.5 %. */
export type BounceBand = 'normal' | 'watch' | 'alarm' | 'bad' | 'disaster';

/** A rate in tenths of a percent, as the report shows it (one decimal): 0.1964 → 196. */
export const shownTenths = (rate: number): number => Math.round(rate * 1000);

/**
 * Where a bounce rate sits on the article's scale (knowledge.md §1), compared as displayed with
 * one decimal — never rounded to a whole percent, so 1.5 % stays normal. The article calls its
 * 19.6 % "bijna 20 procent … een ramp": half a point below the disaster line is "nearly" there.
 */
export function bounceBand(rate: number, t: Thresholds = DEFAULT_THRESHOLDS): BounceBand {
  const shown = shownTenths(rate);
  if (shown >= shownTenths(t.bounceDisaster) - 5) return 'disaster';
  if (shown >= shownTenths(t.bounceBad)) return 'bad';
  if (shown > shownTenths(t.bounceAlarmHigh)) return 'alarm';
  if (shown >= shownTenths(t.bounceAlarm)) return 'watch';
  return 'normal';
}

/** True when a rate is in the disaster band only by the article's "nearly" (19.5–19.9 % for 20 %). */
export function isNearly(rate: number, t: Thresholds = DEFAULT_THRESHOLDS): boolean {
  return bounceBand(rate, t) === 'disaster' && shownTenths(rate) < shownTenths(t.bounceDisaster);
}

/**
 * The user's thresholds over the defaults. A user who moves "alarm from" keeps the article's
 * one-point alarm line (2–3 % → e.g. 4–5 %), so the bands stay in order.
 */
export function resolveThresholds(user: Partial<Thresholds> = {}): Thresholds {
  const t = { ...DEFAULT_THRESHOLDS, ...user };
  if (user.bounceAlarm !== undefined && user.bounceAlarmHigh === undefined) t.bounceAlarmHigh = user.bounceAlarm + 0.01;
  return t;
}
