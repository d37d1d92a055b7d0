// CSV for the CRM and Excel (api-contract.md "Export"): RFC 4180 quoting, CRLF line ends, a choice
// of "," or ";" (Excel in Belgium and the Netherlands expects ";"), an optional UTF-8 BOM so Excel
// reads accents right, and cells that a spreadsheet would run as a formula neutralised (OWASP
// "CSV injection": a leading apostrophe, which spreadsheets read as "this is text").
//
// Issue 13 §8: spreadsheets and import tools trim leading blanks and fold compatibility forms, so
// "  =1+1", "\u00A0=1+1", "\n=1+1" and the full-width "＝1+1" are triggers too. A valid e-mail
// address is never altered, because the CRM must import it as it is: `+32470123456@example.be`
// starts with "+", but no spreadsheet can evaluate it (see isInertAddress).

/** Leading characters that spreadsheets and importers skip or fold before looking for a formula. */
const LEADING_BLANKS = /^[\s\u00A0\u1680\u180E\u2000-\u200F\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]+/;
/** Formula starts after NFKC folding (＝＋－＠ and the small forms ﹦﹢﹣﹫ fold to = + - @). */
const TRIGGERS = new Set(['=', '+', '-', '@', '\u2212']);

/**
 * A valid address that no spreadsheet evaluates: a sign, then only letters, digits, ".", "_",
 * "+", "-", and a letter, digit or "_" right before the "@". Such a cell parses, at best, as an
 * operand directly followed by "@" — which is not a binary operator in Excel (its "@" is a
 * prefix operator only), nor an operator at all in LibreOffice Calc or Google Sheets — so it is
 * a syntax error, never a formula. Anything richer ("|", "!", "'", "=" or an operator before the
 * "@", as in `=cmd|'/C calc'!A0+@x.example`) could be a formula and is neutralised.
 */
export function isInertAddress(s: string): boolean {
  return /^[+-][A-Za-z0-9._+-]*[A-Za-z0-9_]@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?\.[A-Za-z]{2,63}$/.test(s) && !s.includes('..');
}

/** True when a spreadsheet could take the cell for a formula (issue 13 §8). */
export function isFormulaLike(s: string): boolean {
  if (s.startsWith('\t') || s.startsWith('\r')) return true;
  const rest = s.replace(LEADING_BLANKS, '');
  if (rest === '') return false;
  const first = String.fromCodePoint(rest.codePointAt(0)!).normalize('NFKC');
  if (!TRIGGERS.has(first[0]!)) return false;
  return !(rest === s && isInertAddress(s));
}

/** The text of one cell as written (before quoting): formula-like cells get a leading "'". */
export function safeCellText(value: string): string {
  return isFormulaLike(value) ? `'${value}` : value;
}

function cell(value: string | number | undefined, delimiter: string): string {
  if (value === undefined) return '';
  const s = typeof value === 'number' ? String(value) : safeCellText(value);
  return s.includes('"') || s.includes(delimiter) || s.includes('\n') || s.includes('\r') ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One record (CRLF-terminated) from cell values in order, for writers that push rows one by one. */
export function csvRecord(values: (string | number | undefined)[], delimiter: ',' | ';' = ','): string {
  return `${values.map((v) => cell(v, delimiter)).join(delimiter)}\r\n`;
}

/** The CSV a record at a time (header first, BOM on it), for lists too long for one string. */
export function* csvRecords(
  rows: Iterable<Record<string, string | number | undefined>>,
  columns: string[],
  options: { delimiter?: ',' | ';'; bom?: boolean; headers?: string[] } = {},
): Generator<string> {
  const d = options.delimiter ?? ',';
  yield `${options.bom ? '\uFEFF' : ''}${(options.headers ?? columns).map((c) => cell(c, d)).join(d)}\r\n`;
  for (const row of rows) yield `${columns.map((c) => cell(row[c], d)).join(d)}\r\n`;
}

/** Serialises rows to CSV with the given column order; every record ends in CRLF. */
export function toCsv(
  rows: Record<string, string | number | undefined>[],
  columns: string[],
  options: { delimiter?: ',' | ';'; bom?: boolean } = {},
): string {
  let out = '';
  for (const r of csvRecords(rows, columns, options)) out += r;
  return out;
}
