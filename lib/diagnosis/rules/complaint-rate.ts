// knowledge.md §3: spam complaints below 0.10 %, never 0.30 % (Gmail); Gmail sends ESPs no
// per-user feedback, so the ESP's rate understates it.
import { formatCount, formatPercent } from '../../i18n';
import { complaintRateOf } from '../rates';
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'complaint-rate',
  run({ report, t, lang, thresholds }) {
    const rate = complaintRateOf(report);
    if (rate === undefined || rate < thresholds.complaintWarn) return undefined;
    const evidence = t.rules.complaints(formatPercent(rate, lang, 2), formatCount(report.complaints?.count ?? 0, lang));
    return {
      category: 'reputation',
      severity: rate >= thresholds.complaintMax ? 'critical' : 'warning',
      evidence,
      advice: t.rules.complaintsAdvice,
      headline: t.headline.complaints(formatPercent(rate, lang, 2)),
    };
  },
};
