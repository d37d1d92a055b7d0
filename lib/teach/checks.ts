// The self-check's cross-checks (issue 18 §3), the same as the built-in adapters': impossible
// combinations through lib/esp/validate.ts, and every shown rate against its counts
// (esp-pages.md "General": a rate can be over recipients, delivered or unique opens; a rate that
// fits no known denominator is not used).
import { implausibilities } from '../esp/validate';
import { deliveredOf } from '../diagnosis/rates';
import type { CampaignReport } from '../esp/types';

/** Does a rate shown with `decimals` digits equal count ÷ denominator, within the page's rounding? */
export function rateFits(rate: number, decimals: number, count: number, denominator: number | undefined): boolean {
  if (!denominator) return false;
  const halfUnit = (0.5 * 10 ** -decimals) / 100;
  return Math.abs(count / denominator - rate) <= halfUnit + 1e-9;
}

export type RateFigure = 'bounces' | 'opens' | 'clicks' | 'unsubscribes' | 'complaints';

/**
 * Where a shown rate belongs: 'ok' (over recipients or deliveries, as CampaignReport defines it),
 * 'other-base' (clicks over unique opens: true but not clicks.rate), or 'mismatch'.
 */
export function checkRate(
  r: CampaignReport,
  figure: RateFigure,
  count: number,
  rate: number,
  decimals: number,
): 'ok' | 'other-base' | 'mismatch' {
  const bases = [r.recipients, r.delivered, deliveredOf(r)];
  if (bases.some((d) => rateFits(rate, decimals, count, d))) return 'ok';
  if (figure === 'clicks' && rateFits(rate, decimals, count, r.opens?.unique)) return 'other-base';
  return 'mismatch';
}

/** The built-in adapters' plausibility rules (bounces ≤ recipients, …), as their words. */
export function crossCheck(r: CampaignReport): string[] {
  return implausibilities(r);
}
