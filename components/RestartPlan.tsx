// The restart plan with everything around it (knowledge.md §8): reconfirmation first, the step
// table and chart, who is not mailed, the stop rules and the sources. Used by the list audit
// page and, from a campaign's own numbers (planFromCampaign), in the report panel.
import type { RestartPlan as Plan } from '../lib/audit/plan';
import type { SourceId } from '../lib/audit/sources';
import { SOURCE_URLS } from '../lib/audit/sources';
import type { AuditTexts } from '../lib/i18n/audit';
import { PlanChart } from './PlanChart';
import { PlanTable } from './PlanTable';

export function RestartPlan({ t, plan, title }: { t: AuditTexts; plan: Plan; title?: string }) {
  const sources = [
    ...new Set<SourceId>([
      ...plan.steps.flatMap((s) => s.sources),
      ...plan.stopRules.flatMap((r) => r.sources),
      ...plan.reconfirm.sources,
    ]),
  ];
  return (
    <section class="dl-restart" data-testid="restart-plan" aria-label={title ?? t.plan}>
      <h2 class="dl-h2">{title ?? t.plan}</h2>
      <p>{t.planIntro}</p>
      <p data-testid="plan-sends">
        <strong>{t.sends(plan.sends)}</strong>
      </p>
      {plan.removed ? <p>{t.removedBefore(plan.removed)}</p> : null}
      {plan.reconfirm.count > 0 && <p data-testid="plan-reconfirm">{t.reconfirm(plan.reconfirm.count)}</p>}
      <PlanTable t={t} plan={plan} />
      <PlanChart t={t} plan={plan} />
      {!plan.capsBind && <p class="dl-muted">{t.noCaps}</p>}
      {plan.notMailed.count > 0 && <p data-testid="plan-not-mailed">{t.notMailed(plan.notMailed.count)}</p>}
      <h3 class="dl-h3">{t.stopRules}</h3>
      <ul data-testid="stop-rules">
        {plan.stopRules.map((r) => (
          <li key={r.id}>{t.stopRule(r)}</li>
        ))}
      </ul>
      <p class="dl-muted">
        {t.sources}:{' '}
        {sources.map((s, i) => {
          const url = SOURCE_URLS[s];
          return (
            <span key={s}>
              {i > 0 && ', '}
              {url.startsWith('https://') ? (
                <a href={url} target="_blank" rel="noreferrer">
                  {t.source(s)}
                </a>
              ) : (
                t.source(s)
              )}
            </span>
          );
        })}
      </p>
    </section>
  );
}
