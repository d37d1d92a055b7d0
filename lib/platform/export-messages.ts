// The export's one background message (issue 14 "Speed and memory"): the panel keeps the rows and
// asks only for the DNS facts of distinct recipient domains, at most DOMAIN_BATCH a message, so a
// 300,000-address list never crosses the runtime as one message (64 MiB limit). The background
// owns DNS (house-style.md); the handler is registered in entrypoints/background.ts.
// TODO(lead): port into the typed message map of lib/platform/messages.ts.
import * as z from 'zod/mini';
import browser from 'webextension-polyfill';
import type { Resolver } from '../dns/types';
import { factsOfDomains, type DomainFact } from '../export/domain-facts';
import { DOMAIN_BATCH } from '../export/local-export';

export const DomainFactsRequest = z.object({
  type: z.literal('export-domain-facts'),
  domains: z.array(z.string().check(z.minLength(1), z.maxLength(253))).check(z.maxLength(DOMAIN_BATCH)),
});
export type DomainFactsRequest = z.infer<typeof DomainFactsRequest>;

export type DomainFactsResponse = { ok: true; facts: Record<string, DomainFact> } | { ok: false; error: { kind: 'no-answer' | 'bad-answer'; detail?: string } };

const Liveness = z.union([
  z.object({ state: z.literal('alive') }),
  z.object({ state: z.literal('dead'), why: z.enum(['nxdomain', 'null-mx', 'no-mail-server']) }),
  z.object({ state: z.literal('unknown'), error: z.string() }),
]);
const Response = z.union([
  z.object({ ok: z.literal(true), facts: z.record(z.string(), z.object({ liveness: Liveness, exchanges: z.optional(z.array(z.string())) })) }),
  z.object({ ok: z.literal(false), error: z.object({ kind: z.enum(['no-answer', 'bad-answer']), detail: z.optional(z.string()) }) }),
]);

/** Background side: one batch of domains looked up, 16 at a time (issue 14: 16–32 in flight). */
export async function handleDomainFacts(req: DomainFactsRequest, resolver: Resolver): Promise<DomainFactsResponse> {
  return { ok: true, facts: await factsOfDomains(req.domains, resolver, { concurrency: 16 }) };
}

/** Panel side: asks for one batch. Never rejects; a failure is a value (the domains stay "unknown"). */
export async function requestDomainFacts(domains: string[]): Promise<DomainFactsResponse> {
  try {
    const res: unknown = await browser.runtime.sendMessage({ type: 'export-domain-facts', domains });
    const parsed = Response.safeParse(res);
    return parsed.success ? (parsed.data as DomainFactsResponse) : { ok: false, error: { kind: 'bad-answer' } };
  } catch (e) {
    return { ok: false, error: { kind: 'no-answer', detail: (e as Error).message } };
  }
}
