// knowledge.md §5 (RFC 8301): RSA keys should be 2048 bits; t=y keys are in testing mode.
import type { Rule } from '../types';
import { langOfMessages, sayAuth } from '../../i18n/auth';

export const rule: Rule = {
  id: 'dkim-key-quality',
  run({ domain, t }) {
    const problems = domain?.dkim.findings.filter((f) => f.id === 'dkim-weak' || f.id === 'dkim-testing') ?? [];
    if (problems.length === 0) return undefined;
    return {
      category: 'authentication',
      severity: 'warning',
      evidence: t.rules.dkimQuality(problems.map((f) => sayAuth(langOfMessages(t), f)).join(' ')),
      advice: t.rules.dkimQualityAdvice,
    };
  },
};
