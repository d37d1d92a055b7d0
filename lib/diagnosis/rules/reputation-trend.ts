// knowledge.md §1 steps 5–6: "the first mailing went fine, then it got worse" — providers learn.
// Open rates falling (or bounce rates rising) over the last campaigns, this one included.
import { formatPercent } from '../../i18n';
import { bounceRateOf, openRateOf } from '../rates';
import { priorCampaigns } from '../history';
import type { Rule } from '../types';

/** Strictly worse each time and, overall, by at least `by` (relative). */
function worsening(values: number[], falling: boolean, by: number): boolean {
  if (values.length < 3) return false;
  for (let i = 1; i < values.length; i++)
    if (falling ? values[i]! >= values[i - 1]! : values[i]! <= values[i - 1]!) return false;
  const [first, last] = [values[0]!, values[values.length - 1]!];
  return falling ? last <= first * (1 - by) : last >= first * (1 + by) && last - first >= 0.01;
}

export const rule: Rule = {
  id: 'reputation-trend',
  run({ report, history, t, lang, page }) {
    if (page !== 'overview') return undefined;
    const series = [...priorCampaigns(report, history).slice(-3), report];
    const opens = series.map(openRateOf);
    if (opens.every((x) => x !== undefined) && worsening(opens as number[], true, 0.25))
      return {
        category: 'reputation',
        // A slide to half or less is no longer a wobble.
        severity: (opens[opens.length - 1] as number) <= (opens[0] as number) / 2 ? 'critical' : 'warning',
        evidence: t.rules.trend(
          formatPercent(opens[0]!, lang),
          formatPercent(opens[opens.length - 1]!, lang),
          series.length,
        ),
        advice: t.rules.trendAdvice,
        headline: t.headline.reputation,
      };
    const bounces = series.map(bounceRateOf);
    if (bounces.every((x) => x !== undefined) && worsening(bounces as number[], false, 0.5))
      return {
        category: 'reputation',
        severity: 'warning',
        evidence: t.rules.trendBounce(
          formatPercent(bounces[0]!, lang),
          formatPercent(bounces[bounces.length - 1]!, lang),
          series.length,
        ),
        advice: t.rules.trendAdvice,
        headline: t.headline.reputation,
      };
    return undefined;
  },
};
