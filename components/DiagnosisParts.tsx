// The diagnosis as text: the headline with the likely cause, and the findings with advice.
// Shared by the panel and the popup's figures-by-hand form.
import type { Diagnosis } from '../lib/diagnosis';
import type { Messages } from '../lib/i18n';

export function DiagnosisHeadline({ t, diagnosis }: { t: Messages; diagnosis: Diagnosis }) {
  return (
    <>
      <p class="dl-headline" data-testid="dl-headline">{diagnosis.headline}</p>
      <p class="dl-cause" data-testid="dl-cause" data-cause={diagnosis.primaryCause}>
        {t.panel.likelyCause}: <strong>{t.cause[diagnosis.primaryCause]}</strong>
      </p>
    </>
  );
}

export function FindingsList({ diagnosis }: { diagnosis: Diagnosis }) {
  return (
    <ul class="dl-findings" data-testid="dl-findings">
      {diagnosis.findings
        .filter((f) => f.severity !== 'ok' && f.advice)
        .map((f) => (
          <li key={f.id} class={`dl-finding dl-sev-${f.severity}`} data-finding={f.id} data-severity={f.severity}>
            <div>{f.evidence}</div>
            <div class="dl-advice">{f.advice}</div>
          </li>
        ))}
    </ul>
  );
}
