// Reading a list of rows by its column headings (bounce lists on every ESP are tables or
// table-like lists). Columns are found by heading text, never by class names; a 10,000-row
// list is read in one pass over the rows.
import { textOf } from './dom';

export interface TableSpec<F extends string> {
  /** Heading texts per field, alternatives in order (compared case-insensitively). */
  columns: Record<F, readonly string[]>;
  /** Fields without which the table is not the one we want. */
  required: readonly NoInfer<F>[];
}

export interface TableRows<F extends string> {
  rows: { cells: Partial<Record<F, string>>; links: Partial<Record<F, string>> }[];
  missing: F[];
}

/** Finds the table whose headings name the required fields and reads its rows. */
export function readTable<F extends string>(root: ParentNode, spec: TableSpec<F>): TableRows<F> | undefined {
  for (const table of Array.from(root.querySelectorAll('table, [role=table], [role=grid]'))) {
    const headRow = table.querySelector('thead tr') ?? table.querySelector('[role=row]') ?? table.querySelector('tr');
    if (!headRow) continue;
    const headings = Array.from(headRow.querySelectorAll('th, td, [role=columnheader]')).map((h) =>
      textOf(h).toLowerCase(),
    );
    const index = {} as Record<F, number>;
    for (const field of Object.keys(spec.columns) as F[])
      index[field] = headings.findIndex((h) => spec.columns[field].some((l) => h === l.toLowerCase()));
    if (spec.required.some((f) => index[f] < 0)) continue;
    const bodyRows = Array.from(table.querySelectorAll('tbody tr, [role=rowgroup] [role=row]')).filter(
      (r) => r !== headRow,
    );
    const rows = bodyRows.map((tr) => {
      const cells = tr.querySelectorAll('td, th, [role=cell], [role=gridcell]');
      const out: TableRows<F>['rows'][number] = { cells: {}, links: {} };
      for (const field of Object.keys(index) as F[]) {
        const cell = index[field] >= 0 ? cells[index[field]] : undefined;
        if (!cell) continue;
        out.cells[field] = textOf(cell);
        const href = cell.querySelector('a[href]')?.getAttribute('href');
        if (href) out.links[field] = href;
      }
      return out;
    });
    return { rows, missing: (Object.keys(index) as F[]).filter((f) => index[f] < 0) };
  }
  return undefined;
}

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** Is this text one e-mail address (loosely: the triage does the strict syntax check)? */
export function looksLikeEmail(text: string): boolean {
  return EMAIL.test(text);
}

/** The first e-mail address in a text such as "Atelier <nieuws@atelier-example.be>". */
export function emailIn(text: string | undefined): string | undefined {
  return text ? /[^\s<>@]+@[a-z0-9.-]+\.[a-z]{2,}/i.exec(text)?.[0] : undefined;
}
