// Bounces per mailbox provider (issue 13 §6): a stacked bar per provider (hard, blocked,
// deferred, other), the headline "Microsoft refused 38 of your 41 blocked mails", and the
// bulk-sender rules judged per provider from the audience mix (or why they cannot be).
import type { Lang } from '../lib/i18n';
import { listTexts } from '../lib/i18n/lists';
import type { Breakdown, BulkFinding } from '../lib/export/provider-breakdown';

const PARTS = [
  ['hard', '#8a1c1c'],
  ['blocked', '#c2410c'],
  ['deferred', '#a16207'],
  ['other', '#6b7280'],
] as const;

export function ProviderBreakdown({ lang, breakdown, bulk }: { lang: Lang; breakdown: Breakdown; bulk: BulkFinding[] }) {
  const P = listTexts(lang).providers;
  const name = (id: string) => P.names[id] ?? id;
  const max = Math.max(1, ...breakdown.rows.map((r) => r.bounces));
  const top = breakdown.topBlocker;
  return (
    <div class="dl-providers" data-testid="dl-providers">
      <p class="dl-subhead">{P.heading}</p>
      {top && (
        <p data-testid="dl-providers-headline">
          <strong>{P.refused(top.isOperator ? (P.operators[top.who] ?? top.who) : name(top.who), top.blocked, breakdown.totalBlocked, lang)}</strong>
        </p>
      )}
      <ul class="dl-sub" data-testid="dl-providers-rows">
        {breakdown.rows.map((r) => {
          let x = 0;
          return (
            <li key={r.provider} data-provider={r.provider}>
              <span>{P.row(name(r.provider), r.bounces, r.blocked, r.deferred, lang)}</span>
              <svg width="100%" height="8" viewBox={`0 0 ${max} 8`} preserveAspectRatio="none" aria-hidden="true">
                {PARTS.map(([k, color]) => {
                  const w = r[k];
                  const rect = w > 0 ? <rect key={k} x={x} y={0} width={w} height={8} fill={color} /> : null;
                  x += w;
                  return rect;
                })}
              </svg>
            </li>
          );
        })}
      </ul>
      <ul class="dl-sub" data-testid="dl-providers-bulk">
        {bulk.map((b, i) => (
          <li key={i}>
            {b.id === 'bulk-audience-unknown' ? P.audienceUnknown : b.id === 'bulk-apple' ? P.appleAll(b.recipients, lang) : P.bulk(name(b.provider), b.recipients, b.threshold, b.over, lang)}
          </li>
        ))}
      </ul>
    </div>
  );
}
