// The plan as a chart: one bar per send, the height its recipients, the part that joins with
// that send drawn darker. Plain SVG; the same figures are in PlanTable for screen readers.
import type { RestartPlan } from '../lib/audit/plan';
import type { AuditTexts } from '../lib/i18n/audit';

const W = 520;
const H = 140;
const PAD = { l: 44, r: 6, t: 6, b: 18 };

export function PlanChart({ t, plan }: { t: AuditTexts; plan: RestartPlan }) {
  if (!plan.steps.length) return null;
  const max = Math.max(...plan.steps.map((s) => s.volume));
  const bw = (W - PAD.l - PAD.r) / plan.steps.length;
  const y = (v: number) => PAD.t + (1 - v / max) * (H - PAD.t - PAD.b);
  return (
    <figure class="dl-plan-chart" data-testid="plan-chart">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={`${t.plan}: ${t.sends(plan.sends)}`}>
        <title>{`${t.plan}: ${t.sends(plan.sends)}`}</title>
        {[0, max].map((v) => (
          <text key={v} x={PAD.l - 4} y={y(v) + 3} text-anchor="end" class="dl-axis">
            {t.n(v)}
          </text>
        ))}
        {plan.steps.map((s, i) => (
          <g key={s.n} data-step={s.n}>
            <rect
              x={PAD.l + i * bw + 2}
              y={y(s.volume)}
              width={bw - 4}
              height={y(s.volume - s.added) - y(s.volume)}
              class="dl-bar-new"
            />
            <rect
              x={PAD.l + i * bw + 2}
              y={y(s.volume - s.added)}
              width={bw - 4}
              height={H - PAD.b - y(s.volume - s.added)}
              class="dl-bar-old"
            />
            <text x={PAD.l + i * bw + bw / 2} y={H - 4} text-anchor="middle" class="dl-axis">
              {s.n}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
