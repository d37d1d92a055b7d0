// knowledge.md §2 (Klaviyo's deliverability tab): unsubscribes above 1 % need attention.
import { formatPercent } from '../../i18n';
import { unsubscribeRateOf } from '../rates';
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'unsubscribe-rate',
  run({ report, t, lang, thresholds, page }) {
    if (page !== 'overview') return undefined;
    const rate = unsubscribeRateOf(report);
    if (rate === undefined || rate <= thresholds.unsubscribeWarn) return undefined;
    return {
      category: 'engagement',
      severity: 'warning',
      evidence: t.rules.unsub(formatPercent(rate, lang)),
      advice: t.rules.unsubAdvice,
    };
  },
};
