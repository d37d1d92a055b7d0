// Bounces per mailbox provider (issue 13 §6, knowledge.md §7): who refused, who deferred, read
// from each recipient domain's MX. And the bulk-sender rules judged per provider from the
// audience's mix (knowledge.md §3) — from the recipients, never from the bounced addresses alone:
// two bounced Gmail addresses say nothing about how many Gmail recipients the campaign had.
// Pure data; words in lib/i18n/lists.ts.
import { classifyBounce } from '../bounces/classify';
import type { BouncedAddress } from '../esp/types';
import { domainOf } from './bounce-export';

export interface ProviderCounts {
  provider: string;
  bounces: number;
  hard: number;
  blocked: number;
  deferred: number;
  /** soft, other and "reason not read" */
  other: number;
}

/** One company filters for several providers (knowledge.md §7: Microsoft 365 and Outlook.com). */
export const OPERATOR: Record<string, string> = { 'microsoft-365': 'microsoft', 'outlook-com': 'microsoft', gmail: 'google', 'google-workspace': 'google' };

export interface Breakdown {
  rows: ProviderCounts[];
  totalBlocked: number;
  /** The operator (or provider) behind most blocks, when any: "Microsoft refused 38 of your 41". */
  topBlocker?: { who: string; isOperator: boolean; blocked: number };
}

/** Counts per provider, most bounces first; a domain without a known provider counts as 'unknown'. */
export function providerBreakdown(items: readonly BouncedAddress[], providers: ReadonlyMap<string, string>): Breakdown {
  const by = new Map<string, ProviderCounts>();
  for (const b of items) {
    const provider = providers.get(domainOf(b.email)) ?? 'unknown';
    let c = by.get(provider);
    if (!c) by.set(provider, (c = { provider, bounces: 0, hard: 0, blocked: 0, deferred: 0, other: 0 }));
    c.bounces++;
    // Only a read reason is triaged (issue 13 §5); the ESP's "hard" is taken at its word.
    const read = Boolean(b.code?.trim() || b.reason?.trim());
    const cat = read ? classifyBounce({ espType: b.espType, code: b.code, reason: b.reason }).category : b.espType === 'hard' ? 'hard' : 'other';
    if (cat === 'hard') c.hard++;
    else if (cat === 'blocked') c.blocked++;
    else if (cat === 'deferred') c.deferred++;
    else c.other++;
  }
  const rows = [...by.values()].sort((a, b) => b.bounces - a.bounces || a.provider.localeCompare(b.provider));
  const totalBlocked = rows.reduce((s, r) => s + r.blocked, 0);
  const byWho = new Map<string, { blocked: number; isOperator: boolean }>();
  for (const r of rows) {
    const op = OPERATOR[r.provider];
    const key = op ?? r.provider;
    const e = byWho.get(key) ?? { blocked: 0, isOperator: Boolean(op) };
    e.blocked += r.blocked;
    byWho.set(key, e);
  }
  const top = [...byWho.entries()].filter(([, e]) => e.blocked > 0).sort((a, b) => b[1].blocked - a[1].blocked)[0];
  return { rows, totalBlocked, ...(top ? { topBlocker: { who: top[0], isOperator: top[1].isOperator, blocked: top[1].blocked } } : {}) };
}

/** Recipients per provider from the audience (a recipients export), and how many were counted. */
export function audienceMix(recipients: readonly { email: string }[], providers: ReadonlyMap<string, string>): Map<string, number> {
  const mix = new Map<string, number>();
  for (const r of recipients) {
    const p = providers.get(domainOf(r.email)) ?? 'unknown';
    mix.set(p, (mix.get(p) ?? 0) + 1);
  }
  return mix;
}

export type BulkFinding =
  | { id: 'bulk-provider'; provider: 'gmail' | 'outlook-com'; recipients: number; threshold: number; over: boolean }
  | { id: 'bulk-apple'; recipients: number }
  | { id: 'bulk-audience-unknown' };

/**
 * knowledge.md §3: Gmail's bulk status at "close to 5,000" a day to personal Gmail (not Workspace);
 * Microsoft at more than 5,000 a day to outlook/hotmail/live/msn; Apple's rules for every sender;
 * Yahoo names no threshold. Judged on the campaign's recipients, as if sent in one day.
 */
export function bulkSenderByProvider(mix: ReadonlyMap<string, number> | undefined): BulkFinding[] {
  if (!mix || mix.size === 0) return [{ id: 'bulk-audience-unknown' }];
  const out: BulkFinding[] = [];
  const gmail = mix.get('gmail') ?? 0;
  if (gmail > 0) out.push({ id: 'bulk-provider', provider: 'gmail', recipients: gmail, threshold: 5000, over: gmail >= 5000 });
  const outlook = mix.get('outlook-com') ?? 0;
  if (outlook > 0) out.push({ id: 'bulk-provider', provider: 'outlook-com', recipients: outlook, threshold: 5000, over: outlook > 5000 });
  const apple = mix.get('apple') ?? 0;
  if (apple > 0) out.push({ id: 'bulk-apple', recipients: apple });
  return out;
}
