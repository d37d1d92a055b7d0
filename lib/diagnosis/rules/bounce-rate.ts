// knowledge.md §1 step 2: the article's bounce scale, compared as the report shows it (one
// decimal): below 2 % normal; 2–3 % at the alarm line; above 3 % alarm; from 10 % bad; from
// 19.5 % ("bijna 20 procent") a disaster. The words name the line the rate was judged against.
import { formatCount, formatPercent } from '../../i18n';
import { bounceBand } from '../thresholds';
import { bandWords } from '../bounce-band-words';
import { bounceRateOf } from '../rates';
import type { Rule, Severity } from '../types';

const SEVERITY = {
  normal: 'ok',
  watch: 'warning',
  alarm: 'warning',
  bad: 'critical',
  disaster: 'critical',
} as const satisfies Record<string, Severity>;

export const rule: Rule = {
  id: 'bounce-rate',
  run({ report, t, lang, thresholds, page }) {
    if (page !== 'overview') return undefined;
    const rate = bounceRateOf(report);
    if (rate === undefined) return undefined;
    const band = bounceBand(rate, thresholds);
    const bounced = report.bounces?.total !== undefined ? formatCount(report.bounces.total, lang) : '?';
    const recipients = report.recipients !== undefined ? formatCount(report.recipients, lang) : '?';
    const { hard, soft } = report.bounces ?? {};
    return {
      category: 'list-quality',
      severity: SEVERITY[band],
      evidence:
        t.finding.bounceEvidence(formatPercent(rate, lang), bounced, recipients, bandWords(rate, t, lang, thresholds)) +
        (hard !== undefined && soft !== undefined
          ? t.rules.hardSoft(formatCount(hard, lang), formatCount(soft, lang))
          : ''),
      // The steps carry the advice for the list; this line is for when another cause leads.
      advice: band === 'normal' ? '' : t.finding.bounceAdvice[band],
    };
  },
};
