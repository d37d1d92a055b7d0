// The last checked copy per From domain in browser.storage.local under `messageChecks`, so the
// panel can join the verdict to a campaign of that domain (issue 16 §2). Validated with zod on
// read: one unreadable entry is dropped, the others kept. Bounded to MAX_STORED_DOMAINS.
// Uses @wxt-dev/storage, which reaches the browser only when called. A report tab reads it through
// the background (tab-stores.ts loadMessageCheck).
import * as z from 'zod/mini';
import { storage } from '@wxt-dev/storage';
import { addSummary, type MessageCheckSummary } from '../message/summary';
import { MESSAGE_FINDING_IDS, type MessageReport } from '../message/types';
import { summarizeReport } from '../message/summary';

const KEY = 'local:messageChecks';
const RESULT = ['pass', 'fail', 'neutral', 'temperror', 'permerror', 'none'] as const;

export const MessageCheckSummarySchema = z.object({
  domain: z.string().check(z.minLength(1), z.maxLength(253)),
  checkedAt: z.iso.datetime(),
  subject: z.optional(z.string().check(z.maxLength(200))),
  dkim: z.enum(RESULT),
  dmarc: z.optional(z.enum(['pass', 'fail', 'none', 'temperror', 'permerror'])),
  oneClick: z.boolean(),
  signed: z.boolean(),
  findings: z
    .array(
      z.object({
        id: z.enum(MESSAGE_FINDING_IDS),
        severity: z.enum(['error', 'warning', 'info', 'ok']),
        params: z.record(z.string(), z.union([z.string().check(z.maxLength(300)), z.number()])),
      }),
    )
    .check(z.maxLength(20)),
});

/** The stored summaries, each validated on its own. */
export async function loadMessageChecks(): Promise<Record<string, MessageCheckSummary>> {
  const raw = await storage.getItem<Record<string, unknown>>(KEY);
  const out: Record<string, MessageCheckSummary> = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [domain, value] of Object.entries(raw)) {
    const parsed = MessageCheckSummarySchema.safeParse(value);
    if (parsed.success && parsed.data.domain === domain) out[domain] = parsed.data as MessageCheckSummary;
  }
  return out;
}

/** The last check of a From domain (or of its parent, for a subdomain sender), if any. Never rejects. */
export async function loadMessageCheck(domain: string): Promise<MessageCheckSummary | undefined> {
  try {
    const all = await loadMessageChecks();
    const d = domain.toLowerCase();
    return all[d] ?? Object.values(all).find((s) => s.domain.endsWith(`.${d}`));
  } catch {
    return undefined; // outside an extension (tests) or storage unavailable: no verdict to show
  }
}

/** Keeps the summary of a report; returns it (undefined when the report has no From domain). */
export async function saveMessageCheck(
  report: MessageReport,
  now = new Date(),
): Promise<MessageCheckSummary | undefined> {
  const summary = summarizeReport(report, now);
  if (!summary) return undefined;
  await storage.setItem(KEY, addSummary(await loadMessageChecks(), summary));
  return summary;
}
