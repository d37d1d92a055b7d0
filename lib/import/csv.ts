// The CSV reader for the list audit and the ESP-export file drop (issue 14 §1), on papaparse's
// parser (RFC 4180 quoting: delimiters, quotes and line breaks inside quoted fields). Two steps:
// `inspectCsv` reads the head (and checks the encoding over the whole file) to find the
// encoding, delimiter, header and columns for the user to confirm; `csvRows` then streams the
// records in batches. Problems are values (`ImportError`), rendered by lib/i18n/audit.ts.
import Papa from 'papaparse';
import {
  decodeChunks,
  headOf,
  isUtf8,
  sniffBytes,
  undefined1252Share,
  type ByteSource,
  type TextEncodingName,
} from './bytes';
import { guessColumns, type ColumnGuess } from './columns';

export type ImportError =
  | { kind: 'empty' }
  | { kind: 'binary'; looksLike?: 'xlsx' | 'xls' | 'pdf' | 'zip' | 'image' }
  | { kind: 'encoding' }
  | { kind: 'no-rows' }
  | { kind: 'no-email-column'; headers: string[] }
  | { kind: 'column-not-found'; column: string; headers: string[] }
  | { kind: 'read-failed'; message: string };

export type Delimiter = ',' | ';' | '\t' | '|';
export type Newline = '\r\n' | '\n' | '\r';

export interface CsvLayout {
  encoding: TextEncodingName;
  delimiter: Delimiter;
  newline: Newline;
  /** Excel's "sep=;" first line, skipped. */
  sepLine: boolean;
  /** Records above the header (an export's title lines), skipped; only set by `isHeader`. */
  titleRows?: number;
  hasHeader: boolean;
  /** Header names; without a header row, empty strings (the UI shows "column N"). */
  headers: string[];
  /** The first data rows, for the confirmation step. */
  sample: string[][];
  guess: ColumnGuess;
}

interface CoreParser {
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): { data: string[][]; meta: { cursor: number } };
}
const CoreParser = (Papa as unknown as { Parser: new (c: object) => CoreParser }).Parser;

const DELIMITERS: Delimiter[] = [',', ';', '\t', '|'];
/** Looks like an address (one "@", a dot after it, no spaces, quotes or brackets); not a validation. */
export const EMAILISH = /^[^\s@"<>]+@[^\s@"<>]+\.[^\s@"<>]+$/;
const isBlank = (row: string[]) => row.every((c) => c.trim() === '');

/** The line ending used outside quoted fields. */
function guessNewline(text: string): Newline {
  const bare = text.replace(/"(?:[^"]|"")*"/g, '');
  return bare.includes('\r\n') ? '\r\n' : bare.includes('\n') ? '\n' : bare.includes('\r') ? '\r' : '\n';
}

function parseAll(text: string, delimiter: string, newline: Newline, complete: boolean): string[][] {
  return new CoreParser({ delimiter, newline }).parse(text, 0, !complete).data.filter((r) => !isBlank(r));
}

/** The delimiter giving the most rows with one consistent field count above 1. */
function guessDelimiter(text: string, newline: Newline, complete: boolean): Delimiter {
  let best: { d: Delimiter; score: number } = { d: ',', score: 0 };
  for (const d of DELIMITERS) {
    const rows = parseAll(text, d, newline, complete).slice(0, 200);
    if (!rows.length) continue;
    const counts = new Map<number, number>();
    for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    const [mode, n] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    if (mode < 2) continue;
    const score = (n / rows.length) * 1000 + Math.min(mode, 50);
    if (score > best.score) best = { d, score };
  }
  return best.d;
}

async function encodingOf(
  source: ByteSource,
  head: Uint8Array,
  signal?: AbortSignal,
): Promise<TextEncodingName | ImportError> {
  const sniff = sniffBytes(head);
  if (sniff.kind === 'empty') return { kind: 'empty' };
  if (sniff.kind === 'binary')
    return sniff.looksLike ? { kind: 'binary', looksLike: sniff.looksLike } : { kind: 'binary' };
  if (sniff.bomEncoding) return sniff.bomEncoding;
  if (sniff.utf16) return sniff.utf16;
  if (await isUtf8(source, signal)) return 'utf-8';
  return undefined1252Share(head) > 0.001 ? { kind: 'encoding' } : 'windows-1252';
}

export interface InspectOptions {
  signal?: AbortSignal;
  /**
   * The caller's own header test (the ESP export drop knows its headers in five languages): the
   * header is the first of the first 20 records it accepts, the records above it (a title) are
   * skipped. When it accepts none, the first record is judged as for any list.
   */
  isHeader?: (row: string[]) => boolean;
}

/** Finds encoding, delimiter, header and column guesses, or why the file cannot be read. */
export async function inspectCsv(
  source: ByteSource,
  options: InspectOptions = {},
): Promise<{ ok: true; layout: CsvLayout } | { ok: false; error: ImportError }> {
  try {
    const head = await headOf(source, 65536);
    const encoding = await encodingOf(source, head, options.signal);
    if (typeof encoding !== 'string') return { ok: false, error: encoding };
    // The head decoded (a character split at its end is dropped), enough for 200 rows or so.
    let text = '';
    for await (const chunk of decodeChunks(async function* () {
      yield head;
    }, encoding))
      text += chunk;
    const complete = head.length < 65536;
    text = text.replace(/\uFFFD$/, '');
    const newline = guessNewline(text);
    const sep = /^sep=(.)[ \t]*(\r\n|\n|\r)/i.exec(text);
    const body = sep ? text.slice(sep[0].length) : text;
    const declared = sep && (DELIMITERS as string[]).includes(sep[1]!) ? (sep[1] as Delimiter) : undefined;
    const delimiter = declared ?? guessDelimiter(body, newline, complete);
    const all = parseAll(body, delimiter, newline, complete);
    if (!all.length) return { ok: false, error: { kind: 'empty' } };
    const headerAt = options.isHeader ? all.slice(0, 20).findIndex(options.isHeader) : -1;
    const rows = headerAt > 0 ? all.slice(headerAt) : all;
    const first = rows[0]!;
    const width = Math.max(...rows.slice(0, 50).map((r) => r.length));
    const headerGuess = guessColumns(first);
    const firstHasEmail = first.some((c) => EMAILISH.test(c.trim()));
    const hasHeader = headerAt >= 0 || (!firstHasEmail && (Object.keys(headerGuess).length > 0 || rows.length > 1));
    const data = hasHeader ? rows.slice(1) : rows;
    if (!data.length) return { ok: false, error: { kind: 'no-rows' } };
    const headers = hasHeader ? first.map((h) => h.trim()) : Array.from({ length: width }, () => '');
    const guess = hasHeader ? headerGuess : {};
    // No email header: the column where most sample values are addresses.
    if (guess.email === undefined) {
      let best = { i: -1, n: 0 };
      for (let i = 0; i < width; i++) {
        const n = data.slice(0, 200).filter((r) => EMAILISH.test((r[i] ?? '').trim())).length;
        if (n > best.n) best = { i, n };
      }
      if (best.i >= 0) guess.email = best.i;
    }
    const layout: CsvLayout = {
      encoding,
      delimiter,
      newline,
      sepLine: !!sep,
      ...(headerAt > 0 ? { titleRows: headerAt } : {}),
      hasHeader,
      headers,
      sample: data.slice(0, 20),
      guess,
    };
    return { ok: true, layout };
  } catch (e) {
    return { ok: false, error: { kind: 'read-failed', message: (e as Error).message } };
  }
}

/** The data records (sep= line, title and header skipped, blank lines dropped), a batch per chunk read. */
export async function* csvRows(
  source: ByteSource,
  layout: CsvLayout,
  signal?: AbortSignal,
): AsyncGenerator<string[][]> {
  const parser = new CoreParser({ delimiter: layout.delimiter, newline: layout.newline });
  let partial = '';
  let skip = (layout.sepLine ? 1 : 0) + (layout.titleRows ?? 0) + (layout.hasHeader ? 1 : 0);
  const take = (rows: string[][]) => {
    const out: string[][] = [];
    for (const r of rows) {
      if (isBlank(r)) continue;
      if (skip > 0) skip--;
      else out.push(r);
    }
    return out;
  };
  for await (const chunk of decodeChunks(source, layout.encoding)) {
    if (signal?.aborted) return;
    const text = partial + chunk;
    const res = parser.parse(text, 0, true);
    partial = text.slice(res.meta.cursor);
    const rows = take(res.data);
    if (rows.length) yield rows;
  }
  if (partial) {
    const rows = take(parser.parse(partial, 0, false).data);
    if (rows.length) yield rows;
  }
}
