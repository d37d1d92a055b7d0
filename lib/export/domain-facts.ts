// What one MX lookup per distinct recipient domain tells the export (knowledge.md §5 "MX", §7):
// whether the domain can receive mail (NXDOMAIN, null MX per RFC 7505, or no MX and no A per
// RFC 5321 §5.1 = dead; a failed lookup = unknown, never dead) and its mail exchangers, from which
// lib/hygiene/mailbox-provider.ts tells who hosts it. Pure: the resolver is injected.
import type { Resolver } from '../dns/types';
import type { DomainLiveness } from '../hygiene/domain-dead';

export interface DomainFact {
  liveness: DomainLiveness;
  /** MX exchanges, most preferred first (absent when the lookup failed or there are none). */
  exchanges?: string[];
}

/** The facts of one domain: one MX query, plus an A query only when there is no MX. */
export async function factOfDomain(domain: string, resolver: Resolver, signal?: AbortSignal): Promise<DomainFact> {
  try {
    const mx = await resolver.resolve(domain, 'MX', signal);
    if (mx.rcode === 'NXDOMAIN') return { liveness: { state: 'dead', why: 'nxdomain' } };
    if (mx.rcode !== 'NOERROR') return { liveness: { state: 'unknown', error: `${mx.rcode} for ${domain} MX` } };
    const records = mx.records.flatMap((r) => (r.type === 'MX' ? [r] : [])).sort((a, b) => a.preference - b.preference);
    const exchanges = records.map((r) => r.exchange.toLowerCase());
    if (exchanges.length === 1 && exchanges[0] === '') return { liveness: { state: 'dead', why: 'null-mx' }, exchanges: [] };
    if (exchanges.length > 0) return { liveness: { state: 'alive' }, exchanges };
    const a = await resolver.resolve(domain, 'A', signal);
    if (a.rcode !== 'NOERROR' && a.rcode !== 'NXDOMAIN') return { liveness: { state: 'unknown', error: `${a.rcode} for ${domain} A` } };
    return { liveness: a.records.some((r) => r.type === 'A') ? { state: 'alive' } : { state: 'dead', why: 'no-mail-server' }, exchanges: [] };
  } catch (e) {
    return { liveness: { state: 'unknown', error: (e as Error).message } };
  }
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

/** A recipient domain as looked up: lower case, internationalised names in punycode (RFC 5890). */
export function lookupName(domain: string): string | undefined {
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  if (!d.includes('.') || /[\s/@:?#[\]]/.test(d)) return undefined;
  try {
    return new URL(`http://${d}/`).hostname;
  } catch {
    return undefined;
  }
}
