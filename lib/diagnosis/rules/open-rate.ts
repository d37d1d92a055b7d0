// knowledge.md §2: open rate against the 22.71 % all-industry benchmark and against the
// account's own recent campaigns. With Apple MPP inflating opens, a rate far below either is a
// strong sign of the spam folder (below half the benchmark: a warning).
import { formatPercent } from '../../i18n';
import { openRateOf } from '../rates';
import { median as medianOf, priorCampaigns } from '../history';
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'open-rate',
  run({ report, history, t, lang, thresholds }) {
    const rate = openRateOf(report);
    if (rate === undefined) return undefined;
    const median = medianOf(priorCampaigns(report, history).slice(-5).map(openRateOf).filter((x): x is number => x !== undefined));
    const lowVsOwn = median !== undefined && rate < median * 0.6;
    const low = rate < thresholds.openBenchmark / 2 || lowVsOwn;
    const evidence =
      t.finding.openEvidence(formatPercent(rate, lang), formatPercent(thresholds.openBenchmark, lang)) +
      (median !== undefined ? t.rules.openHistory(formatPercent(rate, lang), formatPercent(median, lang)) : '') +
      (low ? ` ${t.rules.openLowMpp}` : '');
    return {
      category: 'engagement',
      severity: low ? 'warning' : rate < thresholds.openBenchmark ? 'info' : 'ok',
      evidence,
      advice: low ? t.finding.openAdviceLow : t.finding.openAdviceOk,
      headline: t.headline.engagementLow(formatPercent(rate, lang)),
    };
  },
};
