// The stored shape of one history entry (issue 5 §5, issue 11 §4): figures only. Pure, so the
// "one bad entry is dropped alone" rule is tested in node.
import * as z from 'zod/mini';
import type { HistoryEntry } from '../history/entries';
import { MAX_PER_ACCOUNT } from '../history/entries';

const Count = z.optional(z.number().check(z.gte(0)));
const Rate = z.optional(z.number().check(z.gte(0), z.lte(1)));

export const HistoryEntrySchema = z.object({
  provider: z.string().check(z.maxLength(40)),
  campaignId: z.optional(z.string().check(z.maxLength(200))),
  sentAt: z.optional(z.string().check(z.maxLength(40))),
  recipients: Count,
  delivered: Count,
  opens: z.optional(z.object({ unique: Count, total: Count, rate: Rate })),
  clicks: z.optional(z.object({ unique: Count, total: Count, rate: Rate, toOpenRate: Rate })),
  bounces: z.optional(z.object({ total: Count, hard: Count, soft: Count, rate: Rate })),
  unsubscribes: z.optional(z.object({ count: Count, rate: Rate })),
  complaints: z.optional(z.object({ count: Count, rate: Rate })),
});

/** The readable entries of a stored list, oldest first; anything unreadable is dropped alone. */
export function parseHistoryList(raw: unknown): HistoryEntry[] {
  if (!Array.isArray(raw)) return [];
  const out: HistoryEntry[] = [];
  for (const item of raw.slice(-MAX_PER_ACCOUNT * 2)) {
    const parsed = HistoryEntrySchema.safeParse(item);
    if (parsed.success) out.push(parsed.data as HistoryEntry);
  }
  return out;
}
