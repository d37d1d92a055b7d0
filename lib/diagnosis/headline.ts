// The one sentence at the top (knowledge.md §1): DNS first. Until DNS is checked the headline
// says what the figures show and that DNS is still to check; "the list is the problem" only
// once DNS is known to be in order. The abuse and bounce pages get their own verdict.
import { formatPercent } from '../i18n';
import { bounceRateOf } from './rates';
import { bounceBand } from './thresholds';
import { bandWords } from './bounce-band-words';
import { failingAreas } from '../auth/types';
import { RANK } from './severity';
import type { Cause, Finding, RuleContext } from './types';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const top = (findings: Finding[], pred: (f: Finding) => boolean) =>
  findings.filter(pred).sort((a, b) => RANK[b.severity] - RANK[a.severity])[0];

/** The headline for the likely cause, in the context's language. */
export function headlineFor(cause: Cause, findings: Finding[], ctx: RuleContext): string {
  const { t, lang, dns, page, report, domain, thresholds } = ctx;
  if (page === 'abuse') {
    const f = findings.find((x) => x.id === 'complaint-rate');
    return f?.headline ?? f?.evidence ?? t.headline.noComplaints;
  }
  if (page === 'bounces' && cause !== 'authentication') {
    const f = findings.find((x) => x.id === 'bounce-categories');
    return f?.headline ?? f?.evidence ?? t.headline.noBounces;
  }
  // What is still open about DNS, said after the figures (list-specific for the list).
  const listTail =
    dns === 'unchecked' ? ` ${t.headline.dnsToCheck}` : dns === 'failed' ? ` ${t.headline.dnsFailed}` : '';
  const tail =
    dns === 'unchecked' ? ` ${t.headline.dnsToCheckFirst}` : dns === 'failed' ? ` ${t.headline.dnsFailedFirst}` : '';
  const rate = bounceRateOf(report);
  switch (cause) {
    case 'authentication': {
      const failing = domain ? failingAreas(domain) : [];
      if (failing.length) return t.headline.authBroken(failing.map((a) => t.panel.area[a]).join(', '));
      const f = top(findings, (x) => x.category === 'authentication');
      return f?.headline ?? f?.evidence ?? t.headline.unknown;
    }
    case 'list-quality':
      if (rate !== undefined) {
        const shown = formatPercent(rate, lang);
        const words = bandWords(rate, t, lang, thresholds);
        if (bounceBand(rate, thresholds) === 'watch') return t.headline.watch(shown, words) + tail;
        return dns === 'in-order'
          ? t.headline.dnsFineList(shown, words)
          : t.headline.figuresList(shown, words) + listTail;
      }
      break;
    case 'none': {
      // Low opens that nothing else confirms are said as such, never as "healthy" (§3, Gmail).
      const opens = findings.find((x) => x.id === 'open-rate' && x.severity === 'info' && x.headline);
      if (opens?.headline)
        return dns === 'in-order' ? t.headline.dnsFineBut(lowerFirst(opens.headline)) : opens.headline + tail;
      return dns === 'in-order'
        ? t.headline.allFine
        : dns === 'failed'
          ? t.headline.figuresFineDnsFailed
          : t.headline.figuresFine;
    }
    case 'unknown':
      return t.headline.unknown;
  }
  const lead = top(findings, (x) => x.category === cause);
  const h = lead?.headline ?? lead?.evidence ?? t.headline.unknown;
  return dns === 'in-order' ? t.headline.dnsFineBut(lowerFirst(h)) : h + tail;
}
