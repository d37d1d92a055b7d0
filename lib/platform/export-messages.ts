// The export's one background message (issue 14 "Speed and memory"): the panel keeps the rows and
// asks only for the DNS facts of distinct recipient domains, at most DOMAIN_BATCH a message, so a
// 300,000-address list never crosses the runtime as one message (64 MiB limit). The background
// owns DNS (house-style.md); the message is 'export-domain-facts' in lib/platform/messages.ts.
import type { Resolver } from '../dns/types';
import { factsOfDomains } from '../export/domain-facts';
import { messenger, type DomainFactsResponse, type RequestOf } from './messages';

export type { DomainFactsResponse };

/** Background side: one batch of domains looked up, 16 at a time (issue 14: 16–32 in flight). */
export async function handleDomainFacts(
  req: RequestOf<'export-domain-facts'>,
  resolver: Resolver,
): Promise<DomainFactsResponse> {
  return { ok: true, facts: await factsOfDomains(req.domains, resolver, { concurrency: 16 }) };
}

/** Panel side: asks for one batch. Never rejects; a failure is a value (the domains stay "unknown"). */
export async function requestDomainFacts(domains: string[]): Promise<DomainFactsResponse> {
  try {
    return await messenger.sendMessage('export-domain-facts', { domains });
  } catch (e) {
    return { ok: false, error: { kind: 'no-answer', detail: (e as Error).message } };
  }
}
