// The clean-up list for the CRM (issue 7 §3, issue 13 §5 §8, issue 17 §4): one row per bounced
// address with the triage, the hygiene flags, who hosts it and what to do, and the coverage of
// the list on every row. Rows hold ids; the words (headers and values, en/nl/fr) come from
// lib/i18n/lists.ts at write time. Pure: DNS facts about domains come in as maps.
import { classifyBounce, enhancedCode, espDisagreement } from '../bounces/classify';
import { createHygieneChecker } from '../hygiene/flags';
import type { DomainLiveness } from '../hygiene/domain-dead';
import type { BouncedAddress } from '../esp/types';
import { listTexts, type ActionId, type ExportCategory, type ExportColumn, type ListTexts } from '../i18n/lists';
import type { Lang } from '../i18n';
import { csvRecords } from './csv';

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  'email',
  'flag',
  'category',
  'sub_reason',
  'esp_type',
  'code',
  'reason',
  'suggestion',
  'provider',
  'campaign',
  'date',
  'action',
  'coverage',
];

/** One row, values as ids (category, sub_reason, action, flags), except the address and texts read. */
export type ExportRow = Partial<Record<ExportColumn, string>> & {
  email: string;
  category: ExportCategory;
  action: ActionId;
  disagreement?: string;
};

/** How much of the campaign's bounce list the export holds ("10 of 392 — incomplete"). */
export interface Coverage {
  read: number;
  stated?: number;
  complete: boolean;
}

export interface ExportOptions {
  /**
   * Whether a disposable list carries a recipient domain (A-label form): lib/hygiene/disposable.ts
   * where the list is at hand, the background's answers in the panel (local-export.ts).
   */
  isDisposable: (asciiDomain: string) => boolean;
  campaign?: string;
  liveness?: Map<string, DomainLiveness>;
  /** Mailbox provider id per recipient domain (knowledge.md §7), from one MX lookup per domain. */
  providers?: Map<string, string>;
  coverage?: Coverage;
  /** The file's language: its disagreement column is worded in it like every other (default English). */
  lang?: Lang;
}

// knowledge.md §6 rule 3: reputation deferrals are weighed with the blocks, never "retry later".
// (lib/bounces/classify.ts gives them sub-reason 'reputation'; the codes are named here too until
// that lands everywhere.)
const REPUTATION_DEFERRAL = /\b4\.7\.(28|650|651)\b|\bTSS04\b|\bS775\b|\bS3114\b/i;

function actionFor(category: ExportCategory, subReason: string, flags: string[], reputation: boolean): ActionId {
  if (flags.includes('typo')) return 'fix-typo';
  if (flags.includes('syntax') || flags.includes('domain-dead') || category === 'hard') return 'remove';
  if (category === 'not-read') return 'read-reason';
  if (category === 'blocked') return subReason === 'auth' ? 'check-auth' : 'pause-sending';
  if (category === 'deferred' && (reputation || subReason === 'reputation')) return 'pause-sending';
  if (category === 'soft' || category === 'deferred') return 'retry-later';
  return 'check-individually';
}

/** The domain part of an address, lower-cased ('' when there is none). */
export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0
    ? ''
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

/** One export row per bounced address, in the order given. */
export function buildExportRows(items: BouncedAddress[], options: ExportOptions): ExportRow[] {
  return [...exportRows(items, options)];
}

/** The export rows one at a time, for lists too long to hold twice (1,000,000 rows streamed). */
export function* exportRows(items: Iterable<BouncedAddress>, options: ExportOptions): Generator<ExportRow> {
  const hygiene = createHygieneChecker(options.isDisposable);
  for (const b of items) yield rowFor(b, hygiene, options);
}

function rowFor(
  b: BouncedAddress,
  hygiene: ReturnType<typeof createHygieneChecker>,
  options: ExportOptions,
): ExportRow {
  const h = hygiene.check(b.email);
  const domain = domainOf(b.email);
  if (options.liveness?.get(domain)?.state === 'dead') h.flags.push('domain-dead');
  // Issue 13 §5: no reason, no guess. Without a code or reason only the ESP's own "hard" is taken
  // at its word (the ESP suppresses those anyway); anything else is "reason not read".
  const read = Boolean(b.code?.trim() || b.reason?.trim());
  const c = read ? classifyBounce({ espType: b.espType, code: b.code, reason: b.reason }) : undefined;
  const category: ExportCategory = c
    ? c.category
    : b.espType === 'hard' || b.espType === 'syntax'
      ? 'hard'
      : 'not-read';
  const subReason = c ? c.subReason : 'reason-not-read';
  const reputation = c?.subReason === 'reputation' || REPUTATION_DEFERRAL.test(`${b.code ?? ''} ${b.reason ?? ''}`);
  const disagreement = c ? espDisagreement(b.espType, c, options.lang) : undefined;
  return {
    email: h.email,
    flag: h.flags.join(' '),
    category,
    sub_reason: subReason,
    esp_type: b.espType,
    code: b.code ?? enhancedCode(b.reason),
    reason: b.reason,
    suggestion: h.suggestion,
    provider: options.providers?.get(domain),
    campaign: options.campaign,
    date: b.date,
    action: actionFor(category, subReason, h.flags, reputation),
    ...(disagreement ? { disagreement } : {}),
  };
}

/** A row with its ids turned into the words of the language, the file's coverage on every row. */
export function localizeRow(r: ExportRow, t: ListTexts, coverageText?: string): Record<string, string | undefined> {
  return {
    ...r,
    flag: r.flag
      ? r.flag
          .split(' ')
          .map((f) => t.csv.flag[f] ?? f)
          .join(' ')
      : r.flag,
    category: t.csv.category[r.category],
    sub_reason: r.sub_reason ? (t.csv.subReason[r.sub_reason] ?? r.sub_reason) : undefined,
    esp_type: r.esp_type ? (t.csv.espType[r.esp_type] ?? r.esp_type) : undefined,
    action: t.csv.action[r.action],
    coverage: coverageText,
  };
}

/** The words of a coverage ("392 of 392", "10 of 392 — incomplete"). */
export function coverageText(c: Coverage, lang: Lang): string {
  return listTexts(lang).csv.coverage(c.read, c.stated, c.complete, lang);
}

/** The CSV of export rows, headers and values in the language. */
export function exportCsv(
  rows: ExportRow[],
  options: { delimiter?: ',' | ';'; bom?: boolean; lang?: Lang; coverage?: Coverage } = {},
): string {
  let out = '';
  for (const r of csvRecordsOf(rows, options)) out += r;
  return out;
}

function* csvRecordsOf(
  rows: Iterable<ExportRow>,
  options: { delimiter?: ',' | ';'; bom?: boolean; lang?: Lang; coverage?: Coverage },
) {
  const lang = options.lang ?? 'en';
  const t = listTexts(lang);
  const cov = options.coverage ? coverageText(options.coverage, lang) : undefined;
  const localized = function* () {
    for (const r of rows) yield localizeRow(r, t, cov);
  };
  yield* csvRecords(localized(), [...EXPORT_COLUMNS], {
    ...options,
    headers: EXPORT_COLUMNS.map((c) => t.csv.headers[c]),
  });
}

/** "mailchimp-lente-actie-2026-2026-11-30-bounces.csv": the ESP, the campaign and the date. */
export function exportFileName(esp: string, campaign: string | undefined, date: Date): string {
  const slug =
    (campaign ?? 'campaign')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'campaign';
  return `${esp}-${slug}-${date.toISOString().slice(0, 10)}-bounces.csv`;
}

export interface WrittenExport {
  csv: string;
  rows: number;
  byAction: Partial<Record<ActionId, number>>;
  suppression: string;
  disagreements: number;
  /** Rows without a read reason (issue 13 §5): said in the panel, "reason not read" in the file. */
  reasonsMissing: number;
  /** The coverage the file states, in words. */
  coverage?: string;
}

/**
 * The whole export in one pass: rows are triaged, written and counted one at a time, never held
 * as a list (a 100,000-address export stays within its memory budget, BENCHMARKS.md).
 */
export function writeExport(
  items: Iterable<BouncedAddress>,
  options: ExportOptions & { delimiter?: ',' | ';'; bom?: boolean },
): WrittenExport {
  let rows = 0;
  let disagreements = 0;
  let reasonsMissing = 0;
  const byAction: Partial<Record<ActionId, number>> = {};
  const suppress: string[] = [];
  const counted = function* () {
    for (const r of exportRows(items, options)) {
      rows++;
      byAction[r.action] = (byAction[r.action] ?? 0) + 1;
      if (r.disagreement) disagreements++;
      if (r.sub_reason === 'reason-not-read') reasonsMissing++;
      if (r.action === 'remove' && !r.flag?.includes('syntax')) suppress.push(r.email);
      yield r;
    }
  };
  const parts: string[] = [];
  for (const record of csvRecordsOf(counted(), options)) parts.push(record);
  const lang = options.lang ?? 'en';
  return {
    csv: parts.join(''),
    rows,
    byAction,
    suppression: suppress.join('\n'),
    disagreements,
    reasonsMissing,
    ...(options.coverage ? { coverage: coverageText(options.coverage, lang) } : {}),
  };
}
