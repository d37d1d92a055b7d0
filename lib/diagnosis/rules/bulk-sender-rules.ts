// knowledge.md §3 (revised): Gmail ("close to 5,000" a day) and Yahoo (which names no number;
// the same line is used) require SPF and DKIM, a DMARC record and an aligned From; Microsoft
// (> 5,000 a day) requires SPF to pass and DKIM to pass, with an aligned DMARC; Apple requires
// SPF and DKIM of every sender. The daily volume per provider comes from this campaign (and
// others sent the same day) and, only when the audience's provider mix is known, that mix —
// never the bounced addresses' mix (issue 13 §6); without a mix the whole send is the upper
// bound, said as "up to". One-click unsubscribe (RFC 8058) and the spam rate cannot be seen in
// DNS: the checklist says so and points to Postmaster Tools.
import { formatCount } from '../../i18n';
import type { Provider } from '../providers';
import type { Rule } from '../types';

type Bulk = Exclude<Provider, 'other'>;
const NAMES: Record<Bulk, string> = { gmail: 'Gmail', yahoo: 'Yahoo', microsoft: 'Microsoft', apple: 'Apple iCloud' };

export const rule: Rule = {
  id: 'bulk-sender-rules',
  run({ report, domain, history, audience, t, lang, thresholds, page }) {
    if (page !== 'overview' || !domain || report.recipients === undefined) return undefined;
    const day = report.sentAt?.slice(0, 10);
    const sameDay = day
      ? history
          .filter((h) => h.campaignId !== report.campaignId && h.sentAt?.slice(0, 10) === day)
          .reduce((n, h) => n + (h.recipients ?? 0), 0)
      : 0;
    const daily = report.recipients + sameDay;
    // A known mix without a provider means none of the audience is there.
    const estimate = (p: Bulk) => (audience ? Math.round(daily * (audience[p] ?? 0)) : daily);
    const inScope = (['gmail', 'yahoo', 'microsoft'] as const).filter((p) => estimate(p) >= thresholds.bulkDaily);
    const apple = (audience?.apple ?? 0) > 0; // Apple's rules bind every sender, once it is in the audience
    if (inScope.length === 0 && !apple) return undefined;
    const ok = (s: string) => s === 'pass' || s === 'warn';
    const microsoft = inScope.includes('microsoft');
    const missing: string[] = [];
    if (!ok(domain.spf.status)) missing.push(microsoft ? t.rules.req.spfPass : t.rules.req.spf);
    if (!ok(domain.dkim.status)) missing.push(microsoft ? t.rules.req.dkimPass : t.rules.req.dkim);
    if (domain.dmarc.status === 'fail') missing.push(t.rules.req.dmarc);
    if (domain.alignment.status === 'fail') missing.push(t.rules.req.alignment);
    const names = [...inScope, ...(apple ? (['apple'] as const) : [])].map((p) => NAMES[p]).join(', ');
    const most = Math.max(...inScope.map(estimate), 0);
    const volume = inScope.length ? (audience ? t.rules.about : t.rules.upTo)(formatCount(most, lang)) : undefined;
    const checklist = ` ${t.rules.bulkChecklist}`;
    if (missing.length)
      return {
        category: 'authentication',
        severity: 'critical',
        evidence: t.rules.bulk(names, volume, missing.join(', ')) + checklist,
        advice: t.rules.bulkAdvice,
      };
    return {
      category: 'authentication',
      severity: 'info',
      evidence: t.rules.bulkOk(names, volume) + checklist,
      advice: t.rules.bulkOkAdvice,
    };
  },
};
