// The restart plan from a campaign's own numbers (issue 13 item 11), shown in the report panel
// when the diagnosis says the list or the volume pattern is the cause (knowledge.md §1, §8).
import { planFromCampaign } from '../lib/audit/campaign-plan';
import type { Diagnosis } from '../lib/diagnosis';
import type { CampaignReport } from '../lib/esp/types';
import type { Lang } from '../lib/i18n';
import { auditTexts } from '../lib/i18n/audit';
import { RestartPlan } from './RestartPlan';

export function CampaignRestartPlan({
  lang,
  report,
  diagnosis,
}: {
  lang: Lang;
  report: CampaignReport;
  diagnosis: Pick<Diagnosis, 'primaryCause'>;
}) {
  if (diagnosis.primaryCause !== 'list-quality' && diagnosis.primaryCause !== 'volume') return null;
  const plan = planFromCampaign(report);
  if (!plan) return null;
  const t = auditTexts(lang);
  return <RestartPlan t={t} plan={plan} title={t.restartTitle} />;
}
