// Page figures go through zod (house-style.md "Page-specific code") and a plausibility check:
// impossible figures mean the layout changed, never a panel built on nonsense (issue 4).
import * as z from 'zod/mini';
import type { CampaignReport, ExtractResult } from './types';

const count = z.optional(z.int().check(z.nonnegative()));
const rate = z.optional(z.number().check(z.gte(0), z.lte(1)));
const ReportSchema = z.object({
  provider: z.enum(['mailchimp', 'activecampaign', 'campaign-monitor', 'manual']),
  campaignId: z.optional(z.string().check(z.maxLength(200))),
  campaignName: z.optional(z.string().check(z.maxLength(500))),
  subject: z.optional(z.string().check(z.maxLength(500))),
  sentAt: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/))),
  recipients: count,
  delivered: count,
  opens: z.optional(z.object({ unique: count, total: count, rate })),
  clicks: z.optional(z.object({ unique: count, total: count, rate })),
  bounces: z.optional(z.object({ total: count, hard: count, soft: count, rate })),
  unsubscribes: z.optional(z.object({ count, rate })),
  complaints: z.optional(z.object({ count, rate })),
  senderEmail: z.optional(z.string().check(z.maxLength(320))),
  mppExcluded: z.optional(z.boolean()),
  accountKey: z.optional(z.string().check(z.maxLength(300))),
  senderDomainHint: z.optional(z.string().check(z.maxLength(253))),
});

/** Drops undefined fields and empty groups so "absent" means absent. */
function prune<T>(value: T): T {
  if (Array.isArray(value) || value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const p = prune(v);
    if (p === undefined) continue;
    if (typeof p === 'object' && p !== null && !Array.isArray(p) && Object.keys(p).length === 0) continue;
    out[k] = p;
  }
  return out as T;
}

function get(report: CampaignReport, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], report);
}

/** Figures that cannot all be true at once, in plain words; empty when all is plausible. */
export function implausibilities(r: CampaignReport): string[] {
  const out: string[] = [];
  const rec = r.recipients;
  const over = (what: string, n: number | undefined, max: number | undefined, of: string) => {
    if (n !== undefined && max !== undefined && n > max) out.push(`${what} (${n}) exceed ${of} (${max})`);
  };
  over('bounces', r.bounces?.total, rec, 'recipients');
  over('deliveries', r.delivered, rec, 'recipients');
  over('unique opens', r.opens?.unique, r.delivered ?? rec, 'deliveries');
  over('unique clicks', r.clicks?.unique, r.delivered ?? rec, 'deliveries');
  over('unique opens', r.opens?.unique, r.opens?.total, 'total opens');
  over('unique clicks', r.clicks?.unique, r.clicks?.total, 'total clicks');
  const b = r.bounces;
  if (b?.hard !== undefined && b.soft !== undefined && b.total !== undefined && b.hard + b.soft > b.total)
    out.push(`hard (${b.hard}) plus soft (${b.soft}) bounces exceed all bounces (${b.total})`);
  if (rec !== undefined && r.delivered !== undefined && b?.total !== undefined && r.delivered + b.total > rec)
    out.push(`deliveries (${r.delivered}) plus bounces (${b.total}) exceed recipients (${rec})`);
  return out;
}

/** Validates a freshly read report; `required` are the paths without which it is no report. */
export function validateReport(raw: CampaignReport, required: string[]): ExtractResult<CampaignReport> {
  const report = prune(raw);
  const parsed = ReportSchema.safeParse(report);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: 'layout-changed', detail: `${issue.path.join('.')} read as an impossible value (${issue.code})` };
  }
  const bad = implausibilities(report);
  if (bad.length) return { ok: false, reason: 'layout-changed', detail: bad.join('; ') };
  const missing = required.filter((p) => get(report, p) === undefined);
  if (missing.length === required.length) return { ok: false, reason: 'layout-changed', missing };
  return missing.length ? { ok: true, value: report, notes: missing.map((m) => `could not read ${m}`) } : { ok: true, value: report };
}

/**
 * A reading that is most likely the page's first render, before its figures arrived
 * (esp-pages.md: numbers may render as 0 first): no recipients, or a send with not a single
 * open, click, bounce or unsubscribe.
 */
export function isPlaceholderReading(r: CampaignReport): boolean {
  if (!r.recipients) return true;
  const figures = [r.opens?.unique, r.clicks?.unique, r.bounces?.total, r.unsubscribes?.count, r.delivered];
  return figures.every((n) => n === undefined || n === 0);
}
