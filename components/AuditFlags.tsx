// The flagged addresses: the first ones with their flags, the suggested fix and the provider
// (the full list is in the removed-list export).
import type { AuditedRow } from '../lib/audit/audit';
import type { AuditTexts } from '../lib/i18n/audit';

export function AuditFlags({ t, rows, counts }: { t: AuditTexts; rows: AuditedRow[]; counts: Record<string, number> }) {
  return (
    <section data-testid="audit-flags" aria-label={t.flags}>
      <h2 class="dl-h2">{t.flags}</h2>
      <ul class="dl-flag-counts">
        {Object.entries(counts)
          .filter(([, n]) => n > 0)
          .map(([f, n]) => (
            <li key={f} data-flag={f}>
              {t.flag(f as AuditedRow['flags'][number])}: <strong>{t.n(n)}</strong>
            </li>
          ))}
      </ul>
      {rows.length > 0 && (
        <details>
          <summary class="dl-link">{t.shown}</summary>
          <table class="dl-table">
            <thead>
              <tr>
                <th scope="col">{t.email}</th>
                <th scope="col">{t.flagHead}</th>
                <th scope="col">{t.fix}</th>
                <th scope="col">{t.providerHead}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  <td>{r.email}</td>
                  <td>{r.flags.map((f) => t.flag(f)).join(', ')}</td>
                  <td>{r.suggestion ?? ''}</td>
                  <td>{r.provider ? t.provider(r.provider) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
