// `deliverability-lens audit <file.csv>` (api-contract.md "Command line", issue 14 §3): the same
// lib/ code as the extension page. Pass 1 and the DNS lookups give the summary and the plan; pass 2
// streams the rows to --json and to the --out files, so a million-row file stays within 300 MB.
import { statSync, createReadStream } from 'node:fs';
import type { Resolver } from '../dns/types';
import type { ByteSource } from '../import/bytes';
import { findColumn, type ColumnRole } from '../import/columns';
import { inspectCsv, type CsvLayout, type ImportError } from '../import/csv';
import { auditedRows, runListAudit } from '../audit/run';
import type { AuditColumns } from '../audit/audit';
import { createAuditExportWriter, type SegmentFormat } from '../audit/exports';
import { auditTexts } from '../i18n/audit';
import type { Lang } from '../i18n';
import { createStagedOutput } from './out-dir';
import { createProgressBar } from './progress';
import { renderAuditHuman } from './render-audit';

export interface AuditCommandOptions {
  file: string;
  json: boolean;
  lang: Lang;
  column?: string;
  roleColumns?: Partial<Record<Exclude<ColumnRole, 'email' | 'firstName' | 'lastName'>, string>>;
  out?: string;
  esp?: SegmentFormat;
  /** "Today" for the segments (ISO date), for reproducible runs; the real date otherwise. */
  today?: string;
}

export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  stderrIsTTY?: boolean;
}

/** A file read in 64 KB pieces (they parse fastest), re-readable for the second pass. */
export function fileSource(path: string): ByteSource {
  return async function* () {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 })) yield new Uint8Array(chunk as Buffer);
  };
}

function columnsFrom(layout: CsvLayout, o: AuditCommandOptions): AuditColumns | ImportError {
  const g = layout.guess;
  const pick = (wanted: string | undefined, guess: number | undefined) =>
    wanted === undefined ? guess : findColumn(layout.headers, wanted);
  const email = pick(o.column, g.email);
  if (o.column !== undefined && email === undefined)
    return { kind: 'column-not-found', column: o.column, headers: layout.headers };
  if (email === undefined) return { kind: 'no-email-column', headers: layout.headers };
  const cols: AuditColumns = { email };
  for (const role of ['lastActivity', 'created', 'lastOrder', 'customer'] as const) {
    const wanted = o.roleColumns?.[role];
    const i = pick(wanted, g[role]);
    if (wanted !== undefined && i === undefined)
      return { kind: 'column-not-found', column: wanted, headers: layout.headers };
    if (i !== undefined && i !== email) cols[role] = i;
  }
  return cols;
}

/** Runs the audit; returns the exit code (0 nothing wrong, 1 problems found, 2 could not check). */
export async function runAuditCommand(
  o: AuditCommandOptions,
  io: CliIo,
  resolver: Resolver | undefined,
): Promise<number> {
  const t = auditTexts(o.lang);
  let size = 0;
  try {
    size = statSync(o.file).size;
  } catch (e) {
    io.stderr(`${t.error({ kind: 'read-failed', message: (e as NodeJS.ErrnoException).code ?? String(e) })}\n`);
    return 2;
  }
  let read = 0;
  const base = fileSource(o.file);
  const counted: ByteSource = async function* () {
    for await (const c of base()) {
      read += c.length;
      yield c;
    }
  };
  const inspected = await inspectCsv(base);
  if (!inspected.ok) {
    io.stderr(`${t.error(inspected.error)}\n`);
    return 2;
  }
  const layout = inspected.layout;
  const columns = columnsFrom(layout, o);
  if ('kind' in columns) {
    io.stderr(`${t.error(columns)}\n`);
    return 2;
  }
  const now = o.today ? Date.parse(`${o.today}T00:00:00Z`) : Date.now();
  const bar = createProgressBar(io.stderr, !!io.stderrIsTTY);
  const run = await runListAudit(counted, layout, columns, {
    now,
    resolver,
    onProgress: (p) =>
      p.phase === 'read'
        ? bar.update(size ? read / size : 0, t.readRows(p.rows))
        : bar.update(p.total ? p.done / p.total : 1, t.dnsDone(p.done, p.total)),
  });
  bar.done();
  const { summary, plan } = run;
  // Every lookup failed: the resolver is unreachable, nothing about the domains could be checked.
  if (resolver && summary.domains.lookedUp > 0 && summary.domains.unknown === summary.domains.lookedUp) {
    io.stderr(`${t.cli.resolverUnreachable}\n`);
    return 2;
  }
  const staged = o.out ? createStagedOutput(o.out) : undefined;
  try {
    const writer = staged
      ? createAuditExportWriter(staged.open, layout, layout.guess, {
          delimiter: t.csvDelimiter as ',' | ';',
          bom: true,
          ...(o.esp ? { format: o.esp } : {}),
        })
      : undefined;
    if (o.json) io.stdout('{"rows":[');
    let first = true;
    if (o.json || writer) {
      for await (const batch of auditedRows(base, layout, columns, { now, liveness: run.liveness })) {
        let chunk = '';
        for (const { row, audited } of batch) {
          writer?.add(row, audited);
          if (!o.json || !audited) continue;
          const r = {
            email: audited.email,
            flags: audited.flags,
            ...(audited.suggestion ? { suggestion: audited.suggestion } : {}),
            ...(audited.provider ? { provider: audited.provider } : {}),
            ...(audited.segment ? { segment: audited.segment } : {}),
            ...(audited.removed ? { removed: audited.removed } : {}),
          };
          chunk += (first ? '\n' : ',\n') + JSON.stringify(r);
          first = false;
        }
        if (chunk) io.stdout(chunk);
      }
    }
    const files = writer?.close(plan);
    staged?.commit();
    if (o.json)
      io.stdout(
        `\n],"summary":${JSON.stringify({ ...summary, encoding: layout.encoding, delimiter: layout.delimiter })},"plan":${JSON.stringify(plan)}${files ? `,"files":${JSON.stringify(files)}` : ''}}\n`,
      );
    else
      io.stdout(renderAuditHuman(summary, plan, o.lang, files && staged ? { dir: staged.target, files } : undefined));
  } catch (e) {
    staged?.discard();
    io.stderr(`${t.cli.outFailed} ${(e as Error).message}\n`);
    return 2;
  }
  return summary.findings.some((f) => f.severity === 'critical' || f.severity === 'warning') ? 1 : 0;
}
