// What one MX lookup per distinct recipient domain tells the export (knowledge.md §5 "MX", §7):
// whether the domain can receive mail (NXDOMAIN, null MX per RFC 7505, or no MX and no A/AAAA per
// RFC 5321 §5.1 = dead; a failed lookup = unknown, never dead) and its mail exchangers, from which
// lib/hygiene/mailbox-provider.ts tells who hosts it. Pure: the resolver is injected.
import type { Resolver } from '../dns/types';
import { toAsciiDomain } from '../hygiene/address';
import { livenessOf, type DomainLiveness } from '../hygiene/domain-dead';

export interface DomainFact {
  liveness: DomainLiveness;
  /** MX exchanges, most preferred first (absent when the lookup failed or there are none). */
  exchanges?: string[];
}

/** The facts of one domain: one MX query, then A and AAAA only when there is no MX (domain-dead.ts). */
export async function factOfDomain(domain: string, resolver: Resolver, signal?: AbortSignal): Promise<DomainFact> {
  const liveness = await livenessOf(domain, resolver, signal);
  if (liveness.state === 'alive') return { liveness: { state: 'alive' }, exchanges: liveness.exchanges ?? [] };
  // A null MX or no mail server at all: known to have no exchanges. NXDOMAIN or a failure: none known.
  return liveness.state === 'dead' && liveness.why !== 'nxdomain' ? { liveness, exchanges: [] } : { liveness };
}

/** The facts of many domains, each once, `concurrency` at a time (issue 14: 16–32 in flight). */
export async function factsOfDomains(
  domains: readonly string[],
  resolver: Resolver,
  options: { concurrency?: number; signal?: AbortSignal } = {},
): Promise<Record<string, DomainFact>> {
  const list = [...new Set(domains.map((d) => d.toLowerCase()))];
  const out: Record<string, DomainFact> = {};
  let next = 0;
  const worker = async () => {
    while (next < list.length && !options.signal?.aborted) {
      const d = list[next++]!;
      out[d] = await factOfDomain(d, resolver, options.signal);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 16, list.length) }, worker));
  return out;
}

/**
 * A recipient domain as looked up: lower case, internationalised names in A-label form
 * (RFC 5890), the same form the hygiene checker asks about (lib/hygiene/address.ts).
 */
export function lookupName(domain: string): string | undefined {
  return toAsciiDomain(domain.trim().replace(/\.$/, ''));
}
