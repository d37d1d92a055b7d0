// Figures by hand (issue 4 §7, issue 6 §2): when no report page is recognised, the marketer types
// the campaign's figures and gets the same diagnosis. Impossible figures are refused with the
// reason, exactly as a page would be.
import { useState } from 'preact/hooks';
import { validateReport } from '../lib/esp/validate';
import { espTexts } from '../lib/i18n/esp';
import type { CampaignReport } from '../lib/esp/types';
import { diagnose, type Diagnosis } from '../lib/diagnosis';
import type { DomainCheck } from '../lib/auth/types';
import type { Lang, Messages } from '../lib/i18n';
import type { Thresholds } from '../lib/diagnosis/thresholds';
import { DiagnosisHeadline, FindingsList, NextSteps } from './DiagnosisParts';

const FIELDS = ['recipients', 'hard', 'soft', 'opens', 'clicks', 'unsubscribes', 'complaints'] as const;
type Field = (typeof FIELDS)[number];

/** Builds a report from typed figures; empty fields stay absent, never zero. */
export function reportFromFigures(values: Partial<Record<Field, string>>): { report?: CampaignReport; error?: Field } {
  const n: Partial<Record<Field, number>> = {};
  for (const f of FIELDS) {
    const v = (values[f] ?? '').replace(/[\s.,]/g, '');
    if (v === '') continue;
    if (!/^\d{1,9}$/.test(v)) return { error: f };
    n[f] = Number(v);
  }
  const bounceTotal = n.hard !== undefined || n.soft !== undefined ? (n.hard ?? 0) + (n.soft ?? 0) : undefined;
  return {
    report: {
      provider: 'manual',
      recipients: n.recipients,
      bounces: { total: bounceTotal, hard: n.hard, soft: n.soft },
      opens: { unique: n.opens },
      clicks: { unique: n.clicks },
      unsubscribes: { count: n.unsubscribes },
      complaints: { count: n.complaints },
    },
  };
}

/** `thresholds`: the user's own, from the options (issue 11 §10), as the panel uses them. */
export function ManualFigures({
  t,
  lang,
  domain,
  thresholds,
}: {
  t: Messages;
  lang: Lang;
  domain?: DomainCheck;
  thresholds?: Partial<Thresholds>;
}) {
  const [values, setValues] = useState<Partial<Record<Field, string>>>({});
  const [result, setResult] = useState<{ diagnosis?: Diagnosis; error?: string }>();
  return (
    <details class="dl-manual" data-testid="dl-manual">
      <summary>{t.manual.title}</summary>
      <form
        class="dl-form dl-grid"
        onSubmit={(e) => {
          e.preventDefault();
          const built = reportFromFigures(values);
          if (!built.report) return setResult({ error: t.manual.notANumber(t.manual.field[built.error!]) });
          const checked = validateReport(built.report, ['recipients']);
          const problem = checked.ok ? checked.notes?.find((n) => n.id !== 'missing-figure') : checked.problems?.[0];
          if (problem) return setResult({ error: espTexts(lang).note(problem) });
          if (!checked.ok) return setResult({ error: t.manual.needRecipients });
          if (checked.value.recipients === undefined) return setResult({ error: t.manual.needRecipients });
          setResult({ diagnosis: diagnose({ report: checked.value, domain, lang, thresholds }) });
        }}
      >
        {FIELDS.map((f) => (
          <label key={f}>
            {t.manual.field[f]}
            <input
              name={f}
              inputMode="numeric"
              value={values[f] ?? ''}
              onInput={(e) => setValues({ ...values, [f]: (e.target as HTMLInputElement).value })}
            />
          </label>
        ))}
        <button type="submit" class="dl-primary">
          {t.manual.run}
        </button>
      </form>
      {result?.error && (
        <p class="dl-error" role="alert">
          {result.error}
        </p>
      )}
      {result?.diagnosis && (
        <section data-testid="dl-manual-result">
          <DiagnosisHeadline t={t} diagnosis={result.diagnosis} />
          <NextSteps diagnosis={result.diagnosis} />
          <FindingsList t={t} diagnosis={result.diagnosis} />
        </section>
      )}
    </details>
  );
}
