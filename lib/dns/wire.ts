// DNS wire format for RFC 8484 (DoH): building queries and turning responses into DnsAnswer.
// The byte work is done by @leichtgewicht/dns-packet (a maintained fork of dns-packet that
// works on Uint8Array in browsers); this file validates what comes back.
import * as packet from '@leichtgewicht/dns-packet';
import { isWireName } from './wire-name';
import { checkWire } from './wire-check';
import { DnsError, normalizeName, type DnsAnswer, type DnsRecord, type RRType, type Rcode } from './types';

// RFC 1035 §4.1.1 / RFC 6895 §2.3 rcode numbers of the answers the contract knows.
const RCODE_NUMBERS: Record<Rcode, number> = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 };
const utf8 = new TextDecoder('utf-8');

export { isWireName } from './wire-name';

/** Encodes a recursive query. RFC 8484 §4.1: the id SHOULD be 0 for cache friendliness. */
export function encodeQuery(name: string, type: RRType, id = 0): Uint8Array {
  if (!isWireName(name)) throw new DnsError(`bad-name: ${name}`, 'bad-name', undefined, { name }); // words: sayProblem (lib/i18n/auth.ts)
  return packet.encode({
    type: 'query',
    id,
    // RD, plus AD so the resolver reports DNSSEC validation (RFC 6840 §5.7).
    flags: packet.RECURSION_DESIRED | packet.AUTHENTIC_DATA,
    questions: [{ type, name: normalizeName(name), class: 'IN' }],
  });
}

function txtStrings(data: unknown): string[] {
  const parts = Array.isArray(data) ? data : [data];
  return parts.map((p) => (typeof p === 'string' ? p : utf8.decode(p as Uint8Array)));
}

function toRecord(a: packet.Answer): DnsRecord | undefined {
  const name = normalizeName(a.name);
  const ttl = (a.ttl ?? 0) > 0x7fffffff ? 0 : (a.ttl ?? 0); // RFC 2181 §8: a TTL with the top bit set means 0
  switch (a.type) {
    case 'A':
    case 'AAAA':
      return { type: a.type, name, ttl, address: String(a.data) };
    case 'CNAME':
    case 'PTR':
    case 'NS':
      return { type: a.type, name, ttl, target: normalizeName(String(a.data)) };
    case 'MX':
      return { type: 'MX', name, ttl, preference: a.data.preference ?? 0, exchange: normalizeName(a.data.exchange) };
    case 'TXT':
      return { type: 'TXT', name, ttl, strings: txtStrings(a.data) };
    default:
      return undefined; // RRSIG and other types we did not ask for are ignored.
  }
}

/**
 * Decodes a response and checks it is exactly one whole message answering the question asked
 * (RFC 8484 §4.2.1 / api-contract "DoH client"): the bytes end where the message ends (no cut,
 * no padding), the id and the single question are echoed, QR is set, TC is clear (DoH carries
 * whole messages, so TC means the upstream answer was cut). Anything else throws a DnsError.
 */
export function decodeResponse(bytes: Uint8Array, name: string, type: RRType, id = 0): DnsAnswer {
  const problem = checkWire(bytes);
  if (problem) throw new DnsError(`malformed: ${problem}`, 'malformed', undefined, { detail: problem });
  let msg: packet.Packet;
  try {
    msg = packet.decode(bytes);
  } catch (e) {
    throw new DnsError(`malformed: ${(e as Error).message}`, 'malformed', undefined, { detail: 'undecodable' });
  }
  if (msg.type !== 'response' || (bytes[2]! & 0x78) !== 0)
    throw new DnsError('malformed: not a response', 'malformed', undefined, { detail: 'not-a-response' });
  if ((msg.id ?? 0) !== id) throw new DnsError(`mismatch: id ${msg.id}`, 'mismatch', undefined, { detail: 'id' });
  const q = msg.questions?.[0];
  if (
    !q ||
    msg.questions!.length !== 1 ||
    normalizeName(q.name) !== normalizeName(name) ||
    q.type !== type ||
    (q.class ?? 'IN') !== 'IN'
  )
    throw new DnsError('mismatch: question', 'mismatch', undefined, { detail: 'question' });
  if (msg.flag_tc) throw new DnsError('truncated: TC', 'truncated', undefined, { detail: 'tc' });
  const rcode = String(msg.rcode);
  if (!(rcode in RCODE_NUMBERS))
    throw new DnsError(`malformed: rcode ${rcode}`, 'malformed', undefined, { detail: `rcode-${rcode}` });
  let records: DnsRecord[];
  try {
    records = (msg.answers ?? []).map(toRecord).filter((r): r is DnsRecord => r !== undefined);
  } catch (e) {
    throw new DnsError(`malformed: ${(e as Error).message}`, 'malformed', undefined, { detail: 'rdata' });
  }
  const answer: DnsAnswer = {
    rcode: rcode as Rcode,
    records: onChain(records, name),
    authenticated: Boolean(msg.flag_ad),
  };
  // RFC 2308 §5: the negative TTL is the smaller of the SOA's own TTL and its MINIMUM field.
  const soa = (msg.authorities ?? []).find((a) => a.type === 'SOA');
  if (soa && soa.type === 'SOA' && (rcode === 'NXDOMAIN' || !records.some((r) => r.type === type)))
    answer.negativeTtl = Math.min(soa.ttl ?? 0, soa.data.minimum ?? 0);
  return answer;
}

/**
 * Only records owned by the name asked or by a name its CNAME chain leads to answer the question
 * (RFC 1034 §3.6.2, RFC 2181 §5.4.1); anything else in the answer section is ignored.
 */
function onChain(records: DnsRecord[], qname: string): DnsRecord[] {
  const owners = new Set([normalizeName(qname)]);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of records)
      if (r.type === 'CNAME' && owners.has(r.name) && !owners.has(r.target)) {
        owners.add(r.target);
        grew = true;
      }
  }
  return records.filter((r) => owners.has(r.name));
}

/** Encodes an answer as a response message (used by the local DoH server in tests and demo). */
export function encodeResponse(
  query: Uint8Array,
  answer: { rcode: Rcode; records: DnsRecord[]; authenticated?: boolean },
  /** RFC 2308 §3: the zone's SOA in the authority section of a negative answer. */
  soa?: { zone: string; ttl: number; minimum: number },
): Uint8Array {
  const q = packet.decode(query);
  const answers = answer.records.map((r): packet.Answer => {
    const base = { name: r.name, ttl: r.ttl, class: 'IN' as const };
    switch (r.type) {
      case 'A':
      case 'AAAA':
        return { ...base, type: r.type, data: r.address };
      case 'MX':
        return { ...base, type: 'MX', data: { preference: r.preference, exchange: r.exchange || '.' } };
      case 'TXT':
        return { ...base, type: 'TXT', data: [...r.strings] }; // copied: the encoder rewrites it in place
      default:
        return { ...base, type: r.type, data: r.target || '.' };
    }
  });
  return packet.encode({
    type: 'response',
    id: q.id,
    flags:
      packet.RECURSION_DESIRED |
      packet.RECURSION_AVAILABLE |
      (answer.authenticated ? packet.AUTHENTIC_DATA : 0) |
      RCODE_NUMBERS[answer.rcode],
    questions: q.questions,
    answers,
    authorities: soa
      ? [
          {
            name: soa.zone,
            type: 'SOA',
            ttl: soa.ttl,
            class: 'IN',
            data: {
              mname: `ns.${soa.zone}`,
              rname: `hostmaster.${soa.zone}`,
              serial: 1,
              refresh: 3600,
              retry: 600,
              expire: 86400,
              minimum: soa.minimum,
            },
          },
        ]
      : [],
  });
}
