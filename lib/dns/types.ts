// The resolver contract (../shared/docs/api-contract.md, "DNS"). Names are given without a
// trailing dot and compared case-insensitively.

export type RRType = 'A' | 'AAAA' | 'CNAME' | 'MX' | 'TXT' | 'PTR' | 'NS';

export type DnsRecord =
  | { type: 'A' | 'AAAA'; name: string; ttl: number; address: string }
  | { type: 'MX'; name: string; ttl: number; preference: number; exchange: string }
  | { type: 'TXT'; name: string; ttl: number; strings: string[] } // character-strings, unjoined
  | { type: 'CNAME' | 'PTR' | 'NS'; name: string; ttl: number; target: string };

export type Rcode = 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL' | 'REFUSED';

export interface DnsAnswer {
  rcode: Rcode;
  /** Answer section; an alias's CNAME chain may precede the final records. */
  records: DnsRecord[];
  /** The resolver's AD flag (RFC 4035 §3.2.3). */
  authenticated?: boolean;
  /** Which endpoint answered (a DoH URL, or 'zone' in tests). Extension, not in the contract. */
  source?: string;
}

export interface Resolver {
  /**
   * Rejects only when no answer could be had (time-out, network failure, unusable response,
   * a name that cannot be put on the wire). NOERROR with no records = "no data".
   */
  resolve(name: string, type: RRType, signal?: AbortSignal): Promise<DnsAnswer>;
}

/** Why a query produced no usable answer; carries the endpoint so the UI can name it. */
export class DnsError extends Error {
  constructor(
    message: string,
    readonly kind: 'timeout' | 'network' | 'http' | 'malformed' | 'mismatch' | 'bad-name' | 'aborted',
    readonly endpoint?: string,
  ) {
    super(message);
    this.name = 'DnsError';
  }
}

/** Normalises a name for comparison: lower case, no trailing dot. */
export function normalizeName(name: string): string {
  return name.replace(/\.$/, '').toLowerCase();
}
