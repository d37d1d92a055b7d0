// knowledge.md §1 step 2: the article's bounce scale — a few bounces are normal, above 2–3 %
// alarm bells, 10 % bad, 20 % a disaster — and §1's advice (clean at the source; stop when
// heavily polluted).
import { formatCount, formatPercent } from '../../i18n';
import { bounceBand } from '../thresholds';
import { bounceRateOf } from '../rates';
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'bounce-rate',
  run({ report, t, lang, thresholds }) {
    const rate = bounceRateOf(report);
    if (rate === undefined) return undefined;
    const band = bounceBand(rate, thresholds);
    const bounced = report.bounces?.total !== undefined ? formatCount(report.bounces.total, lang) : '?';
    const recipients = report.recipients !== undefined ? formatCount(report.recipients, lang) : '?';
    return {
      category: 'list-quality',
      severity: band === 'disaster' || band === 'bad' ? 'critical' : band === 'alarm' ? 'warning' : 'ok',
      evidence:
        t.finding.bounceEvidence(formatPercent(rate, lang), bounced, recipients, t.band[band]) +
        (report.bounces?.hard !== undefined && report.bounces.soft !== undefined ? t.rules.hardSoft(formatCount(report.bounces.hard, lang), formatCount(report.bounces.soft, lang)) : ''),
      advice: band === 'normal' ? t.finding.bounceAdviceOk : band === 'alarm' ? t.finding.bounceAdviceAlarm : t.finding.bounceAdviceBad,
    };
  },
};
