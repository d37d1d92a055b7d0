// The audit's figures and findings (issue 14 §1): counts, the expected hard-bounce share on the
// article's scale, the engagement shares, and every finding in words.
import type { AuditSummary as Summary } from '../lib/audit/audit';
import type { AuditTexts } from '../lib/i18n/audit';

export function AuditSummary({ t, summary: s }: { t: AuditTexts; summary: Summary }) {
  const hb = s.expectedHardBounce;
  return (
    <section data-testid="audit-summary" aria-label={t.summary}>
      <h2 class="dl-h2">{t.summary}</h2>
      <dl class="dl-figures">
        <dt>{t.rows}</dt>
        <dd data-testid="fig-rows">{t.n(s.rows)}</dd>
        <dt>{t.distinct}</dt>
        <dd data-testid="fig-distinct">{t.n(s.distinct)}</dd>
        <dt>{t.kept}</dt>
        <dd data-testid="fig-kept">{t.n(s.kept)}</dd>
        <dt>{t.removedCount}</dt>
        <dd data-testid="fig-removed">{t.n(s.removed)}</dd>
        {s.noEmail > 0 && (
          <>
            <dt>{t.noEmail}</dt>
            <dd>{t.n(s.noEmail)}</dd>
          </>
        )}
      </dl>
      <p class={`dl-hard-bounce dl-scale-${hb.scale}`} data-testid="hard-bounce">
        <strong>{t.hardBounce(hb.share, hb.count, s.distinct, hb.scale)}</strong>
      </p>
      <ul class="dl-findings">
        {s.findings.map((f) => (
          <li key={f.id} class={`dl-finding dl-sev-${f.severity}`} data-finding={f.id}>
            {t.finding(f)}
          </li>
        ))}
      </ul>
    </section>
  );
}
