// knowledge.md §1 step 1: when DNS is fine, say so in so many words — "DNS is fine, so it must be
// the tool" is the false conclusion the article warns about.
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'dns-in-order',
  run({ domain, t }) {
    if (!domain) return undefined;
    const ok =
      (['spf', 'dkim', 'dmarc'] as const).every((a) => domain[a].status === 'pass' || domain[a].status === 'warn') &&
      domain.alignment.status !== 'fail';
    if (!ok) return undefined;
    return {
      category: 'authentication',
      severity: 'ok',
      evidence: t.finding.dnsOkEvidence,
      advice: t.finding.dnsOkAdvice,
    };
  },
};
