// The clean-up list for the CRM (issue 7 §3): one row per bounced address with the triage, the
// hygiene flags and what to do. Pure: the DNS liveness of domains comes in as a map.
import { classifyBounce, enhancedCode, espDisagreement } from '../bounces/classify';
import { createHygieneChecker, type HygieneFlag } from '../hygiene/flags';
import type { DomainLiveness } from '../hygiene/domain-dead';
import type { BouncedAddress } from '../esp/types';
import { csvRecords, toCsv } from './csv';

export const EXPORT_COLUMNS = ['email', 'flag', 'category', 'sub_reason', 'esp_type', 'code', 'reason', 'suggestion', 'campaign', 'date', 'action'] as const;
export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | undefined> & { disagreement?: string };

export type Action = 'remove in CRM' | 'fix typo' | 'retry later' | 'check authentication' | 'pause and review sending' | 'check individually';

function actionFor(category: string, subReason: string, flags: HygieneFlag[]): Action {
  if (flags.includes('typo')) return 'fix typo';
  if (flags.includes('syntax') || flags.includes('domain-dead') || category === 'hard') return 'remove in CRM';
  if (category === 'blocked') return subReason === 'auth' ? 'check authentication' : 'pause and review sending';
  if (category === 'deferred' && subReason === 'reputation') return 'pause and review sending'; // knowledge.md §6 rule 3
  if (category === 'soft' || category === 'deferred') return 'retry later';
  return 'check individually';
}

/** One export row per bounced address, in the order given. */
export function buildExportRows(items: BouncedAddress[], options: { campaign?: string; liveness?: Map<string, DomainLiveness> } = {}): ExportRow[] {
  return [...exportRows(items, options)];
}

/** The export rows one at a time, for lists too long to hold twice (1,000,000 rows streamed). */
export function* exportRows(items: Iterable<BouncedAddress>, options: { campaign?: string; liveness?: Map<string, DomainLiveness> } = {}): Generator<ExportRow> {
  const hygiene = createHygieneChecker();
  for (const b of items) yield rowFor(b, hygiene, options);
}

function rowFor(b: BouncedAddress, hygiene: ReturnType<typeof createHygieneChecker>, options: { campaign?: string; liveness?: Map<string, DomainLiveness> }): ExportRow {
  const h = hygiene.check(b.email);
  const domain = b.email.slice(b.email.lastIndexOf('@') + 1).toLowerCase();
  if (options.liveness?.get(domain)?.state === 'dead') h.flags.push('domain-dead');
  const c = classifyBounce({ espType: b.espType, code: b.code, reason: b.reason });
  const disagreement = espDisagreement(b.espType, c);
  return {
    email: h.email,
    flag: h.flags.join(' '),
    category: c.category,
    sub_reason: c.subReason,
    esp_type: b.espType,
    code: b.code ?? enhancedCode(b.reason),
    reason: b.reason,
    suggestion: h.suggestion,
    campaign: options.campaign,
    date: b.date,
    action: actionFor(c.category, c.subReason, h.flags),
    ...(disagreement ? { disagreement } : {}),
  };
}

/** The CSV of export rows. */
export function exportCsv(rows: ExportRow[], options: { delimiter?: ',' | ';'; bom?: boolean } = {}): string {
  return toCsv(rows, [...EXPORT_COLUMNS], options);
}

/** "mailchimp-lente-actie-2026-2026-11-30-bounces.csv": the ESP, the campaign and the date. */
export function exportFileName(esp: string, campaign: string | undefined, date: Date): string {
  const slug = (campaign ?? 'campaign')
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
  byAction: Record<string, number>;
  suppression: string;
  disagreements: number;
}

/**
 * The whole export in one pass: rows are triaged, written and counted one at a time, never held
 * as a list (a 100,000-address export stays within its memory budget, BENCHMARKS.md).
 */
export function writeExport(
  items: Iterable<BouncedAddress>,
  options: { campaign?: string; liveness?: Map<string, DomainLiveness>; delimiter?: ',' | ';'; bom?: boolean } = {},
): WrittenExport {
  let rows = 0;
  let disagreements = 0;
  const byAction: Record<string, number> = {};
  const suppress: string[] = [];
  const counted = function* () {
    for (const r of exportRows(items, options)) {
      rows++;
      byAction[r.action!] = (byAction[r.action!] ?? 0) + 1;
      if (r.disagreement) disagreements++;
      if (r.action === 'remove in CRM' && !r.flag?.includes('syntax')) suppress.push(r.email!);
      yield r;
    }
  };
  let csv = '';
  for (const record of csvRecords(counted(), [...EXPORT_COLUMNS], options)) csv += record;
  return { csv, rows, byAction, suppression: suppress.join('\n'), disagreements };
}
