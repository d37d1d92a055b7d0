// Runs the rules, each isolated (house-style.md "Errors"), and picks the likely cause the way the
// article does (knowledge.md §1): authentication first when it is broken; otherwise the
// strongest of list quality, volume, engagement, reputation.
import { formatPercent, messages } from '../i18n';
import { DEFAULT_THRESHOLDS, bounceBand } from './thresholds';
import { bounceRateOf } from './rules/bounce-rate';
import { openRateOf } from './rates';
import type { Cause, DiagnoseInput, Diagnosis, Finding, Rule, RuleContext, Severity } from './types';

const RANK: Record<Severity, number> = { critical: 3, warning: 2, info: 1, ok: 0 };
/** On equal severity, the article's order of suspicion. */
const ORDER: Cause[] = ['list-quality', 'volume', 'engagement', 'reputation'];

/** Runs the rules over the input and returns the diagnosis. */
export function runRules(rules: readonly Rule[], input: DiagnoseInput): Diagnosis {
  const lang = input.lang ?? 'en';
  const t = messages(lang);
  const ctx: RuleContext = {
    report: input.report,
    domain: input.domain,
    history: input.history ?? [],
    bounces: input.bounces,
    lang,
    t,
    thresholds: { ...DEFAULT_THRESHOLDS, ...input.thresholds },
  };
  const findings: Finding[] = [];
  for (const rule of rules) {
    try {
      const f = rule.run(ctx);
      if (f) findings.push({ id: rule.id, ...f });
    } catch (e) {
      findings.push({ id: 'internal-error', category: 'unknown', severity: 'info', evidence: t.finding.internalEvidence(rule.id, (e as Error).message), advice: '' });
    }
  }
  const primaryCause = pickCause(findings);
  return { primaryCause, headline: headline(primaryCause, findings, ctx), findings };
}

function pickCause(findings: Finding[]): Cause {
  if (findings.some((f) => f.category === 'authentication' && f.severity === 'critical')) return 'authentication';
  const candidates = findings
    .filter((f) => ORDER.includes(f.category) && RANK[f.severity] >= RANK.warning)
    .sort((a, b) => RANK[b.severity] - RANK[a.severity] || ORDER.indexOf(a.category) - ORDER.indexOf(b.category));
  if (candidates[0]) return candidates[0].category;
  return findings.some((f) => f.id === 'dns-unchecked') ? 'unknown' : 'none';
}

function headline(cause: Cause, findings: Finding[], { report, domain, t, lang, thresholds }: RuleContext): string {
  const dnsFine = findings.some((f) => f.id === 'dns-in-order');
  const rate = bounceRateOf(report);
  switch (cause) {
    case 'authentication': {
      const failing = (['spf', 'dkim', 'dmarc', 'alignment'] as const).filter((a) => domain?.[a].status === 'fail');
      return t.headline.authBroken(failing.map((a) => t.panel.area[a]).join(', '));
    }
    case 'list-quality':
      if (rate === undefined) break;
      return (dnsFine ? t.headline.dnsFineList : t.headline.dnsUnknownList)(formatPercent(rate, lang), t.band[bounceBand(rate, thresholds)]);
    case 'engagement':
      if (openRateOf(report) !== undefined && dnsFine) return t.headline.dnsFineEngagement(formatPercent(openRateOf(report)!, lang));
      break;
    case 'none':
      return t.headline.allFine;
    case 'unknown':
      return t.headline.unknown;
  }
  return findings.find((f) => f.category === cause)?.evidence ?? t.headline.unknown;
}
