// The next steps (knowledge.md §1 advice, §8 restart): DNS first when it is not known to be in
// order; for the list, steps by band — at the alarm line watch and remove hard bounces, above it
// find the source, from "bad" pause and clean at the source, at a disaster stop first.
import { formatCount } from '../i18n';
import { classifyBounce, isReputationSignal } from '../bounces/classify';
import { bounceRateOf } from './rates';
import { bounceBand } from './thresholds';
import type { Cause, Finding, RuleContext } from './types';

/** The steps for the likely cause, in order, each said once. */
export function stepsFor(cause: Cause, findings: Finding[], ctx: RuleContext): string[] {
  const { t, lang, dns, page, report, bounces } = ctx;
  const out: string[] = [];
  if (page === 'abuse') {
    const n = report.complaints?.count ?? 0;
    if (n > 0) out.push(t.steps.suppressComplainers(n, formatCount(n, lang)));
    out.push(t.steps.postmaster);
    if (findings.some((f) => f.id === 'complaint-rate' && (f.severity === 'warning' || f.severity === 'critical')))
      out.push(...t.steps.reputation);
    else out.push(t.steps.consent);
  } else if (page === 'bounces' && cause !== 'authentication') {
    const c = (bounces ?? []).map((b) => ({ b, c: classifyBounce(b) }));
    const dead = c.filter((x) => x.c.category === 'hard').length;
    const rep = c.filter((x) => isReputationSignal(x.c)).length;
    const auth = c.filter((x) => x.c.category === 'blocked' && x.c.subReason === 'auth').length;
    const unread = c.filter((x) => !x.b.code && !x.b.reason).length;
    if (dead) out.push(t.steps.removeDead(dead));
    if (auth) out.push(t.steps.authBlocks(auth));
    if (rep) out.push(t.steps.pauseReputation(rep));
    if (unread) out.push(t.steps.readReasons(unread));
    if (out.length === 0) out.push(...t.steps.none);
  } else {
    if (cause !== 'authentication' && dns === 'unchecked') out.push(t.steps.dnsFirst);
    if (cause !== 'authentication' && dns === 'failed') out.push(t.steps.dnsFailed);
    const rate = bounceRateOf(report);
    if (cause === 'list-quality') {
      const band = rate !== undefined ? bounceBand(rate, ctx.thresholds) : 'alarm';
      out.push(...t.steps.list[band === 'normal' ? 'watch' : band]);
    } else if (!(cause === 'unknown' && out.length)) out.push(...t.steps[cause]);
  }
  return [...new Set(out)];
}
