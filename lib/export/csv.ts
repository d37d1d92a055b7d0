// CSV for the CRM and Excel (api-contract.md "Export"): RFC 4180 quoting, CRLF line ends, a choice
// of "," or ";" (Excel in Belgium and the Netherlands expects ";"), an optional UTF-8 BOM so Excel
// reads accents right, and cells that a spreadsheet would run as a formula neutralised (OWASP
// "CSV injection": a leading = + - @ TAB or CR gets a leading apostrophe).

const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | undefined, delimiter: string): string {
  if (value === undefined) return '';
  let s = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
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
  options: { delimiter?: ',' | ';'; bom?: boolean } = {},
): Generator<string> {
  const d = options.delimiter ?? ',';
  yield `${options.bom ? '\uFEFF' : ''}${columns.map((c) => cell(c, d)).join(d)}\r\n`;
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
