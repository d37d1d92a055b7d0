// knowledge.md §1 step 6: everything at once — a send far larger than the account's recent ones,
// or the first after a long pause — is one strong negative signal. Needs the account's history.
import { formatCount, formatDecimal } from '../../i18n';
import type { Rule } from '../types';
import { median as medianOf, priorCampaigns } from '../history';

export const rule: Rule = {
  id: 'volume-spike',
  run({ report, history, t, lang, thresholds, page }) {
    if (page !== 'overview' || report.recipients === undefined) return undefined;
    const prior = priorCampaigns(report, history);
    if (prior.length === 0) return undefined;
    const last = prior[prior.length - 1]!;
    if (report.sentAt && last.sentAt) {
      const days = Math.floor(
        (Date.parse(report.sentAt.slice(0, 10)) - Date.parse(last.sentAt.slice(0, 10))) / 86_400_000,
      );
      if (days >= thresholds.pauseDays && report.recipients >= 500)
        return {
          category: 'volume',
          severity: 'warning',
          evidence: t.rules.pause(days),
          advice: t.rules.pauseAdvice,
          headline: t.headline.pause(days),
        };
    }
    const median = medianOf(
      prior
        .slice(-5)
        .map((h) => h.recipients)
        .filter((n): n is number => n !== undefined),
    );
    if (median === undefined) return undefined;
    const factor = median > 0 ? report.recipients / median : Infinity;
    if (factor < thresholds.volumeSpikeFactor || report.recipients < 1000) return undefined;
    // One decimal in the language's own way, a whole factor without it (8×, 4,5×).
    const shown = !Number.isFinite(factor)
      ? '∞'
      : formatDecimal(factor, lang, Number.isInteger(Math.round(factor * 10) / 10) ? 0 : 1);
    return {
      category: 'volume',
      severity: factor >= 5 ? 'critical' : 'warning',
      evidence: t.rules.spike(formatCount(report.recipients, lang), shown, formatCount(Math.round(median), lang)),
      advice: t.rules.spikeAdvice,
      headline: t.headline.volume(shown),
    };
  },
};
