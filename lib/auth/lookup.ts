// One DNS question asked on behalf of a check, with the failure kept as a value: a time-out or
// SERVFAIL must end as "couldn't check", never as "no record" (knowledge.md §5, RFC 7208 §4.4).
import type { DnsAnswer, Resolver, RRType } from '../dns/types';

export type Lookup =
  | { ok: true; answer: DnsAnswer; exists: boolean }
  | { ok: false; error: string };

/** Asks the resolver; SERVFAIL/REFUSED and rejections become { ok: false } with the reason. */
export async function lookup(resolver: Resolver, name: string, type: RRType, signal?: AbortSignal): Promise<Lookup> {
  try {
    const answer = await resolver.resolve(name, type, signal);
    if (answer.rcode === 'SERVFAIL' || answer.rcode === 'REFUSED') {
      const from = answer.source && answer.source !== 'zone' ? ` from ${new URL(answer.source).host}` : '';
      return { ok: false, error: `${answer.rcode}${from} for ${name} ${type}` };
    }
    return { ok: true, answer, exists: answer.rcode === 'NOERROR' };
  } catch (e) {
    return { ok: false, error: (e as Error).message || String(e) };
  }
}

/** The TXT records of an answer, each with its character-strings joined (RFC 7208 §3.3). */
export function txtRecords(answer: DnsAnswer): string[] {
  return answer.records.flatMap((r) => (r.type === 'TXT' ? [r.strings.join('')] : []));
}
