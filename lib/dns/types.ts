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
  /** Endpoints asked for this question that failed before or while `source` answered. */
  failed?: DnsProblem[];
  /**
   * RFC 2308 §5: for NXDOMAIN / no data, the negative TTL from the authority SOA, min(SOA TTL,
   * SOA MINIMUM); absent when the reply carried no SOA.
   */
  negativeTtl?: number;
}

export interface Resolver {
  /**
   * Rejects only when no answer could be had (time-out, network failure, unusable response,
   * a name that cannot be put on the wire). NOERROR with no records = "no data".
   */
  resolve(name: string, type: RRType, signal?: AbortSignal): Promise<DnsAnswer>;
}

/** What kind of failure a query met. */
export type DnsErrorKind =
  | 'timeout'
  | 'network'
  | 'http'
  | 'malformed'
  | 'mismatch'
  | 'truncated'
  | 'bad-name'
  | 'aborted'
  | 'cname-loop'
  | 'cname-chain'
  | 'rcode';

/**
 * A DNS failure as data (issue 11 §1): the words live in lib/i18n/auth.ts. `endpoint` is the
 * host that failed; `ms` the time-out; `status` the HTTP status; `detail` a wire problem or rcode;
 * `name` the name at which a CNAME chain looped or grew too long.
 */
export interface DnsProblem {
  kind: DnsErrorKind;
  endpoint?: string;
  ms?: number;
  status?: number;
  detail?: string;
  name?: string;
  type?: RRType;
  /** For a query several endpoints were asked: what each of the others did. */
  others?: DnsProblem[];
}

/** Why a query produced no usable answer; carries the endpoint so the UI can name it. */
export class DnsError extends Error {
  readonly problem: DnsProblem;
  constructor(
    message: string,
    readonly kind: DnsErrorKind,
    readonly endpoint?: string,
    extra: Omit<DnsProblem, 'kind' | 'endpoint'> = {},
  ) {
    super(message);
    this.name = 'DnsError';
    this.problem = { kind, ...(endpoint ? { endpoint } : {}), ...extra };
  }
}

/** Normalises a name for comparison: lower case, no trailing dot. */
export function normalizeName(name: string): string {
  return name.replace(/\.$/, '').toLowerCase();
}
