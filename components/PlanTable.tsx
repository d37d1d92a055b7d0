// The restart plan as a step table (knowledge.md §8): each send, its day, who joins, the growth
// and — only where the volume binds — the per-provider cap.
import type { RestartPlan } from '../lib/audit/plan';
import type { AuditTexts } from '../lib/i18n/audit';

export function PlanTable({ t, plan }: { t: AuditTexts; plan: RestartPlan }) {
  return (
    <table class="dl-table" data-testid="plan-table">
      <thead>
        <tr>
          <th scope="col">{t.send}</th>
          <th scope="col">{t.dayHead}</th>
          <th scope="col">{t.recipients}</th>
          <th scope="col">{t.growthHead}</th>
          <th scope="col">{t.joins}</th>
          {plan.capsBind && <th scope="col">{t.caps}</th>}
        </tr>
      </thead>
      <tbody>
        {plan.steps.map((s) => (
          <tr key={s.n} data-step={s.n}>
            <td>{s.n}</td>
            <td>{s.day}</td>
            <td>{t.step(s.added, s.volume)}</td>
            <td>{s.growth === undefined ? '' : t.growth(s.growth)}</td>
            <td>{s.joins.map((j) => `${t.segment(j.segment)} (${t.n(j.count)})`).join('; ')}</td>
            {plan.capsBind && <td>{s.caps.map((c) => t.cap(c.provider, c.max, c.planned)).join('; ')}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
