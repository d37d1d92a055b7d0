// One list audit end to end, shared by the extension page and the command line: pass 1 over the
// file, one MX lookup per distinct domain (24 in flight, big providers known without a lookup,
// knowledge.md §7), the summary and the plan; pass 2 streams each row's verdict to the exports.
import type { Resolver } from '../dns/types';
import { checkDomainsLiveness, type DomainLiveness } from '../hygiene/domain-dead';
import type { ByteSource } from '../import/bytes';
import { csvRows, type CsvLayout } from '../import/csv';
import {
  createListAuditor,
  createRowJudge,
  needsLookup,
  type AuditColumns,
  type AuditedRow,
  type AuditSummary,
} from './audit';
import { buildRestartPlan, type RestartPlan } from './plan';

export type AuditProgress = { phase: 'read'; rows: number } | { phase: 'dns'; done: number; total: number };

export interface AuditRun {
  summary: AuditSummary;
  plan: RestartPlan;
  liveness?: Map<string, DomainLiveness>;
  /** True when the run was cancelled: the figures cover what was read and looked up so far. */
  aborted: boolean;
}

/** DNS concurrency of the audit (issue 14: 16–32 in flight). */
export const AUDIT_DNS_CONCURRENCY = 24;

/** Reads the file once, looks the domains up, and gives the summary and the plan. */
export async function runListAudit(
  source: ByteSource,
  layout: CsvLayout,
  columns: AuditColumns,
  options: {
    now: number;
    resolver?: Resolver;
    signal?: AbortSignal;
    onProgress?: (p: AuditProgress) => void;
    concurrency?: number;
  },
): Promise<AuditRun> {
  const auditor = createListAuditor({ columns, now: options.now });
  let rows = 0;
  for await (const batch of csvRows(source, layout, options.signal)) {
    for (const r of batch) auditor.add(r);
    rows += batch.length;
    options.onProgress?.({ phase: 'read', rows });
  }
  let liveness: Map<string, DomainLiveness> | undefined;
  if (options.resolver && !options.signal?.aborted) {
    const domains = auditor.domains().filter(needsLookup);
    liveness = await checkDomainsLiveness(domains, options.resolver, {
      concurrency: options.concurrency ?? AUDIT_DNS_CONCURRENCY,
      signal: options.signal,
      onProgress: (done, total) => options.onProgress?.({ phase: 'dns', done, total }),
    });
  }
  const summary = auditor.finish(liveness);
  const plan = buildRestartPlan({ segments: summary.segments, providers: summary.providers, removed: summary.removed });
  return { summary, plan, ...(liveness ? { liveness } : {}), aborted: !!options.signal?.aborted };
}

/** Pass 2: every data row with its final verdict, in batches, in file order. */
export async function* auditedRows(
  source: ByteSource,
  layout: CsvLayout,
  columns: AuditColumns,
  options: { now: number; liveness?: Map<string, DomainLiveness>; signal?: AbortSignal },
): AsyncGenerator<{ row: string[]; audited: AuditedRow | undefined }[]> {
  const judge = createRowJudge({ columns, now: options.now }, options.liveness);
  for await (const batch of csvRows(source, layout, options.signal))
    yield batch.map((row) => ({ row, audited: judge(row) }));
}
