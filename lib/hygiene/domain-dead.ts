// Recipient domains that cannot receive mail (knowledge.md §5 "MX", §7): NXDOMAIN, a null MX
// (RFC 7505), or no MX and no address — A or AAAA, the implicit MX of RFC 5321 §5.1. One lookup
// chain per distinct domain, asked in A-label form (RFC 6531, RFC 5890); a failed lookup is
// "unknown", never "dead". Alive answers carry the MX exchanges so the caller can tell the
// mailbox provider (mailbox-provider.ts) without asking again.
import type { Resolver } from '../dns/types';
import { toAsciiDomain } from './address';

export type DomainLiveness =
  | { state: 'alive'; exchanges?: string[] }
  | { state: 'dead'; why: 'nxdomain' | 'null-mx' | 'no-mail-server' }
  | { state: 'unknown'; error: string };

async function livenessOf(domain: string, resolver: Resolver, signal?: AbortSignal): Promise<DomainLiveness> {
  try {
    const mx = await resolver.resolve(domain, 'MX', signal);
    if (mx.rcode === 'NXDOMAIN') return { state: 'dead', why: 'nxdomain' };
    if (mx.rcode !== 'NOERROR') return { state: 'unknown', error: `${mx.rcode} for ${domain} MX` };
    const hosts = mx.records.flatMap((r) => (r.type === 'MX' ? [r.exchange] : []));
    if (hosts.length === 1 && hosts[0] === '') return { state: 'dead', why: 'null-mx' };
    if (hosts.length > 0) return { state: 'alive', exchanges: hosts };
    for (const type of ['A', 'AAAA'] as const) {
      const a = await resolver.resolve(domain, type, signal);
      if (a.rcode !== 'NOERROR' && a.rcode !== 'NXDOMAIN')
        return { state: 'unknown', error: `${a.rcode} for ${domain} ${type}` };
      if (a.records.some((r) => r.type === type)) return { state: 'alive', exchanges: [] };
    }
    return { state: 'dead', why: 'no-mail-server' };
  } catch (e) {
    return { state: 'unknown', error: (e as Error).message };
  }
}

/**
 * Checks each distinct domain once, `concurrency` at a time (8 by default; the list audit uses
 * 24), keyed by the lower-case form given; reports progress and stops asking when aborted.
 */
export async function checkDomainsLiveness(
  domains: Iterable<string>,
  resolver: Resolver,
  options: { concurrency?: number; signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<Map<string, DomainLiveness>> {
  const list = [...new Set([...domains].map((d) => d.toLowerCase()))];
  const out = new Map<string, DomainLiveness>();
  let next = 0;
  const worker = async () => {
    while (next < list.length && !options.signal?.aborted) {
      const d = list[next++]!;
      const ascii = toAsciiDomain(d);
      out.set(
        d,
        ascii ? await livenessOf(ascii, resolver, options.signal) : { state: 'unknown', error: `not a domain: ${d}` },
      );
      options.onProgress?.(out.size, list.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, list.length) }, worker));
  return out;
}
