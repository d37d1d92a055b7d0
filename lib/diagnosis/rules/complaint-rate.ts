// knowledge.md §3 (revised): spam complaints below 0.10 % for bulk senders and never 0.30 %
// (Gmail); Yahoo's line is 0.3 %. Gmail sends ESPs no per-user complaints, so the ESP's count
// misses Gmail's: said next to every complaint figure, with Postmaster Tools for the real rate.
// On the abuse page it always gives a verdict, with or without a rate.
import { formatCount, formatPercent } from '../../i18n';
import { complaintRateOf } from '../rates';
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'complaint-rate',
  run({ report, t, lang, thresholds, page }) {
    const count = report.complaints?.count;
    const rate = complaintRateOf(report);
    const p = (x: number) => formatPercent(x, lang, 2);
    const lines = { warn: p(thresholds.complaintWarn), max: p(thresholds.complaintMax) };
    if (rate === undefined) {
      if (page !== 'abuse' || count === undefined) return undefined;
      const n = formatCount(count, lang);
      return {
        category: 'unknown',
        severity: 'info',
        evidence: t.rules.complaintsNoRate(count, n, lines.warn, lines.max),
        advice: '',
        headline: t.headline.complaintsNoRate(count, n),
      };
    }
    const n = formatCount(count ?? 0, lang);
    const level = rate >= thresholds.complaintMax ? 'max' : rate >= thresholds.complaintWarn ? 'warn' : 'ok';
    if (level === 'ok' && page !== 'abuse') return undefined;
    return {
      category: 'reputation',
      severity: level === 'max' ? 'critical' : level === 'warn' ? 'warning' : 'ok',
      evidence: t.rules.complaints[level](p(rate), count ?? 0, n, lines.warn, lines.max),
      advice: level === 'ok' ? '' : t.rules.complaintsAdvice,
      headline: t.headline.complaints[level](p(rate), count ?? 0, n),
    };
  },
};
