// Recipient domains that cannot receive mail (knowledge.md §5 "MX", §7): NXDOMAIN, a null MX
// (RFC 7505), or no MX and no address — A or AAAA, the implicit MX of RFC 5321 §5.1. One lookup
// chain per distinct domain, asked in A-label form (RFC 6531, RFC 5890); a failed lookup is
// "unknown", never "dead", and carries the failure as data (a DnsProblem, said by
// lib/i18n/auth.ts). Alive answers carry the MX exchanges, most preferred first, so the caller can
// tell the mailbox provider (mailbox-provider.ts) without asking again.
import { lookup } from '../auth/lookup';
import type { DnsProblem, Resolver } from '../dns/types';
import { toAsciiDomain } from './address';

export type DomainLiveness =
  | { state: 'alive'; exchanges?: string[] }
  | { state: 'dead'; why: 'nxdomain' | 'null-mx' | 'no-mail-server' }
  | { state: 'unknown'; problem: DnsProblem };

/** Whether one domain (A-label form) can receive mail: one MX query, then A and AAAA only without MX. */
export async function livenessOf(domain: string, resolver: Resolver, signal?: AbortSignal): Promise<DomainLiveness> {
  // lookup() turns SERVFAIL/REFUSED, time-outs, CNAME loops and garbage answers into data.
  const mx = await lookup(resolver, domain, 'MX', signal);
  if (!mx.ok) return { state: 'unknown', problem: mx.error };
  if (mx.answer.rcode === 'NXDOMAIN') return { state: 'dead', why: 'nxdomain' };
  // Any other rcode (FORMERR, NOTIMP …) answers nothing about the domain.
  if (mx.answer.rcode !== 'NOERROR')
    return { state: 'unknown', problem: { kind: 'rcode', detail: mx.answer.rcode, name: domain, type: 'MX' } };
  const hosts = mx.answer.records
    .flatMap((r) => (r.type === 'MX' ? [r] : []))
    .sort((a, b) => a.preference - b.preference)
    .map((r) => r.exchange.toLowerCase());
  // RFC 7505 §3: a single MX of preference 0 with the root as exchange says "no mail here".
  if (hosts.length === 1 && hosts[0] === '') return { state: 'dead', why: 'null-mx' };
  if (hosts.length > 0) return { state: 'alive', exchanges: hosts };
  for (const type of ['A', 'AAAA'] as const) {
    const a = await lookup(resolver, domain, type, signal);
    if (!a.ok) return { state: 'unknown', problem: a.error };
    if (a.answer.rcode !== 'NOERROR' && a.answer.rcode !== 'NXDOMAIN')
      return { state: 'unknown', problem: { kind: 'rcode', detail: a.answer.rcode, name: domain, type } };
    if (a.answer.records.some((r) => r.type === type)) return { state: 'alive', exchanges: [] };
  }
  return { state: 'dead', why: 'no-mail-server' };
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
        ascii
          ? await livenessOf(ascii, resolver, options.signal)
          : { state: 'unknown', problem: { kind: 'bad-name', name: d } },
      );
      options.onProgress?.(out.size, list.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, list.length) }, worker));
  return out;
}
