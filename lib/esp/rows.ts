// Bounce rows read by what their cells hold, not by column headings (the UI language varies and
// ESP headings are [guess]es in esp-pages.md): one cell is an address, one an enhanced status
// code, one a hard/soft word, one a date, and the longest remaining text is the description.
// One pass over the rows, each cell's text read once (a 10,000-row list stays cheap).
import { cellsOf, tableRows, textOf } from './dom';
import { looksLikeEmail } from './table';

export interface ContentRow {
  email: string;
  code?: string;
  type?: string;
  date?: string;
  text: string[];
  links: string[];
}

const CODE = /^[245]\.\d{1,3}\.\d{1,3}$/;
const DATE = /^(\d{4}-\d{2}-\d{2})|^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/;

/** Rows of every table-like list on the page that hold an address, with their cells classified. */
export function readContentRows(root: Document | Element, typeWord: RegExp): ContentRow[] {
  const out: ContentRow[] = [];
  for (const tr of tableRows(root)) {
    const row: ContentRow = { email: '', text: [], links: [] };
    for (const td of cellsOf(tr)) {
      const t = textOf(td);
      if (!row.email && looksLikeEmail(t)) row.email = t;
      else if (!row.code && CODE.test(t)) row.code = t;
      else if (!row.type && typeWord.test(t)) row.type = t;
      else if (!row.date && DATE.test(t)) row.date = t;
      else if (t) row.text.push(t);
      // Tree order, as a depth-first walk gives it.
      const anchors = td.getElementsByTagName('a');
      for (let i = 0; i < anchors.length; i++) {
        const href = anchors[i]!.tagName === 'A' ? anchors[i]!.getAttribute('href') : null;
        if (href !== null) row.links.push(href);
      }
    }
    if (row.email) out.push(row);
  }
  return out;
}

/** "2026-03-10 10:02" → "2026-03-10"; "10/03/2026" (day first, European accounts) → "2026-03-10". */
export function isoDateOf(text: string | undefined): string | undefined {
  const m = text ? DATE.exec(text) : null;
  if (!m) return undefined;
  if (m[1]) return m[1];
  const [d, mo] = [Number(m[2]), Number(m[3])];
  return d <= 31 && mo <= 12 ? `${m[4]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` : undefined;
}
