// knowledge.md §5: p=none is monitoring only; at bulk volume (§3, about 5,000 a day) a domain
// that is not enforced is easy to spoof and gets less trust.
import { formatCount } from '../../i18n';
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'dmarc-none-at-volume',
  run({ domain, report, t, lang, thresholds }) {
    if (domain?.dmarc.policy !== 'none' || (report.recipients ?? 0) < thresholds.bulkDaily) return undefined;
    return {
      category: 'authentication',
      severity: 'warning',
      evidence: t.rules.dmarcNone(formatCount(report.recipients!, lang)),
      advice: t.rules.dmarcNoneAdvice,
    };
  },
};
