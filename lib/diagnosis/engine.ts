// Runs the rules, each isolated (house-style.md "Errors"), and picks the likely cause the way the
// article does (knowledge.md §1): DNS first — broken authentication wins, and "the list is the
// problem" is said only once DNS is known to be in order; otherwise the strongest of list
// quality, volume, engagement, reputation; then the next steps for it.
import { messages } from '../i18n';
import { resolveThresholds } from './thresholds';
import { dnsStatusOf } from './dns-status';
import { withCampaignFigures } from './campaign-figures';
import { headlineFor } from './headline';
import { stepsFor } from './steps';
import { RANK } from './severity';
import type { Cause, DiagnoseInput, Diagnosis, Finding, Rule, RuleContext } from './types';

/** On equal severity, the article's order of suspicion. */
const ORDER: Cause[] = ['list-quality', 'volume', 'engagement', 'reputation'];

/** The context the rules see, built once from the input. */
export function contextOf(input: DiagnoseInput): RuleContext {
  const lang = input.lang ?? 'en';
  const history = input.history ?? [];
  return {
    report: withCampaignFigures(input.report, history),
    domain: input.domain,
    history,
    bounces: input.bounces,
    lang,
    t: messages(lang),
    thresholds: resolveThresholds(input.thresholds),
    page: input.page ?? 'overview',
    dns: dnsStatusOf(input.domain, input.dnsError),
    audience: input.audience,
  };
}

/** Runs the rules over the input and returns the diagnosis. */
export function runRules(rules: readonly Rule[], input: DiagnoseInput): Diagnosis {
  const ctx = contextOf(input);
  const { t } = ctx;
  const findings: Finding[] = [];
  const failedParts: string[] = [];
  for (const rule of rules) {
    try {
      const f = rule.run(ctx);
      if (f) findings.push({ id: rule.id, ...f });
    } catch (e) {
      // Shown, not filtered: the user must know which part of the check is missing.
      const part = t.part[rule.id as keyof typeof t.part] ?? rule.id;
      failedParts.push(part);
      const evidence = t.finding.partFailed(part, e instanceof Error ? e.message : String(e));
      findings.push({
        id: 'internal-error',
        rule: rule.id,
        category: 'unknown',
        severity: 'warning',
        evidence,
        advice: '',
      });
    }
  }
  const primaryCause = pickCause(findings, ctx);
  return {
    primaryCause,
    headline: headlineFor(primaryCause, findings, ctx),
    findings,
    steps: stepsFor(primaryCause, findings, ctx),
    dns: ctx.dns,
    failedParts,
  };
}

function pickCause(findings: Finding[], { page }: RuleContext): Cause {
  if (findings.some((f) => f.category === 'authentication' && f.severity === 'critical')) return 'authentication';
  const candidates = findings
    .filter((f) => ORDER.includes(f.category) && RANK[f.severity] >= RANK.warning)
    .sort((a, b) => RANK[b.severity] - RANK[a.severity] || ORDER.indexOf(a.category) - ORDER.indexOf(b.category));
  if (candidates[0]) return candidates[0].category;
  // An abuse list without a delivered count, a bounce list without reasons: not judgeable yet.
  if (page !== 'overview' && findings.some((f) => f.category === 'unknown' && f.id !== 'internal-error'))
    return 'unknown';
  return findings.some((f) => f.id === 'dns-unchecked') ? 'unknown' : 'none';
}
