// The ESP's own export file, dropped onto the panel (issue 17 §4): Mailchimp "Export recipients"
// and the bounced-activity CSV, Campaign Monitor's recipient-activity CSV, ActiveCampaign's bounce
// export. Columns are found by header, in the ESPs' UI languages (en, nl, fr, de, es); the rows
// are merged by address with what the pages gave. A file that is empty, binary, without an e-mail
// column or not an ESP export is an error value and changes nothing. The file is read by the list
// audit's reader (lib/import: encodings, delimiters, quoted line breaks), one way to read a CSV.
//
// Evidence (esp-pages.md): Mailchimp's recipient tables carry the audience's own fields ("Email
// Address", "First Name", … "Last Changed") [seen]; its audience exports add MEMBER_RATING,
// OPTIN_TIME, LEID, EUID [seen in exports]; Campaign Monitor's bounce data has EmailAddress,
// BounceType and a separate Reason in the BounceStudio taxonomy [seen in API fixtures]; the CSV
// headers of the report exports and ActiveCampaign's bounce export are [guess] (fixtures README).
import type { BouncedAddress, EspProvider } from './types';
import { blobSource, bytesSource, type ByteSource } from '../import/bytes';
import { normalizeHeader } from '../import/columns';
import { csvRows, EMAILISH, inspectCsv, type ImportError } from '../import/csv';

export type ExportFileError = {
  kind: 'empty' | 'binary' | 'no-email-column' | 'not-an-esp-export' | 'too-large' | 'unreadable';
  detail?: string;
};

export interface EspExportFile {
  esp: EspProvider | 'unrecognised';
  /** 'bounces' has bounce columns (type, reason or code); 'recipients' is an address list. */
  kind: 'bounces' | 'recipients';
  rows: BouncedAddress[];
  /** Header names found for each field, as written in the file. */
  columns: Partial<Record<Field, string>>;
  /** Data rows without a usable address. */
  skipped: number;
}

type Field = 'email' | 'type' | 'reason' | 'code' | 'date';

/** Header words per field, normalised (lower case, no accents, letters and digits only). */
export const HEADERS: Record<Field, readonly string[]> = {
  // en · nl · fr · de · es; API-style names (EmailAddress, BounceType) from Campaign Monitor.
  email: [
    'emailaddress',
    'email',
    'emailadres',
    'mailadres',
    'adresseemail',
    'adressemail',
    'courriel',
    'adressecourriel',
    'adressedecourriel',
    'emailadresse',
    'mailadresse',
    'correoelectronico',
    'direcciondecorreoelectronico',
    'direcciondecorreo',
    'correo',
    'subscriber',
  ],
  type: [
    'bouncetype',
    'type',
    'typebounce',
    'soortbounce',
    'typederebond',
    'typedebounce',
    'bouncetyp',
    'bounceart',
    'tipoderebote',
    'tipodebounce',
    'tipo',
  ],
  reason: [
    'bouncereason',
    'reason',
    'bouncereden',
    'reden',
    'raison',
    'motif',
    'motifdurebond',
    'raisondurebond',
    'bouncegrund',
    'grund',
    'motivo',
    'motivoderebote',
    'description',
    'bouncedescription',
    'omschrijving',
    'beschrijving',
    'descripcion',
    'beschreibung',
    'diagnosticcode',
    'diagnostic',
    'smtpreply',
    'smtpresponse',
  ],
  code: [
    'bouncecode',
    'code',
    'smtpcode',
    'statuscode',
    'codedurebond',
    'codigo',
    'codigoderebote',
    'fehlercode',
    'foutcode',
  ],
  date: [
    'bouncedate',
    'datebounced',
    'bounceddate',
    'bouncedat',
    'date',
    'datum',
    'fecha',
    'bouncedatum',
    'datedurebond',
    'fechaderebote',
    'timestamp',
  ],
};

/** Columns only an ESP's export has (normalised), for telling an ESP export from any CSV. */
const SIGNATURES: Array<{ esp: EspProvider; any: readonly string[] }> = [
  {
    esp: 'mailchimp',
    any: [
      'memberrating',
      'optintime',
      'confirmtime',
      'leid',
      'euid',
      'lastchanged',
      'cleantime',
      'cleancampaigntitle',
      'cleancampaignid',
    ],
  },
  { esp: 'campaign-monitor', any: ['emailaddress|bouncetype', 'listid', 'datebounced'] },
  { esp: 'activecampaign', any: ['bouncecode'] },
];

const CM_REASON =
  /^(Hard Bounce|Soft Bounce - |Mail Block - |Bounce - But No Email Address Returned|General Bounce|Transient Bounce)/;

const MAX_BYTES = 256 * 1024 * 1024;

/** Each field's column in a header row: earlier words in HEADERS are the more specific ones. */
function columnsOf(row: readonly string[]): Partial<Record<Field, number>> {
  const norm = row.map(normalizeHeader);
  const found: Partial<Record<Field, number>> = {};
  for (const f of Object.keys(HEADERS) as Field[]) {
    for (const word of HEADERS[f]) {
      const at = norm.indexOf(word);
      if (at >= 0 && !Object.values(found).includes(at)) {
        found[f] = at;
        break;
      }
    }
  }
  return found;
}

/** How a row is shown in a refusal: its first 12 cells, at most 200 characters. */
const shown = (row: readonly string[] | undefined) => (row ?? []).slice(0, 12).join(', ').slice(0, 200);

/** The shared reader's refusals in this file's terms (the panel's messages, lib/i18n/lists.ts). */
function fromImportError(e: ImportError): ExportFileError {
  switch (e.kind) {
    case 'empty':
      return { kind: 'empty' };
    case 'no-rows':
      return { kind: 'empty', detail: '0' };
    case 'binary':
      return { kind: 'binary' };
    case 'no-email-column':
    case 'column-not-found':
      return { kind: 'no-email-column', detail: shown(e.headers) };
    case 'encoding':
      // Neither UTF-8 nor Windows-1252 (lib/import/bytes.ts): read on, the addresses would be garbled.
      return { kind: 'unreadable' };
    case 'read-failed':
      return { kind: 'unreadable', detail: e.message };
  }
}

const typeCache = new Map<string, BouncedAddress['espType']>();

/** The ESP's type word ("Hard", "Soft Bounce", "Zacht", "Temporaire", "Hart", "Suave") as our type. */
function espTypeOf(v: string | undefined): BouncedAddress['espType'] {
  if (v === undefined) return 'unknown';
  let t = typeCache.get(v);
  if (t === undefined) {
    t = espTypeOfWord(v);
    if (typeCache.size < 1000) typeCache.set(v, t);
  }
  return t;
}

function espTypeOfWord(v: string): BouncedAddress['espType'] {
  const s = normalizeHeader(v);
  if (!s) return 'unknown';
  // "Hard", "Hard Bounce", "hard_bounce", "permanent(e)", "définitif", "dauerhaft", "duro/permanente".
  if (/^(hard|hart|perm|definitif|dauerhaft|duro)/.test(s)) return 'hard';
  if (/^(soft|zacht|tempor|transient|doux|weich|suave|blando)/.test(s)) return 'soft';
  if (/syntax/.test(s)) return 'syntax';
  return 'unknown';
}

export type ExportFileResult = { ok: true; file: EspExportFile } | { ok: false; error: ExportFileError };

/** Reads a dropped file in slices (lib/import's reader), so a big export is never held whole. */
export function readExportBlob(blob: Blob): Promise<ExportFileResult> {
  return readExport(blobSource(blob), blob.size);
}

/** Reads an export already in memory (tests, the benchmark). */
export function readExportBytes(bytes: Uint8Array): Promise<ExportFileResult> {
  return readExport(bytesSource(bytes), bytes.length);
}

const cell = (r: string[], at: number | undefined, max: number) => {
  if (at === undefined) return undefined;
  const v = r[at];
  if (!v) return undefined;
  const t = v.trim();
  return t ? (t.length > max ? t.slice(0, max) : t) : undefined;
};

/**
 * Reads an ESP export with the list audit's CSV reader (encoding, delimiter, quoted line breaks:
 * lib/import/csv.ts): the header is the first of the first 20 rows with an e-mail column (some
 * exports lead with a title), then every row with an address.
 */
export async function readExport(source: ByteSource, size: number): Promise<ExportFileResult> {
  if (size === 0) return { ok: false, error: { kind: 'empty' } };
  if (size > MAX_BYTES) return { ok: false, error: { kind: 'too-large' } };
  const inspected = await inspectCsv(source, { isHeader: (row) => columnsOf(row).email !== undefined });
  if (!inspected.ok) return { ok: false, error: fromImportError(inspected.error) };
  const { layout } = inspected;
  const header = layout.headers;
  const columns = layout.hasHeader ? columnsOf(header) : {};
  if (columns.email === undefined)
    return {
      ok: false,
      error: { kind: 'no-email-column', detail: shown(layout.hasHeader ? header : layout.sample[0]) },
    };
  const norm = header.map(normalizeHeader);
  const has = (sig: string) => sig.split('|').every((s) => norm.includes(s));
  const signed = SIGNATURES.find((s) => s.any.some(has))?.esp;
  const bounceColumns = columns.type !== undefined || columns.reason !== undefined || columns.code !== undefined;
  if (!signed && !bounceColumns) return { ok: false, error: { kind: 'not-an-esp-export', detail: shown(header) } };
  const rows: BouncedAddress[] = [];
  let skipped = 0;
  // Campaign Monitor's reasons follow the BounceStudio taxonomy (esp-pages.md), in any UI language;
  // looked for in the first 50 data rows.
  let looked = 0;
  let cmReasons = false;
  const [ce, ct, cr, cc, cd] = [columns.email, columns.type, columns.reason, columns.code, columns.date];
  try {
    for await (const batch of csvRows(source, layout)) {
      for (const r of batch) {
        if (cr !== undefined && looked < 50) {
          looked++;
          cmReasons ||= CM_REASON.test(r[cr] ?? '');
        }
        let email = cell(r, ce, 320) ?? '';
        if (email.charCodeAt(0) === 109 /* m */ && /^mailto:/i.test(email)) email = email.slice(7);
        if (!EMAILISH.test(email)) {
          skipped++;
          continue;
        }
        const label = cell(r, ct, 200);
        const b: BouncedAddress = { email, espType: espTypeOf(label) };
        const code = cell(r, cc, 40);
        if (code) b.code = code;
        const reason = cell(r, cr, 2000);
        if (reason) b.reason = reason;
        const date = cell(r, cd, 40);
        if (date) b.date = date;
        if (label) b.espLabel = label;
        rows.push(b);
      }
    }
  } catch (e) {
    return { ok: false, error: { kind: 'unreadable', detail: (e as Error).message } };
  }
  if (rows.length === 0) return { ok: false, error: { kind: 'empty', detail: `${skipped}` } };
  const esp = signed ?? (cmReasons ? 'campaign-monitor' : undefined);
  const names: Partial<Record<Field, string>> = {};
  for (const [f, i] of Object.entries(columns)) names[f as Field] = header[i];
  return {
    ok: true,
    file: { esp: esp ?? 'unrecognised', kind: bounceColumns ? 'bounces' : 'recipients', rows, columns: names, skipped },
  };
}

/**
 * Whether a file without bounce columns is the bounce list after all (Mailchimp's bounced-activity
 * CSV carries only the audience's fields, esp-pages.md): no more rows than the page states
 * bounced, and every address the pages showed is in it. Otherwise it is the recipients.
 */
export function isBounceListFile(file: EspExportFile, page: { rows: BouncedAddress[]; stated?: number }): boolean {
  if (file.kind === 'bounces') return true;
  if (page.stated === undefined || file.rows.length > page.stated || page.rows.length === 0) return false;
  const inFile = new Set(file.rows.map((r) => r.email.toLowerCase()));
  return page.rows.every((r) => inFile.has(r.email.toLowerCase()));
}

/** Merges by address (case-insensitive): the page's rows first, each completed from the file; then the file's new ones. */
export function mergeBounces(
  page: readonly BouncedAddress[],
  file: readonly BouncedAddress[],
): { rows: BouncedAddress[]; added: number; completed: number } {
  const rows = page.map((b) => ({ ...b }));
  const index = new Map<string, number>();
  rows.forEach((b, i) => index.set(b.email.toLowerCase(), i));
  let added = 0;
  let completed = 0;
  for (const f of file) {
    const key = f.email.toLowerCase();
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, rows.length);
      rows.push({ ...f });
      added++;
      continue;
    }
    const b = rows[at]!;
    let changed = false;
    if (b.espType === 'unknown' && f.espType !== 'unknown') [b.espType, changed] = [f.espType, true];
    for (const k of ['code', 'reason', 'date', 'espLabel'] as const) if (!b[k] && f[k]) [b[k], changed] = [f[k], true];
    if (changed) completed++;
  }
  return { rows, added, completed };
}
