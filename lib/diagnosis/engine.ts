// Runs the rules, each isolated (house-style.md "Errors"), and picks the likely cause the way the
// article does (knowledge.md §1): authentication first when it is broken; otherwise the
// strongest of list quality, volume, engagement, reputation; then the next steps for it.
import { formatPercent, messages } from '../i18n';
import { DEFAULT_THRESHOLDS, bounceBand } from './thresholds';
import { bounceRateOf } from './rates';
import { failingAreas } from '../auth/types';
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
  return { primaryCause, headline: headline(primaryCause, findings, ctx), findings, steps: steps(primaryCause, ctx) };
}

function leading(findings: Finding[], cause: Cause): Finding | undefined {
  return findings.filter((f) => f.category === cause).sort((a, b) => RANK[b.severity] - RANK[a.severity])[0];
}

function pickCause(findings: Finding[]): Cause {
  if (findings.some((f) => f.category === 'authentication' && f.severity === 'critical')) return 'authentication';
  const candidates = findings
    .filter((f) => ORDER.includes(f.category) && RANK[f.severity] >= RANK.warning)
    .sort((a, b) => RANK[b.severity] - RANK[a.severity] || ORDER.indexOf(a.category) - ORDER.indexOf(b.category));
  if (candidates[0]) return candidates[0].category;
  return findings.some((f) => f.id === 'dns-unchecked') ? 'unknown' : 'none';
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function headline(cause: Cause, findings: Finding[], { report, domain, t, lang, thresholds }: RuleContext): string {
  // "DNS is fine" is said only when it was checked and is (knowledge.md §1 step 1).
  const dnsFine = findings.some((f) => f.id === 'dns-in-order');
  const rate = bounceRateOf(report);
  switch (cause) {
    case 'authentication': {
      const failing = domain ? failingAreas(domain) : [];
      if (failing.length) return t.headline.authBroken(failing.map((a) => t.panel.area[a]).join(', '));
      return leading(findings, 'authentication')?.evidence ?? t.headline.unknown;
    }
    case 'list-quality':
      if (rate !== undefined) return (dnsFine ? t.headline.dnsFineList : t.headline.dnsUnknownList)(formatPercent(rate, lang), t.band[bounceBand(rate, thresholds)]);
      break;
    case 'none':
      return dnsFine ? t.headline.allFine : t.headline.figuresFine;
    case 'unknown':
      return t.headline.unknown;
  }
  const lead = leading(findings, cause);
  const h = lead?.headline ?? lead?.evidence ?? t.headline.unknown;
  return dnsFine ? t.headline.dnsFineBut(lowerFirst(h)) : h;
}

function steps(cause: Cause, { report, t, thresholds }: RuleContext): string[] {
  const base = [...t.steps[cause]];
  const rate = bounceRateOf(report);
  // knowledge.md §1: "sometimes stop — when the list is heavily polluted".
  if (cause === 'list-quality' && rate !== undefined && ['bad', 'disaster'].includes(bounceBand(rate, thresholds))) base.unshift(t.steps.stop);
  return base;
}
