// The self-check's cross-checks (issue 18 §3), the same as the built-in adapters': impossible
// combinations through lib/esp/validate.ts, and every shown rate against its counts
// (esp-pages.md "General": a rate can be over recipients, delivered or unique opens; a rate that
// fits no known denominator is not used).
import { crossCheck as adapterCrossCheck, rateFits } from '../esp/validate';
import { deliveredOf } from '../diagnosis/rates';
import type { CampaignReport, EspNote } from '../esp/types';

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
  // The adapters' rule (lib/esp/validate.ts), with the decimals the taught text showed.
  const fits = (of: number | undefined) => of !== undefined && rateFits(rate, count, of, decimals);
  const bases = [r.recipients, r.delivered, deliveredOf(r)];
  if (bases.some(fits)) return 'ok';
  if (figure === 'clicks' && fits(r.opens?.unique)) return 'other-base';
  return 'mismatch';
}

/** The built-in adapters' cross-checks (bounces ≤ recipients, rates against counts, …), as notes. */
export function crossCheck(r: CampaignReport): EspNote[] {
  return adapterCrossCheck(r).notes;
}
