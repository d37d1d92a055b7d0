// The ESP's own export file, dropped onto the panel (issue 17 §4): Mailchimp "Export recipients"
// and the bounced-activity CSV, Campaign Monitor's recipient-activity CSV, ActiveCampaign's bounce
// export. Columns are found by header, in the ESPs' UI languages (en, nl, fr, de, es); the rows
// are merged by address with what the pages gave. A file that is empty, binary, without an e-mail
// column or not an ESP export is an error value and changes nothing.
//
// Evidence (esp-pages.md): Mailchimp's recipient tables carry the audience's own fields ("Email
// Address", "First Name", … "Last Changed") [seen]; its audience exports add MEMBER_RATING,
// OPTIN_TIME, LEID, EUID [seen in exports]; Campaign Monitor's bounce data has EmailAddress,
// BounceType and a separate Reason in the BounceStudio taxonomy [seen in API fixtures]; the CSV
// headers of the report exports and ActiveCampaign's bounce export are [guess] (fixtures README).
import type { BouncedAddress, EspProvider } from './types';
import Papa from 'papaparse';

export type ExportFileError = { kind: 'empty' | 'binary' | 'no-email-column' | 'not-an-esp-export' | 'too-large' | 'unreadable'; detail?: string };

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
    'emailaddress', 'email', 'emailadres', 'mailadres', 'adresseemail', 'adressemail', 'courriel', 'adressecourriel', 'adressedecourriel',
    'emailadresse', 'mailadresse', 'correoelectronico', 'direcciondecorreoelectronico', 'direcciondecorreo', 'correo', 'subscriber',
  ],
  type: ['bouncetype', 'type', 'typebounce', 'soortbounce', 'typederebond', 'typedebounce', 'bouncetyp', 'bounceart', 'tipoderebote', 'tipodebounce', 'tipo'],
  reason: [
    'bouncereason', 'reason', 'bouncereden', 'reden', 'raison', 'motif', 'motifdurebond', 'raisondurebond', 'bouncegrund', 'grund',
    'motivo', 'motivoderebote', 'description', 'bouncedescription', 'omschrijving', 'beschrijving', 'descripcion', 'beschreibung',
    'diagnosticcode', 'diagnostic', 'smtpreply', 'smtpresponse',
  ],
  code: ['bouncecode', 'code', 'smtpcode', 'statuscode', 'codedurebond', 'codigo', 'codigoderebote', 'fehlercode', 'foutcode'],
  date: ['bouncedate', 'datebounced', 'bounceddate', 'bouncedat', 'date', 'datum', 'fecha', 'bouncedatum', 'datedurebond', 'fechaderebote', 'timestamp'],
};

/** Columns only an ESP's export has (normalised), for telling an ESP export from any CSV. */
const SIGNATURES: Array<{ esp: EspProvider; any: readonly string[] }> = [
  { esp: 'mailchimp', any: ['memberrating', 'optintime', 'confirmtime', 'leid', 'euid', 'lastchanged', 'cleantime', 'cleancampaigntitle', 'cleancampaignid'] },
  { esp: 'campaign-monitor', any: ['emailaddress|bouncetype', 'listid', 'datebounced'] },
  { esp: 'activecampaign', any: ['bouncecode'] },
];

/**
 * Every record of a CSV text as an array of cells, the delimiter detected (papaparse: RFC 4180
 * quoting, quoted line breaks). TODO(lead): wt-audit builds the general reader in lib/import/**;
 * point this one function at it when the branches meet.
 */
export function parseCsvRows(text: string): { ok: true; rows: string[][] } | { ok: false; error: string } {
  const r = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', ';', '\t', '|'] });
  // "UndetectableDelimiter" only means a one-column file, which is still readable.
  const fatal = r.errors.find((e) => e.code !== 'UndetectableDelimiter' && e.type !== 'FieldMismatch');
  if (fatal && r.data.length === 0) return { ok: false, error: fatal.message };
  return { ok: true, rows: r.data };
}

const CM_REASON = /^(Hard Bounce|Soft Bounce - |Mail Block - |Bounce - But No Email Address Returned|General Bounce|Transient Bounce)/;

const MAX_BYTES = 256 * 1024 * 1024;

/** A header as compared: "E-Mail-Adresse" → "emailadresse", "Dirección de correo electrónico" → … */
export function normaliseHeader(h: string): string {
  return h.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Bytes → text: UTF-8 (BOM or not), UTF-16 with a BOM (Excel "Unicode text"), else Windows-1252. */
export function decodeBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: ExportFileError } {
  if (bytes.length === 0) return { ok: false, error: { kind: 'empty' } };
  if (bytes.length > MAX_BYTES) return { ok: false, error: { kind: 'too-large' } };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  // Zip (xlsx, ods), OLE2 (xls), PDF, or NUL bytes early on: not a text export.
  const head = bytes.subarray(0, 8192);
  const magic = Array.from(head.subarray(0, 4)).map((b) => b.toString(16).padStart(2, '0')).join('');
  if (magic === '504b0304' || magic === 'd0cf11e0' || magic === '25504446' || head.includes(0)) return { ok: false, error: { kind: 'binary' } };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(body) };
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
  const s = normaliseHeader(v);
  if (!s) return 'unknown';
  // "Hard", "Hard Bounce", "hard_bounce", "permanent(e)", "définitif", "dauerhaft", "duro/permanente".
  if (/^(hard|hart|perm|definitif|dauerhaft|duro)/.test(s)) return 'hard';
  if (/^(soft|zacht|tempor|transient|doux|weich|suave|blando)/.test(s)) return 'soft';
  if (/syntax/.test(s)) return 'syntax';
  return 'unknown';
}

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** Reads a dropped file's bytes. */
export function readExportBytes(bytes: Uint8Array): { ok: true; file: EspExportFile } | { ok: false; error: ExportFileError } {
  const decoded = decodeBytes(bytes);
  return decoded.ok ? readExportText(decoded.text) : decoded;
}

/** Reads an ESP export's text: finds the header row and columns, and the rows with an address. */
export function readExportText(text: string): { ok: true; file: EspExportFile } | { ok: false; error: ExportFileError } {
  if (!text.trim()) return { ok: false, error: { kind: 'empty' } };
  // Control characters other than tab and line breaks mean this is not text (a renamed binary).
  if (/[\u0000-\u0008\u000E-\u001A]/.test(text.slice(0, 8192))) return { ok: false, error: { kind: 'binary' } };
  const parsed = parseCsvRows(text);
  if (!parsed.ok) return { ok: false, error: { kind: 'unreadable', detail: parsed.error } };
  const all = parsed.rows;
  // The header is the first of the first 20 rows with an e-mail column (some exports lead with a title).
  let headerAt = -1;
  let columns: Partial<Record<Field, number>> = {};
  for (let i = 0; i < Math.min(20, all.length) && headerAt < 0; i++) {
    const norm = all[i]!.map(normaliseHeader);
    const found: Partial<Record<Field, number>> = {};
    for (const f of Object.keys(HEADERS) as Field[]) {
      // Earlier words in the list are the more specific ones ("bouncereason" before "reason").
      for (const word of HEADERS[f]) {
        const at = norm.indexOf(word);
        if (at >= 0 && !Object.values(found).includes(at)) {
          found[f] = at;
          break;
        }
      }
    }
    if (found.email !== undefined) [headerAt, columns] = [i, found];
  }
  const firstRow = (all.find((r) => r.some((c) => c.trim())) ?? []).slice(0, 12).join(', ').slice(0, 200);
  if (headerAt < 0) return { ok: false, error: { kind: 'no-email-column', detail: firstRow } };
  const header = all[headerAt]!;
  const norm = header.map(normaliseHeader);
  const has = (sig: string) => sig.split('|').every((s) => norm.includes(s));
  // Campaign Monitor's reasons follow the BounceStudio taxonomy (esp-pages.md), in any UI language.
  const cmReasons = columns.reason !== undefined && all.slice(headerAt + 1, headerAt + 50).some((r) => CM_REASON.test(r[columns.reason!] ?? ''));
  const esp = SIGNATURES.find((s) => s.any.some(has))?.esp ?? (cmReasons ? 'campaign-monitor' : undefined);
  const bounceColumns = columns.type !== undefined || columns.reason !== undefined || columns.code !== undefined;
  if (!esp && !bounceColumns) return { ok: false, error: { kind: 'not-an-esp-export', detail: header.slice(0, 12).join(', ').slice(0, 200) } };
  const rows: BouncedAddress[] = [];
  let skipped = 0;
  const [ce, ct, cr, cc, cd] = [columns.email!, columns.type, columns.reason, columns.code, columns.date];
  const cell = (r: string[], at: number | undefined, max: number) => {
    if (at === undefined) return undefined;
    const v = r[at];
    if (!v) return undefined;
    const t = v.trim();
    return t ? (t.length > max ? t.slice(0, max) : t) : undefined;
  };
  for (let i = headerAt + 1; i < all.length; i++) {
    const r = all[i]!;
    if (r.length === 1 && !r[0]!.trim()) continue;
    let email = cell(r, ce, 320) ?? '';
    if (email.charCodeAt(0) === 109 /* m */ && /^mailto:/i.test(email)) email = email.slice(7);
    if (!EMAIL.test(email)) {
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
  if (rows.length === 0) return { ok: false, error: { kind: 'empty', detail: `${skipped}` } };
  const names: Partial<Record<Field, string>> = {};
  for (const [f, i] of Object.entries(columns)) names[f as Field] = header[i!];
  return { ok: true, file: { esp: esp ?? 'unrecognised', kind: bounceColumns ? 'bounces' : 'recipients', rows, columns: names, skipped } };
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
export function mergeBounces(page: readonly BouncedAddress[], file: readonly BouncedAddress[]): { rows: BouncedAddress[]; added: number; completed: number } {
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
