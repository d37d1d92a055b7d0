// knowledge.md §1 step 3 and §6: the kind of bounce says what is wrong. Many dead addresses
// (5.1.x, gone domains) = list quality; many 5.7.x blocks = authentication; blocks for spam or
// reputation together with the reputation deferrals (4.7.28, TSS04, 4.7.650/651; §6 rule 3) =
// reputation. On the bounce list itself it always gives the triage as its verdict.
import { classifyBounce, isReputationSignal } from '../../bounces/classify';
import type { Rule } from '../types';

const MIN = 5; // fewer bounces than this say nothing about a pattern

export const rule: Rule = {
  id: 'bounce-categories',
  run({ bounces, t, page }) {
    if (!bounces || bounces.length === 0) return undefined;
    const c = bounces.map((b) => ({ b, c: classifyBounce({ espType: b.espType, code: b.code, reason: b.reason }) }));
    const total = c.length;
    const auth = c.filter((x) => x.c.category === 'blocked' && x.c.subReason === 'auth').length;
    const rep = c.filter((x) => isReputationSignal(x.c)).length;
    const deferredRep = c.filter((x) => x.c.category === 'deferred' && x.c.subReason === 'reputation').length;
    const dead = c.filter((x) => x.c.category === 'hard').length;
    const unread = c.filter((x) => !x.b.code && !x.b.reason).length;
    if (auth >= MIN && auth / total >= 0.2) {
      const evidence = t.rules.blockedAuth(auth, total);
      return {
        category: 'authentication',
        severity: 'critical',
        evidence,
        advice: t.rules.blockedAuthAdvice,
        headline: evidence,
      };
    }
    if (rep >= MIN && rep / total >= 0.2)
      return {
        category: 'reputation',
        severity: 'warning',
        evidence: t.rules.blockedRep(rep, total, deferredRep),
        advice: t.rules.blockedRepAdvice,
        headline: t.headline.blockedRep(rep, total),
      };
    // On the bounce list before any reason is read, the ESP's labels are all there is: say so
    // (Mailchimp files many blocks as soft, §6) rather than judge the list on them.
    if (page === 'bounces' && unread === total) {
      const hardLabelled = c.filter((x) => x.b.espType === 'hard').length;
      return {
        category: 'unknown',
        severity: 'info',
        evidence: t.headline.reasonsUnread(total, hardLabelled),
        advice: '',
        headline: t.headline.reasonsUnread(total, hardLabelled),
      };
    }
    if (total >= MIN && dead / total >= 0.5)
      return {
        category: 'list-quality',
        severity: 'warning',
        evidence: t.rules.deadShare(dead, total),
        advice: t.rules.deadAdvice,
        headline: t.headline.mostlyDead(dead, total),
      };
    if (page !== 'bounces') return undefined;
    const temporary = c.filter(
      (x) => (x.c.category === 'deferred' && x.c.subReason !== 'reputation') || x.c.category === 'soft',
    ).length;
    return {
      category: 'list-quality',
      severity: 'info',
      evidence: t.rules.triage(total, dead, rep, auth, temporary),
      advice: '',
      headline: t.headline.triage(total, dead, rep + auth, temporary),
    };
  },
};
