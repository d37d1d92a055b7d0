// One DNS question asked on behalf of a check, with the failure kept as a value: a time-out,
// SERVFAIL or a CNAME loop must end as "couldn't check", never as "no record" (knowledge.md §5,
// RFC 7208 §4.4, issue 12 §2).
import { DnsError, normalizeName, type DnsAnswer, type DnsProblem, type Resolver, type RRType } from '../dns/types';
import { endpointLabel } from '../dns/endpoints';

export type Lookup = { ok: true; answer: DnsAnswer; exists: boolean } | { ok: false; error: DnsProblem };

/** RFC 1034 §3.6.2 leaves chain length to resolvers; BIND and Unbound give up around 8–16 hops. */
export const MAX_CNAME_CHAIN = 12;

/**
 * A CNAME chain that comes back to a name already on it, or grows past MAX_CNAME_CHAIN, has no
 * final answer: it is a DNS failure, not "no data" (issue 12 §2). Returns the problem, if any.
 */
export function cnameProblem(answer: DnsAnswer, name: string, type: RRType): DnsProblem | undefined {
  if (type === 'CNAME') return undefined;
  const next = new Map<string, string>();
  for (const r of answer.records) if (r.type === 'CNAME' && !next.has(r.name)) next.set(r.name, r.target);
  const seen = new Set<string>();
  let at = normalizeName(name);
  while (next.has(at)) {
    if (seen.has(at)) return { kind: 'cname-loop', name: at, type };
    seen.add(at);
    if (seen.size > MAX_CNAME_CHAIN) return { kind: 'cname-chain', name: at, type };
    at = next.get(at)!;
  }
  return undefined;
}

function label(source: string | undefined): string | undefined {
  return source && source !== 'zone' ? endpointLabel(source) : source;
}

/** Asks the resolver; SERVFAIL/REFUSED, CNAME loops and rejections become { ok: false } as data. */
export async function lookup(resolver: Resolver, name: string, type: RRType, signal?: AbortSignal): Promise<Lookup> {
  try {
    const answer = await resolver.resolve(name, type, signal);
    if (answer.rcode === 'SERVFAIL' || answer.rcode === 'REFUSED')
      return { ok: false, error: { kind: 'rcode', detail: answer.rcode, endpoint: label(answer.source), name, type } };
    const loop = cnameProblem(answer, name, type);
    if (loop) return { ok: false, error: { ...loop, endpoint: label(answer.source) } };
    return { ok: true, answer, exists: answer.rcode === 'NOERROR' };
  } catch (e) {
    const problem: DnsProblem =
      e instanceof DnsError ? e.problem : { kind: 'network', detail: String((e as Error)?.message ?? e) };
    return { ok: false, error: { ...problem, name, type } };
  }
}

/** The TXT records of an answer, each with its character-strings joined (RFC 7208 §3.3). */
export function txtRecords(answer: DnsAnswer): string[] {
  return answer.records.flatMap((r) => (r.type === 'TXT' ? [r.strings.join('')] : []));
}
