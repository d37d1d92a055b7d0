// Who hosts the list (knowledge.md §7): one horizontal bar per mailbox provider, plain SVG with
// the figures written next to each bar (readable without colour). role=img hides the SVG's own
// text from screen readers, so its name carries every figure (issue 15 §6: a text alternative).
import type { MailboxProvider } from '../lib/hygiene/mailbox-provider';
import { MAILBOX_PROVIDERS } from '../lib/hygiene/mailbox-provider';
import type { AuditTexts } from '../lib/i18n/audit';

const W = 600;
const ROW = 22;
// Wide enough for the longest provider name, Dutch "onbekend (opzoeking mislukt of niet gedaan)".
const LABEL = 260;
const VALUE = 110;

export function ProviderMixChart({
  t,
  providers,
}: {
  t: AuditTexts;
  providers: Partial<Record<MailboxProvider, number>>;
}) {
  const rows = MAILBOX_PROVIDERS.filter((p) => (providers[p] ?? 0) > 0).sort((a, b) => providers[b]! - providers[a]!);
  const total = rows.reduce((a, p) => a + providers[p]!, 0);
  if (!total) return null;
  const max = providers[rows[0]!]!;
  const H = rows.length * ROW + 4;
  const figure = (p: MailboxProvider) => `${t.n(providers[p]!)} · ${t.pct(providers[p]! / total)}`;
  const name = `${t.providers}: ${rows.map((p) => `${t.provider(p)} ${figure(p)}`).join('; ')}`;
  return (
    <figure class="dl-mix" data-testid="provider-mix">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={name}>
        <title>{t.providers}</title>
        {rows.map((p, i) => {
          const n = providers[p]!;
          const w = ((W - LABEL - VALUE) * n) / max;
          return (
            <g key={p} data-provider={p} transform={`translate(0 ${i * ROW + 2})`}>
              <text x={LABEL - 6} y={ROW / 2 + 4} text-anchor="end" class="dl-axis">
                {t.provider(p)}
              </text>
              <rect x={LABEL} y={3} width={Math.max(1, w)} height={ROW - 6} class={`dl-bar dl-bar-${p}`} />
              <text x={LABEL + w + 6} y={ROW / 2 + 4} class="dl-axis" data-testid={`mix-${p}`}>
                {figure(p)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
