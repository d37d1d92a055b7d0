// knowledge.md §1 step 1 and §4: rule out the technique first. An area that fails (missing SPF,
// no ESP DKIM key, no DMARC) makes mailbox providers distrust the sender.
import { failingAreas } from '../../auth/types';
import type { Rule } from '../types';
import { langOfMessages, sayAuth } from '../../i18n/auth';

export const rule: Rule = {
  id: 'auth-broken',
  run({ domain, t }) {
    if (!domain) return undefined;
    const failing = failingAreas(domain);
    if (failing.length === 0) return undefined;
    return {
      category: 'authentication',
      severity: 'critical',
      evidence: t.finding.authEvidence(
        failing.map((a) => `${t.panel.area[a]}: ${sayAuth(langOfMessages(t), domain[a].summary)}`).join(' '),
      ),
      advice: t.finding.authAdvice,
    };
  },
};
