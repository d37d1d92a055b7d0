// knowledge.md §2: open rate against the 22.71 % all-industry benchmark. With Apple MPP inflating
// opens, a rate far below the benchmark is a strong sign of the spam folder; below half of it
// is a warning.
import { formatPercent } from '../../i18n';
import { openRateOf } from '../rates';
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'open-rate',
  run({ report, t, lang, thresholds }) {
    const rate = openRateOf(report);
    if (rate === undefined) return undefined;
    const low = rate < thresholds.openBenchmark / 2;
    return {
      category: 'engagement',
      severity: low ? 'warning' : rate < thresholds.openBenchmark ? 'info' : 'ok',
      evidence: t.finding.openEvidence(formatPercent(rate, lang), formatPercent(thresholds.openBenchmark, lang)),
      advice: low ? t.finding.openAdviceLow : t.finding.openAdviceOk,
    };
  },
};
