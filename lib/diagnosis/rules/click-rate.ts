// knowledge.md §2: clicks are the engagement signal MPP cannot inflate. Far below the 2.91 %
// benchmark is weak engagement; normal opens with almost no clicks suggest inflated opens.
import { formatPercent } from '../../i18n';
import { clickRateOf, openRateOf } from '../rates';
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'click-rate',
  run({ report, t, lang, thresholds, page }) {
    if (page !== 'overview') return undefined;
    const click = clickRateOf(report);
    if (click === undefined) return undefined;
    const open = openRateOf(report);
    if (open !== undefined && open >= thresholds.openBenchmark && open > 0 && click / open < 0.02)
      return {
        category: 'engagement',
        severity: 'info',
        evidence: t.rules.opensNoClicks(formatPercent(open, lang), formatPercent(click / open, lang)),
        advice: t.rules.opensNoClicksAdvice,
      };
    const low = click < thresholds.clickBenchmark / 3;
    return {
      category: 'engagement',
      severity: low ? 'warning' : click < thresholds.clickBenchmark ? 'info' : 'ok',
      evidence: t.rules.clicks(formatPercent(click, lang), formatPercent(thresholds.clickBenchmark, lang)),
      advice: low ? t.rules.clicksLowAdvice : '',
    };
  },
};
