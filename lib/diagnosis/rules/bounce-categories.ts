// knowledge.md §1 step 3 and §6: the kind of bounce says what is wrong. Many dead addresses
// (5.1.x, gone domains) = list quality; many 5.7.x blocks = authentication or reputation.
import { classifyBounce } from '../../bounces/classify';
import type { Rule } from '../types';

const MIN = 5; // fewer bounces than this say nothing about a pattern

export const rule: Rule = {
  id: 'bounce-categories',
  run({ bounces, t }) {
    if (!bounces || bounces.length < MIN) return undefined;
    const c = bounces.map((b) => classifyBounce({ espType: b.espType, code: b.code, reason: b.reason }));
    const total = c.length;
    const auth = c.filter((x) => x.category === 'blocked' && x.subReason === 'auth').length;
    const rep = c.filter((x) => x.category === 'blocked' && x.subReason !== 'auth').length;
    const dead = c.filter((x) => x.category === 'hard').length;
    if (auth >= MIN && auth / total >= 0.2)
      return { category: 'authentication', severity: 'critical', evidence: t.rules.blockedAuth(auth, total), advice: t.rules.blockedAuthAdvice };
    if (rep >= MIN && rep / total >= 0.2)
      return { category: 'reputation', severity: 'warning', evidence: t.rules.blockedRep(rep, total), advice: t.rules.blockedRepAdvice };
    if (dead / total >= 0.5) return { category: 'list-quality', severity: 'warning', evidence: t.rules.deadShare(dead, total), advice: t.rules.deadAdvice };
    return undefined;
  },
};
