// DNS wire format for RFC 8484 (DoH): building queries and turning responses into DnsAnswer.
// The byte work is done by @leichtgewicht/dns-packet (a maintained fork of dns-packet that
// works on Uint8Array in browsers); this file validates what comes back.
import * as packet from '@leichtgewicht/dns-packet';
import { isWireName } from './wire-name';
import { DnsError, normalizeName, type DnsAnswer, type DnsRecord, type RRType, type Rcode } from './types';

// RFC 1035 §4.1.1 / RFC 6895 §2.3 rcode numbers of the answers the contract knows.
const RCODE_NUMBERS: Record<Rcode, number> = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 };
const utf8 = new TextDecoder('utf-8');

export { isWireName } from './wire-name';

/** Encodes a recursive query. RFC 8484 §4.1: the id SHOULD be 0 for cache friendliness. */
export function encodeQuery(name: string, type: RRType, id = 0): Uint8Array {
  if (!isWireName(name)) throw new DnsError(`"${name}" is not a valid DNS name`, 'bad-name');
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
  const ttl = a.ttl ?? 0;
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
 * Decodes a response and checks it answers the question asked (RFC 8484 §4.2.1; id and question
 * must match, TC must be clear since DoH carries whole messages).
 */
export function decodeResponse(bytes: Uint8Array, name: string, type: RRType, id = 0): DnsAnswer {
  let msg: packet.Packet;
  try {
    msg = packet.decode(bytes);
  } catch (e) {
    throw new DnsError(`undecodable DNS response (${(e as Error).message})`, 'malformed');
  }
  if (msg.type !== 'response') throw new DnsError('reply is not a DNS response', 'malformed');
  if ((msg.id ?? 0) !== id) throw new DnsError(`reply id ${msg.id} does not match query id ${id}`, 'mismatch');
  const q = msg.questions?.[0];
  if (!q || msg.questions!.length !== 1 || normalizeName(q.name) !== normalizeName(name) || q.type !== type)
    throw new DnsError('reply answers a different question', 'mismatch');
  if (msg.flag_tc) throw new DnsError('reply is truncated', 'malformed');
  const rcode = String(msg.rcode);
  if (!(rcode in RCODE_NUMBERS)) throw new DnsError(`unexpected rcode ${rcode}`, 'malformed');
  let records: DnsRecord[];
  try {
    records = (msg.answers ?? []).map(toRecord).filter((r): r is DnsRecord => r !== undefined);
  } catch (e) {
    throw new DnsError(`unusable record data in DNS response (${(e as Error).message})`, 'malformed');
  }
  return { rcode: rcode as Rcode, records, authenticated: Boolean(msg.flag_ad) };
}

/** Encodes an answer as a response message (used by the local DoH server in tests and demo). */
export function encodeResponse(
  query: Uint8Array,
  answer: { rcode: Rcode; records: DnsRecord[]; authenticated?: boolean },
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
        return { ...base, type: 'TXT', data: r.strings };
      default:
        return { ...base, type: r.type, data: r.target || '.' };
    }
  });
  return packet.encode({
    type: 'response',
    id: q.id,
    flags:
      packet.RECURSION_DESIRED | packet.RECURSION_AVAILABLE | (answer.authenticated ? packet.AUTHENTIC_DATA : 0) | RCODE_NUMBERS[answer.rcode],
    questions: q.questions,
    answers,
  });
}
