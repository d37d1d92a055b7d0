// The confirmation step (issue 14 §1): the email column (required) and the optional activity,
// created, last-order and customer columns, pre-filled from the header guess, with a preview.
import { useState } from 'preact/hooks';
import type { AuditColumns as Columns } from '../lib/audit/audit';
import type { CsvLayout } from '../lib/import/csv';
import type { AuditTexts } from '../lib/i18n/audit';

const ROLES = ['email', 'lastActivity', 'created', 'lastOrder', 'customer'] as const;

export function AuditColumns({
  t,
  layout,
  fileName,
  onConfirm,
}: {
  t: AuditTexts;
  layout: CsvLayout;
  fileName: string;
  onConfirm(c: Columns): void;
}) {
  const width = Math.max(layout.headers.length, ...layout.sample.map((r) => r.length));
  const names = Array.from({ length: width }, (_, i) => layout.headers[i] || `${t.column} ${i + 1}`);
  const [cols, setCols] = useState<Partial<Record<(typeof ROLES)[number], number>>>(() => {
    const g = layout.guess;
    return Object.fromEntries(ROLES.filter((r) => g[r] !== undefined).map((r) => [r, g[r]]));
  });
  return (
    <form
      class="dl-form dl-columns"
      data-testid="audit-columns"
      onSubmit={(e) => {
        e.preventDefault();
        if (cols.email === undefined) return;
        const out: Columns = { email: cols.email };
        for (const r of ROLES) if (r !== 'email' && cols[r] !== undefined) out[r] = cols[r];
        onConfirm(out);
      }}
    >
      <h2 class="dl-h2">{t.confirmColumns}</h2>
      <p class="dl-muted">
        {fileName} · {t.encoding} {layout.encoding} · «{layout.delimiter === '\t' ? 'TAB' : layout.delimiter}»
      </p>
      {cols.email === undefined && (
        <p class="dl-error" role="alert">
          {t.error({ kind: 'no-email-column', headers: layout.headers })}
        </p>
      )}
      {ROLES.map((r) => (
        <label key={r}>
          {t.role(r)}
          <select
            data-testid={`col-${r}`}
            value={cols[r] === undefined ? '' : String(cols[r])}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              setCols({ ...cols, [r]: v === '' ? undefined : Number(v) });
            }}
          >
            {r !== 'email' || cols.email === undefined ? <option value="">{t.none}</option> : null}
            {names.map((n, i) => (
              <option key={i} value={String(i)}>
                {n}
              </option>
            ))}
          </select>
        </label>
      ))}
      <table class="dl-table dl-preview">
        <thead>
          <tr>
            {names.map((n, i) => (
              <th key={i} scope="col">
                {n}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {layout.sample.slice(0, 5).map((row, i) => (
            <tr key={i}>
              {names.map((_, j) => (
                <td key={j}>{row[j] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="submit" class="dl-primary" data-testid="audit-start" disabled={cols.email === undefined}>
        {t.start}
      </button>
    </form>
  );
}
