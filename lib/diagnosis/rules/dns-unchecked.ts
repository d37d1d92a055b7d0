// house-style.md "Errors": "couldn't check" is said as such, never as fine or missing.
import type { Rule } from '../types';
import { langOfMessages, sayAuth, sayProblem } from '../../i18n/auth';

export const rule: Rule = {
  id: 'dns-unchecked',
  run({ domain, t }) {
    if (!domain) return undefined;
    const unknown = (['spf', 'dkim', 'dmarc'] as const).filter((a) => domain[a].status === 'unknown');
    if (unknown.length === 0) return undefined;
    const why = unknown
      .map(
        (a) =>
          `${t.panel.area[a]}: ${domain[a].error ? sayProblem(langOfMessages(t), domain[a].error) : sayAuth(langOfMessages(t), domain[a].summary)}`,
      )
      .join('; ');
    return { category: 'unknown', severity: 'info', evidence: t.finding.dnsUnknownEvidence(why), advice: '' };
  },
};
