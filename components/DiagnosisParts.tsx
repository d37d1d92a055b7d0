// The diagnosis as text: the headline with the likely cause, the findings and the next steps,
// each sentence said once (lib/diagnosis/presentation.ts). Shared by the panel and the popup's
// figures-by-hand form.
import { useState } from 'preact/hooks';
import type { Diagnosis } from '../lib/diagnosis';
import { shownFindings } from '../lib/diagnosis/presentation';
import type { Messages } from '../lib/i18n';

/** Causes that are a claim about the figures, said only with "if DNS is in order" until it is. */
const NEEDS_DNS = new Set(['list-quality', 'volume', 'engagement', 'reputation']);

export function DiagnosisHeadline({
  t,
  diagnosis,
  page = 'overview',
}: {
  t: Messages;
  diagnosis: Diagnosis;
  page?: 'overview' | 'abuse' | 'bounces';
}) {
  const qualified = page === 'overview' && diagnosis.dns !== 'in-order' && NEEDS_DNS.has(diagnosis.primaryCause);
  return (
    <>
      <p class="dl-headline" data-testid="dl-headline">
        {diagnosis.headline}
      </p>
      <p class="dl-cause" data-testid="dl-cause" data-cause={diagnosis.primaryCause}>
        {t.panel.likelyCause}: <strong>{t.cause[diagnosis.primaryCause]}</strong>
        {qualified && (
          <>
            {' '}
            <span class="dl-muted" data-testid="dl-cause-qualifier">
              {t.panel.causeOnceDns}
            </span>
          </>
        )}
      </p>
      {diagnosis.failedParts.length > 0 && (
        <p class="dl-row dl-unknown" role="status" data-testid="dl-failed-parts">
          {t.panel.partsFailed(diagnosis.failedParts.join(', '))}
        </p>
      )}
    </>
  );
}

export function FindingsList({ t, diagnosis, onWhy }: { t: Messages; diagnosis: Diagnosis; onWhy?(id: string): void }) {
  return (
    <ul class="dl-findings" data-testid="dl-findings">
      {shownFindings(diagnosis).map(({ finding: f, evidence, advice }) => (
        <li
          key={`${f.id}-${f.rule ?? ''}`}
          class={`dl-finding dl-sev-${f.severity}`}
          data-finding={f.id}
          data-severity={f.severity}
        >
          <div>
            <strong class="dl-sev-word">{t.severity[f.severity]}:</strong> {evidence}{' '}
            {onWhy && f.id !== 'internal-error' && (
              <button type="button" class="dl-link" onClick={() => onWhy(f.id)} aria-label={t.panel.whyAbout(f.id)}>
                {t.panel.why}
              </button>
            )}
          </div>
          {advice && <div class="dl-advice">{advice}</div>}
        </li>
      ))}
    </ul>
  );
}

/** The one-line summary of the evidence, shown while it is collapsed. */
export function evidenceLine(t: Messages, diagnosis: Diagnosis): string {
  const shown = shownFindings(diagnosis);
  return t.panel.evidenceLine(shown.length, shown.filter((s) => s.finding.severity === 'critical').length);
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

/** The complainers on an abuse page, offered for suppression (copy to the clipboard). */
export function SuppressList({
  t,
  emails,
  copy,
}: {
  t: Messages;
  emails: string[];
  copy?(text: string): Promise<boolean>;
}) {
  const [copied, setCopied] = useState<boolean>();
  if (emails.length === 0) return null;
  return (
    <div class="dl-suppress" data-testid="dl-complainers">
      <p class="dl-muted">{t.panel.complainers(emails.length)}</p>
      {copy && (
        <button type="button" class="dl-primary" onClick={async () => setCopied(await copy(emails.join('\n')))}>
          {t.export.copy(emails.length)}
        </button>
      )}
      {copied !== undefined && (
        <p role="status" class="dl-muted">
          {copied ? t.panel.copiedShort : t.panel.copyFailed}
        </p>
      )}
    </div>
  );
}
