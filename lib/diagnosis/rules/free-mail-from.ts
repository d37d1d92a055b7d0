// knowledge.md §3: a From address on a free-mail domain fails DMARC at the providers that
// publish p=reject/quarantine for it; it cannot be authenticated through an ESP.
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'free-mail-from',
  run({ domain, t }) {
    if (!domain?.alignment.freeMail) return undefined;
    return {
      category: 'authentication',
      severity: 'critical',
      evidence: t.rules.freeMail(domain.domain),
      advice: t.rules.freeMailAdvice,
    };
  },
};
