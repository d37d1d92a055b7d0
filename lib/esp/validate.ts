// Cross-checks before anything is shown (issue 17 §2). Page figures go through zod
// (house-style.md "Page-specific code"); then every figure that cannot be true beside the others
// is left out and named as a note, never shown: counts are non-negative integers, bounces never
// exceed recipients, and a shown rate must match its counts for a known denominator within the
// page's rounding (esp-pages.md "General": a rate can be over recipients, delivered or opens).
import * as z from 'zod/mini';
import { ADAPTER_ESP_IDS } from './providers';
import type { CampaignReport, EspNote, ExtractResult } from './types';

const count = z.optional(z.int().check(z.nonnegative()));
const rate = z.optional(z.number().check(z.gte(0), z.lte(1)));
const ReportSchema = z.object({
  provider: z.enum([...ADAPTER_ESP_IDS, 'manual']),
  campaignId: z.optional(z.string().check(z.maxLength(200))),
  campaignName: z.optional(z.string()),
  subject: z.optional(z.string()),
  sentAt: z.optional(
    z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/)),
  ),
  recipients: count,
  delivered: count,
  opens: z.optional(z.object({ unique: count, total: count, rate })),
  clicks: z.optional(z.object({ unique: count, total: count, rate, toOpenRate: rate })),
  bounces: z.optional(z.object({ total: count, hard: count, soft: count, rate })),
  unsubscribes: z.optional(z.object({ count, rate })),
  complaints: z.optional(z.object({ count, rate })),
  senderEmail: z.optional(z.string().check(z.maxLength(320))),
  senderName: z.optional(z.string()),
  mppExcluded: z.optional(z.boolean()),
  accountKey: z.optional(z.string().check(z.maxLength(300))),
  senderDomainHint: z.optional(z.string().check(z.maxLength(253))),
});

/** Longest name, subject or sender name kept; longer ones are cut, never a reason to drop figures. */
export const MAX_TEXT = 300;
const COUNT_PATHS = [
  'recipients',
  'delivered',
  'opens.unique',
  'opens.total',
  'clicks.unique',
  'clicks.total',
  'bounces.total',
  'bounces.hard',
  'bounces.soft',
  'unsubscribes.count',
  'complaints.count',
];
const RATE_PATHS = [
  'opens.rate',
  'clicks.rate',
  'clicks.toOpenRate',
  'bounces.rate',
  'unsubscribes.rate',
  'complaints.rate',
];

/** Drops undefined fields and empty groups so "absent" means absent. */
export function prune<T>(value: T): T {
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

/** The value at a dotted path ('bounces.rate'). */
export function getPath(report: object, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], report);
}

function dropPath(report: Record<string, unknown>, path: string): void {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (tail === undefined) delete report[head];
  else if (report[head] && typeof report[head] === 'object') delete (report[head] as Record<string, unknown>)[tail];
}

const num = (r: object, p: string) => getPath(r, p) as number | undefined;

/**
 * Does a shown rate fit count ÷ of, within the page's rounding? The one rule for the adapters and
 * teach mode (lib/teach/checks.ts). A rate printed with d decimals ("19.6%", esp-pages.md
 * "General") is the true rate rounded, so it lies within half a unit of its last decimal; a whole
 * unit would only be needed by an ESP that truncates, and neither esp-pages.md nor knowledge.md
 * records one. `decimals` as the page printed them when known (teach mode reads them from the
 * text); else inferred from the value, which can only give fewer decimals than were shown (a
 * trailing zero is lost: "20.0%" reads as 0.2), so a wider margin and never a true rate refused.
 * 0 % of nothing fits.
 */
export function rateFits(shown: number, count: number, of: number, decimals?: number): boolean {
  if (of <= 0) return count === 0 && shown === 0;
  const pct = shown * 100;
  const d = decimals ?? Math.min(3, (String(Math.round(pct * 1e6) / 1e6).split('.')[1] ?? '').length);
  return Math.abs(pct - (count / of) * 100) <= 0.5 * 10 ** -d + 1e-9;
}

function denominators(r: CampaignReport, path: string): number[] {
  const rec = r.recipients;
  const delivered =
    r.delivered ?? (rec !== undefined && r.bounces?.total !== undefined ? rec - r.bounces.total : undefined);
  const pick = (...xs: (number | undefined)[]) => xs.filter((x): x is number => x !== undefined);
  if (path === 'bounces.rate') return pick(rec);
  if (path === 'clicks.toOpenRate') return pick(r.opens?.unique);
  return pick(delivered, rec);
}

const RATE_COUNT: Record<string, string> = {
  'opens.rate': 'opens.unique',
  'clicks.rate': 'clicks.unique',
  'clicks.toOpenRate': 'clicks.unique',
  'bounces.rate': 'bounces.total',
  'unsubscribes.rate': 'unsubscribes.count',
  'complaints.rate': 'complaints.count',
};

/**
 * Leaves out every figure that cannot be true beside the others and names it. Pure: returns a
 * new report and the notes; a figure whose counterpart is unknown is kept (it cannot be checked).
 */
export function crossCheck(input: CampaignReport): { report: CampaignReport; notes: EspNote[] } {
  const r = structuredClone(prune(input)) as CampaignReport & Record<string, unknown>;
  const notes: EspNote[] = [];
  for (const p of COUNT_PATHS) {
    const v = getPath(r, p);
    if (v !== undefined && !(typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)) {
      dropPath(r, p);
      notes.push({ id: 'impossible-value', params: { figure: p } });
    }
  }
  for (const p of RATE_PATHS) {
    const v = getPath(r, p);
    if (v !== undefined && !(typeof v === 'number' && v >= 0 && v <= 1)) {
      dropPath(r, p);
      notes.push({ id: 'impossible-value', params: { figure: p } });
    }
  }
  for (const field of ['campaignName', 'subject', 'senderName'] as const) {
    const v = r[field];
    if (typeof v === 'string' && v.length > MAX_TEXT) {
      r[field] = `${Array.from(v)
        .slice(0, MAX_TEXT - 1)
        .join('')}…`;
      notes.push({ id: 'truncated', params: { field, length: v.length } });
    }
  }
  // Counts that exceed what contains them: the larger one is not the campaign's (or the page
  // changed); it is left out with its rate. Bounces over recipients drops the whole bounce group.
  const exceeds = (figure: string, limit: string, max: number | undefined, drop: string[]) => {
    const value = num(r, figure);
    if (value === undefined || max === undefined || value <= max) return;
    notes.push({ id: 'exceeds', params: { figure, value, limit, max } });
    for (const d of drop) dropPath(r, d);
  };
  exceeds('bounces.total', 'recipients', r.recipients, ['bounces']);
  exceeds('delivered', 'recipients', r.recipients, ['delivered']);
  const b = r.bounces;
  if (b?.hard !== undefined && b.soft !== undefined && b.total !== undefined && b.hard + b.soft > b.total) {
    notes.push({
      id: 'exceeds',
      params: { figure: 'bounces.hard+soft', value: b.hard + b.soft, limit: 'bounces.total', max: b.total },
    });
    delete b.hard;
    delete b.soft;
  }
  if (
    r.delivered !== undefined &&
    r.recipients !== undefined &&
    r.bounces?.total !== undefined &&
    r.delivered + r.bounces.total > r.recipients
  ) {
    notes.push({
      id: 'exceeds',
      params: {
        figure: 'delivered+bounces',
        value: r.delivered + r.bounces.total,
        limit: 'recipients',
        max: r.recipients,
      },
    });
    delete r.delivered;
  }
  exceeds('opens.unique', 'opens.total', r.opens?.total, ['opens.unique']);
  exceeds('clicks.unique', 'clicks.total', r.clicks?.total, ['clicks.unique']);
  exceeds('opens.unique', 'recipients', r.delivered ?? r.recipients, ['opens.unique', 'opens.rate']);
  exceeds('clicks.unique', 'recipients', r.delivered ?? r.recipients, [
    'clicks.unique',
    'clicks.rate',
    'clicks.toOpenRate',
  ]);
  exceeds('unsubscribes.count', 'recipients', r.recipients, ['unsubscribes']);
  exceeds('complaints.count', 'recipients', r.recipients, ['complaints']);
  for (const p of RATE_PATHS) {
    const shown = num(r, p);
    const c = num(r, RATE_COUNT[p]!);
    if (shown === undefined || c === undefined) continue;
    const ofs = denominators(r, p);
    if (ofs.length === 0 || ofs.some((of) => rateFits(shown, c, of))) continue;
    dropPath(r, p);
    notes.push({ id: 'rate-mismatch', params: { figure: p, shown, count: c, of: ofs[0]! } });
  }
  return { report: prune(r), notes };
}

/** Validates a freshly read report; `required` are the paths without which it is no report. */
export function validateReport(
  raw: CampaignReport,
  required: string[],
  readNotes: EspNote[] = [],
): ExtractResult<CampaignReport> {
  const { report, notes } = crossCheck(raw);
  const parsed = ReportSchema.safeParse(report);
  if (!parsed.success) {
    const figure = parsed.error.issues[0]!.path.join('.');
    return {
      ok: false,
      reason: 'layout-changed',
      problems: [...readNotes, ...notes, { id: 'impossible-value', params: { figure } }],
    };
  }
  const all = [...readNotes, ...notes];
  const missing = required.filter((p) => getPath(report, p) === undefined);
  if (required.length && missing.length === required.length)
    return { ok: false, reason: 'layout-changed', missing, ...(all.length ? { problems: all } : {}) };
  // A figure already named (refused, left out) is not named a second time as missing.
  const named = new Set(all.map((n) => ('figure' in n.params ? n.params.figure : '')));
  all.push(
    ...missing.filter((f) => !named.has(f)).map((figure): EspNote => ({ id: 'missing-figure', params: { figure } })),
  );
  return all.length ? { ok: true, value: report, notes: all } : { ok: true, value: report };
}

/**
 * A reading that is most likely the page's first render, before its figures arrived
 * (esp-pages.md: numbers may render as 0 first): no count at all, or every count 0.
 */
export function isPlaceholderReading(r: CampaignReport): boolean {
  const counts = COUNT_PATHS.map((p) => num(r, p)).filter((n) => n !== undefined);
  return counts.every((n) => n === 0);
}
