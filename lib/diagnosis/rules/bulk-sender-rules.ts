// knowledge.md §3: Gmail and Yahoo (≈ 5,000 a day to their users) require SPF and DKIM, a DMARC
// record and an aligned From (their spam-rate ceiling is the complaint-rate rule's); Microsoft (> 5,000 a day) requires SPF,
// DKIM and an aligned DMARC. The daily volume per provider is estimated from this campaign (and
// others sent the same day) and, where a bounce list is known, its provider mix; without a mix
// the whole send is the upper bound and the evidence says "up to".
import { formatCount } from '../../i18n';
import { providerMix, type Provider } from '../providers';
import type { Rule } from '../types';

const NAMES: Record<Exclude<Provider, 'other'>, string> = { gmail: 'Gmail', yahoo: 'Yahoo', microsoft: 'Microsoft' };

export const rule: Rule = {
  id: 'bulk-sender-rules',
  run({ report, domain, history, bounces, t, lang, thresholds }) {
    if (!domain || report.recipients === undefined) return undefined;
    const day = report.sentAt?.slice(0, 10);
    const sameDay = day ? history.filter((h) => h.campaignId !== report.campaignId && h.sentAt?.slice(0, 10) === day).reduce((n, h) => n + (h.recipients ?? 0), 0) : 0;
    const daily = report.recipients + sameDay;
    const mix = providerMix((bounces ?? []).map((b) => b.email));
    const ok = (s: string) => s === 'pass' || s === 'warn';
    for (const p of ['gmail', 'yahoo', 'microsoft'] as const) {
      const estimate = mix ? Math.round(daily * mix[p]) : daily;
      if (estimate < thresholds.bulkDaily) continue;
      const missing: string[] = [];
      if (!ok(domain.spf.status)) missing.push(t.rules.req.spf);
      if (!ok(domain.dkim.status)) missing.push(t.rules.req.dkim);
      if (domain.dmarc.status === 'fail') missing.push(t.rules.req.dmarc);
      if (domain.alignment.status === 'fail') missing.push(t.rules.req.alignment);
      const volume = (mix ? t.rules.about : t.rules.upTo)(formatCount(estimate, lang));
      if (missing.length)
        return { category: 'authentication', severity: 'critical', evidence: t.rules.bulk(NAMES[p], volume, missing.join(', ')), advice: t.rules.bulkAdvice };
      return { category: 'authentication', severity: 'ok', evidence: t.rules.bulkOk(NAMES[p], volume), advice: '' };
    }
    return undefined;
  },
};
