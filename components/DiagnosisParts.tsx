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

export function FindingsList({ t, diagnosis, onWhy }: { t: Messages; diagnosis: Diagnosis; onWhy?(id: string): void }) {
  return (
    <ul class="dl-findings" data-testid="dl-findings">
      {diagnosis.findings
        .filter((f) => f.severity !== 'ok' && (f.advice || f.severity !== 'info'))
        .map((f) => (
          <li key={f.id} class={`dl-finding dl-sev-${f.severity}`} data-finding={f.id} data-severity={f.severity}>
            <div>
              <strong class="dl-sev-word">{t.severity[f.severity]}:</strong> {f.evidence}{' '}
              {onWhy && (
                <button type="button" class="dl-link" onClick={() => onWhy(f.id)} aria-label={t.panel.whyAbout(f.id)}>{t.panel.why}</button>
              )}
            </div>
            {f.advice && <div class="dl-advice">{f.advice}</div>}
          </li>
        ))}
    </ul>
  );
}

export function NextSteps({ diagnosis }: { diagnosis: Diagnosis }) {
  return (
    <ol class="dl-steps" data-testid="dl-steps">
      {diagnosis.steps.map((s, i) => (
        <li key={i}>{s}</li>
      ))}
    </ol>
  );
}
