// Bounce, open and click rates over the account's recent campaigns (issue 5 §5): plain SVG, no
// chart library. Each series has its own dash pattern and marker so it reads without colour;
// the figures are also in a table for screen readers.
import type { HistoryEntry } from '../lib/history/entries';
import { bounceRateOf, clickRateOf, openRateOf } from '../lib/diagnosis/rates';
import { formatPercent, type Lang, type Messages } from '../lib/i18n';

const W = 320;
const H = 120;
const PAD = { l: 34, r: 8, t: 8, b: 18 };
const SERIES = [
  { key: 'bounce', of: bounceRateOf, dash: '', cls: 'dl-s-bounce' },
  { key: 'open', of: openRateOf, dash: '6 3', cls: 'dl-s-open' },
  { key: 'click', of: clickRateOf, dash: '2 3', cls: 'dl-s-click' },
] as const;

export function TrendChart({ t, lang, entries }: { t: Messages; lang: Lang; entries: HistoryEntry[] }) {
  const list = [...entries].sort((a, b) => (a.sentAt ?? '').localeCompare(b.sentAt ?? '')).slice(-12);
  if (list.length < 2) return null;
  const values = list.map((e) => SERIES.map((s) => s.of(e)));
  const max = Math.max(0.05, ...values.flat().filter((v): v is number => v !== undefined)) * 1.1;
  const x = (i: number) => PAD.l + (i * (W - PAD.l - PAD.r)) / (list.length - 1);
  const y = (v: number) => PAD.t + (1 - v / max) * (H - PAD.t - PAD.b);
  const ticks = [0, max / 2, max].map((v) => Math.round(v * 1000) / 1000);
  return (
    <figure class="dl-trend" data-testid="dl-trend">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t.trend.title(list.length)} width="100%">
        <title>{t.trend.title(list.length)}</title>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y(v)} y2={y(v)} class="dl-grid-line" />
            <text x={PAD.l - 4} y={y(v) + 3} text-anchor="end" class="dl-axis">
              {formatPercent(v, lang, 0)}
            </text>
          </g>
        ))}
        {SERIES.map((s, si) => {
          const pts = values
            .map((v, i) => (v[si] === undefined ? undefined : `${x(i).toFixed(1)},${y(v[si]!).toFixed(1)}`))
            .filter(Boolean);
          return (
            <g key={s.key} class={s.cls} data-series={s.key}>
              <polyline points={pts.join(' ')} fill="none" stroke-width="2" stroke-dasharray={s.dash || undefined} />
              {values.map((v, i) =>
                v[si] === undefined ? null : <circle key={i} cx={x(i)} cy={y(v[si]!)} r={si === 0 ? 3 : 2.5} />,
              )}
            </g>
          );
        })}
        {list.map((e, i) =>
          i === 0 || i === list.length - 1 ? (
            <text key={i} x={x(i)} y={H - 4} text-anchor={i === 0 ? 'start' : 'end'} class="dl-axis">
              {e.sentAt?.slice(0, 10)}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption class="dl-legend">
        {SERIES.map((s) => (
          <span key={s.key} class={s.cls}>
            <svg width="22" height="8" aria-hidden="true">
              <line x1="0" x2="22" y1="4" y2="4" stroke-width="2" stroke-dasharray={s.dash || undefined} />
            </svg>{' '}
            {t.trend[s.key]}
          </span>
        ))}
      </figcaption>
      <table class="dl-sr-only">
        <thead>
          <tr>
            <th>{t.trend.date}</th>
            <th>{t.trend.bounce}</th>
            <th>{t.trend.open}</th>
            <th>{t.trend.click}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((e, i) => (
            <tr key={i}>
              <td>{e.sentAt?.slice(0, 10)}</td>
              {values[i]!.map((v, j) => (
                <td key={j}>{v === undefined ? '–' : formatPercent(v, lang)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
