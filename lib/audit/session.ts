// The list audit where the file is read (issue 14 "Speed and memory"): in the extension page, the
// dropped File is streamed in slices twice — never sent to the background as one message — and
// the exports are built as Blobs from many small strings, so a big list costs no message size
// limit and no second copy through a message round trip.
import type { Resolver } from '../dns/types';
import { blobSource } from '../import/bytes';
import type { CsvLayout } from '../import/csv';
import type { AuditColumns, AuditedRow } from './audit';
import { createAuditExportWriter, type SegmentFormat } from './exports';
import { auditedRows, runListAudit, type AuditProgress, type AuditRun } from './run';

export interface AuditFileResult {
  run: AuditRun;
  /** The first flagged rows (at most `flaggedLimit`), for the table on the page. */
  flagged: AuditedRow[];
  /** Every export, as Blobs ready for a download link. */
  files: { name: string; blob: Blob }[];
}

/** Audits a dropped file and builds its exports. */
export async function auditFile(
  file: Blob,
  layout: CsvLayout,
  columns: AuditColumns,
  options: {
    now: number;
    resolver?: Resolver;
    signal?: AbortSignal;
    onProgress?: (p: AuditProgress) => void;
    delimiter: ',' | ';';
    bom: boolean;
    format?: SegmentFormat;
    flaggedLimit?: number;
  },
): Promise<AuditFileResult> {
  const source = blobSource(file);
  const run = await runListAudit(source, layout, columns, options);
  const parts = new Map<string, string[]>();
  const writer = createAuditExportWriter(
    (name) => {
      const list: string[] = [];
      parts.set(name, list);
      return {
        write: (s) => {
          list.push(s);
          // Many small strings cost more than a few large ones: fold them every 4,096 records.
          if (list.length >= 4096) list.splice(0, list.length, list.join(''));
        },
      };
    },
    layout,
    layout.guess,
    { delimiter: options.delimiter, bom: options.bom, ...(options.format ? { format: options.format } : {}) },
  );
  const flagged: AuditedRow[] = [];
  const limit = options.flaggedLimit ?? 200;
  for await (const batch of auditedRows(source, layout, columns, {
    now: options.now,
    liveness: run.liveness,
    signal: options.signal,
  })) {
    for (const { row, audited } of batch) {
      writer.add(row, audited);
      if (audited && audited.flags.length && flagged.length < limit) flagged.push(audited);
    }
  }
  const names = writer.close(run.plan);
  return {
    run,
    flagged,
    files: names.map((name) => ({ name, blob: new Blob(parts.get(name)!, { type: 'text/csv;charset=utf-8' }) })),
  };
}
