// The stored shape of the per-campaign readings (issue 17 §1, issue 11 §4): each report tab's
// figures with the time they were read, under the campaign's key (merge.ts campaignKeyOf). Figures
// only, never names, subjects or addresses (issue 5 §5): fields that are not figures are not kept
// on read either. Pure, so "one bad entry is dropped alone" is tested in node.
import * as z from 'zod/mini';
import { MAX_CAMPAIGNS, type TabReading } from '../esp/merge';
import { ADAPTER_ESP_IDS } from '../esp/providers';
import { crossCheck } from '../esp/validate';

// A figure of the wrong type is left out alone (z.catch), the rest of the reading kept; whether the
// figures can all be true is crossCheck's business below, as for a page just read.
const Count = z.optional(z.catch(z.optional(z.number()), undefined));
const group = <T extends Record<string, typeof Count>>(shape: T) =>
  z.optional(z.catch(z.optional(z.object(shape)), undefined));

const StoredReport = z.object({
  // A reading without these cannot be told apart from another campaign's: the reading is dropped.
  provider: z.enum(ADAPTER_ESP_IDS),
  campaignId: z.string().check(z.maxLength(200)),
  accountKey: z.string().check(z.maxLength(300)),
  sentAt: z.optional(z.catch(z.optional(z.string().check(z.maxLength(40))), undefined)),
  mppExcluded: z.optional(z.catch(z.optional(z.boolean()), undefined)),
  recipients: Count,
  delivered: Count,
  opens: group({ unique: Count, total: Count, rate: Count }),
  clicks: group({ unique: Count, total: Count, rate: Count, toOpenRate: Count }),
  bounces: group({ total: Count, hard: Count, soft: Count, rate: Count }),
  unsubscribes: group({ count: Count, rate: Count }),
  complaints: group({ count: Count, rate: Count }),
});

export const StoredReading = z.object({
  tab: z.enum(['overview', 'sent', 'opens', 'clicks', 'bounces', 'unsubscribes', 'abuse', 'api']),
  readAt: z.number().check(z.gte(0)),
  report: StoredReport,
});

/** More than one reading per tab (8 of them) is not something this store writes. */
const MAX_PER_CAMPAIGN = 8;

/** The readable readings of the stored value, per campaign; anything unreadable is dropped alone. */
export function parseReadings(raw: unknown): Record<string, TabReading[]> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out: Record<string, TabReading[]> = {};
  for (const [key, list] of Object.entries(raw as Record<string, unknown>).slice(-MAX_CAMPAIGNS * 2)) {
    if (!Array.isArray(list) || key.length > 600) continue;
    const good: TabReading[] = [];
    for (const item of list.slice(-MAX_PER_CAMPAIGN)) {
      const p = StoredReading.safeParse(item);
      // Stored figures are checked again: a hand-edited store cannot smuggle in an impossible one.
      if (p.success) good.push({ ...p.data, report: crossCheck(p.data.report).report });
    }
    if (good.length) out[key] = good;
  }
  return out;
}
