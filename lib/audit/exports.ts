// The audit's files (issue 14 §2): the cleaned list and the removed list (with reasons) for the
// CRM, written in the CRM's own columns plus ours; one CSV per segment that Mailchimp,
// ActiveCampaign and Campaign Monitor import as-is (an "Email Address" column, comma-separated,
// UTF-8 without BOM: each one's import format guidelines, sources.ts); and the send plan.
// Written record by record into sinks, so a million rows never sit in memory twice.
import { csvRecord } from '../export/csv';
import type { ColumnGuess } from '../import/columns';
import type { CsvLayout } from '../import/csv';
import type { AuditedRow } from './audit';
import type { RestartPlan } from './plan';
import { SEND_ORDER, type SegmentId } from './segments';

export interface ExportSink {
  write(text: string): void;
}
export type OpenSink = (fileName: string) => ExportSink;

export const CLEANED_FILE = 'cleaned.csv';
export const REMOVED_FILE = 'removed.csv';
export const PLAN_FILE = 'plan.csv';
/** Import columns per ESP (each one's import guidelines, sources.ts); the default suits all three. */
export type SegmentFormat = 'generic' | 'mailchimp' | 'activecampaign' | 'campaign-monitor';
const ESP_COLUMNS: Record<SegmentFormat, string[]> = {
  generic: ['Email Address', 'First Name', 'Last Name'],
  mailchimp: ['Email Address', 'First Name', 'Last Name'],
  activecampaign: ['Email', 'First Name', 'Last Name'],
  'campaign-monitor': ['Email Address', 'Name'],
};

/** "segment-1-customers-30.csv": the order it is sent in, then the segment id. */
export function segmentFileName(segment: SegmentId): string {
  const i = SEND_ORDER.indexOf(segment);
  return `segment-${i >= 0 ? i + 1 : segment === 'reconfirm' ? 0 : 9}-${segment}.csv`;
}

/** One CSV record, with the export module's quoting and formula neutralisation. */
const recordOf = (values: (string | undefined)[], delimiter: ',' | ';'): string => csvRecord(values, delimiter);

/** Writes every file as rows arrive; `close` writes the plan. CRM files use the given delimiter and BOM. */
export function createAuditExportWriter(
  open: OpenSink,
  layout: Pick<CsvLayout, 'headers' | 'hasHeader'>,
  guess: ColumnGuess,
  options: { delimiter: ',' | ';'; bom: boolean; format?: SegmentFormat },
) {
  const format = options.format ?? 'generic';
  const d = options.delimiter;
  const names = layout.headers.map((h, i) => (layout.hasHeader && h ? h : `column_${i + 1}`));
  const bom = options.bom ? '\uFEFF' : '';
  const cleaned = open(CLEANED_FILE);
  cleaned.write(bom + recordOf([...names, 'segment', 'provider'], d));
  const removed = open(REMOVED_FILE);
  removed.write(bom + recordOf(['email', 'reason', 'flags', 'suggestion', ...names], d));
  const segments = new Map<SegmentId, ExportSink>();
  const segmentSink = (s: SegmentId) => {
    let sink = segments.get(s);
    if (!sink) {
      sink = open(segmentFileName(s));
      sink.write(recordOf(ESP_COLUMNS[format], ','));
      segments.set(s, sink);
    }
    return sink;
  };
  const pad = (row: string[]) => names.map((_, i) => row[i]);
  return {
    /** Adds one data row with its verdict (rows without an address go nowhere). */
    add(row: string[], a: AuditedRow | undefined): void {
      if (!a) return;
      if (a.removed) {
        removed.write(recordOf([a.email, a.removed, a.flags.join(' '), a.suggestion, ...pad(row)], d));
        return;
      }
      cleaned.write(recordOf([...pad(row), a.segment, a.provider], d));
      if (a.segment && a.segment !== 'do-not-mail') {
        const first = guess.firstName !== undefined ? row[guess.firstName] : undefined;
        const last = guess.lastName !== undefined ? row[guess.lastName] : undefined;
        const nameCells =
          format === 'campaign-monitor' ? [[first, last].filter(Boolean).join(' ') || undefined] : [first, last];
        segmentSink(a.segment).write(recordOf([a.email, ...nameCells], ','));
      }
    },
    /** Writes the plan file; returns the names of every file written. */
    close(plan: RestartPlan): string[] {
      const p = open(PLAN_FILE);
      p.write(bom + recordOf(['send', 'day', 'volume', 'added', 'joins', 'growth', 'caps'], d));
      for (const s of plan.steps) {
        const joins = s.joins.map((j) => `${j.segment}:${j.count}`).join(' ');
        const caps = s.caps.map((c) => `${c.provider}<=${c.max}`).join(' ');
        p.write(
          recordOf(
            [
              String(s.n),
              String(s.day),
              String(s.volume),
              String(s.added),
              joins,
              s.growth === undefined ? '' : s.growth.toFixed(3),
              caps,
            ],
            d,
          ),
        );
      }
      return [CLEANED_FILE, REMOVED_FILE, ...[...segments.keys()].map(segmentFileName).sort(), PLAN_FILE];
    },
  };
}
