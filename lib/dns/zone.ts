// An in-memory authoritative zone behind the Resolver contract: the same answers a recursive
// resolver would give for it (CNAME chasing, RFC 8020 empty non-terminals, RFC 4592 wildcards).
// It backs unit tests, the local DoH server of the end-to-end tests and the offline demo.
import { DnsError, normalizeName, type DnsAnswer, type DnsRecord, type Resolver, type RRType } from './types';

/** A fault to inject: what a broken resolver or network does to a query. */
export type Fault =
  | 'timeout' // accepted, never answered
  | 'servfail'
  | 'refused'
  | 'garbage' // bytes that are not DNS
  | 'wrong-id'
  | 'wrong-question' // a well-formed answer to another name
  | 'http-500'
  | 'http-429'
  | 'truncated' // the body cut short
  | 'padded' // bytes after the message
  | 'tc' // the TC bit set (an upstream answer cut to fit UDP)
  | 'slow' // answered correctly after 5 s
  | 'cname-loop' // NOERROR with a CNAME chain that comes back to itself
  | 'huge-txt'; // a TXT answer of about 60 kB

/** Every fault, for matrices. */
export const FAULTS: readonly Fault[] = [
  'timeout',
  'servfail',
  'refused',
  'garbage',
  'wrong-id',
  'wrong-question',
  'http-500',
  'http-429',
  'truncated',
  'padded',
  'tc',
  'slow',
  'cname-loop',
  'huge-txt',
];

export interface ZoneNode {
  A?: string[];
  AAAA?: string[];
  MX?: { preference: number; exchange: string }[];
  /** Each entry is one TXT record: a string, or its character-strings unjoined. */
  TXT?: (string | string[])[];
  CNAME?: string;
  PTR?: string[];
  NS?: string[];
  ttl?: number;
  /** Inject a fault for every type, or per type. */
  fault?: Fault | Partial<Record<RRType, Fault>>;
  /** Added latency for this name, on top of the zone's. */
  latencyMs?: number;
}

export interface Zone {
  nodes: Record<string, ZoneNode>;
  /** Latency for every query (ms). */
  latencyMs?: number;
  /** Whether answers carry the AD flag (a DNSSEC-validated zone). */
  authenticated?: boolean;
  /** RFC 2308: the SOA MINIMUM the DoH server puts in negative answers (default 300 s). */
  negativeTtl?: number;
  /**
   * Faults by name, for names that need not exist: `under` faults a name and everything below it
   * (a whole domain, random DKIM probes included); `name` one name; `type` narrows either.
   */
  faults?: { under?: string; name?: string; type?: RRType; fault: Fault }[];
}

/** Where a zone sends a query: an answer, or a fault to act out. */
export type ZoneOutcome =
  { answer: DnsAnswer; fault?: undefined; latencyMs: number } | { fault: Fault; latencyMs: number; answer?: DnsAnswer };

/** Faults that mangle the bytes of the real answer, which is computed and carried along. */
const BYTE_FAULTS = new Set<Fault>(['truncated', 'padded', 'tc', 'wrong-id', 'wrong-question']);

/** Looks a node up, honouring wildcards at the closest encloser (RFC 4592 §3.3.1). */
function findNode(nodes: Map<string, ZoneNode>, names: string[], name: string): ZoneNode | 'empty' | undefined {
  const hit = nodes.get(name);
  if (hit) return hit;
  if (names.some((n) => n.endsWith(`.${name}`))) return 'empty'; // RFC 8020: the name exists
  const labels = name.split('.');
  for (let i = 1; i < labels.length; i++) {
    const encloser = labels.slice(i).join('.');
    const exists = nodes.has(encloser) || names.some((n) => n.endsWith(`.${encloser}`));
    if (exists) return nodes.get(`*.${encloser}`);
  }
  return undefined;
}

function recordsFor(node: ZoneNode, owner: string, type: RRType): DnsRecord[] {
  const ttl = node.ttl ?? 300;
  switch (type) {
    case 'A':
    case 'AAAA':
      return (node[type] ?? []).map((address) => ({ type, name: owner, ttl, address }));
    case 'MX':
      return (node.MX ?? []).map((m) => ({
        type,
        name: owner,
        ttl,
        preference: m.preference,
        exchange: normalizeName(m.exchange),
      }));
    case 'TXT':
      return (node.TXT ?? []).map((t) => ({
        type,
        name: owner,
        ttl,
        strings: (Array.isArray(t) ? t : [t]).flatMap(splitCharacterString),
      }));
    case 'CNAME':
      return node.CNAME ? [{ type, name: owner, ttl, target: normalizeName(node.CNAME) }] : [];
    case 'PTR':
    case 'NS':
      return (node[type] ?? []).map((target) => ({ type, name: owner, ttl, target: normalizeName(target) }));
  }
}

/**
 * A character-string holds at most 255 bytes (RFC 1035 §3.3); longer text is split the way DNS
 * hosting panels split a long DKIM key.
 */
export function splitCharacterString(text: string): string[] {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length <= 255) return [text];
  const out: string[] = [];
  for (let i = 0; i < bytes.length;) {
    let end = Math.min(i + 255, bytes.length);
    while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--; // never split a UTF-8 sequence
    out.push(new TextDecoder().decode(bytes.slice(i, end)));
    i = end;
  }
  return out;
}

/** Creates a function answering queries from the zone, faults and latency included. */
export function createZoneLookup(zone: Zone): (name: string, type: RRType) => ZoneOutcome {
  const nodes = new Map(Object.entries(zone.nodes).map(([k, v]) => [normalizeName(k), v]));
  const names = [...nodes.keys()];
  return (qname, type) => {
    let name = normalizeName(qname);
    const records: DnsRecord[] = [];
    let latencyMs = zone.latencyMs ?? 0;
    let mangle: Fault | undefined;
    const out = (answer: DnsAnswer): ZoneOutcome =>
      mangle ? { fault: mangle, answer, latencyMs } : { answer, latencyMs };
    for (let hops = 0; hops < 9; hops++) {
      const found = findNode(nodes, names, name);
      const node = found === 'empty' ? undefined : found;
      latencyMs += node?.latencyMs ?? 0;
      const byName = zone.faults?.find(
        (f) =>
          (!f.type || f.type === type) &&
          (f.name
            ? normalizeName(f.name) === name
            : f.under
              ? name === normalizeName(f.under) || name.endsWith(`.${normalizeName(f.under)}`)
              : false),
      )?.fault;
      const fault = byName ?? (typeof node?.fault === 'string' ? node.fault : node?.fault?.[type]);
      if (fault === 'cname-loop') {
        // What some resolvers send for a loop: NOERROR and the chain, going round (RFC 1034 §3.6.2).
        const loop: DnsRecord[] = [
          { type: 'CNAME', name, ttl: 300, target: `loop-a.${name}` },
          { type: 'CNAME', name: `loop-a.${name}`, ttl: 300, target: name },
        ];
        return out({ rcode: 'NOERROR', records: [...records, ...loop], source: 'zone' });
      }
      if (fault === 'huge-txt') {
        const big = Array.from({ length: 230 }, (_, i) => `filler-${i}-${'x'.repeat(240)}`);
        const own = node ? recordsFor(node, name, type) : [];
        return out({
          rcode: 'NOERROR',
          records: [...records, ...own, { type: 'TXT', name, ttl: 300, strings: big }],
          source: 'zone',
        });
      }
      if (fault === 'slow') latencyMs += 5000;
      else if (fault && BYTE_FAULTS.has(fault)) mangle ??= fault;
      else if (fault) return { fault, latencyMs };
      if (node?.CNAME && type !== 'CNAME') {
        records.push(...recordsFor(node, name, 'CNAME'));
        name = normalizeName(node.CNAME);
        continue;
      }
      if (node) records.push(...recordsFor(node, name, type));
      return out({
        rcode: found ? 'NOERROR' : 'NXDOMAIN',
        records,
        authenticated: zone.authenticated ?? false,
        source: 'zone',
      });
    }
    return out({ rcode: 'SERVFAIL', records: [], source: 'zone' }); // CNAME loop
  };
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (ms <= 0) return resolve();
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(new DnsError('query cancelled', 'aborted', 'zone'));
    });
  });

/** A Resolver over an in-memory zone; faults become the rejections a DoH client would give. */
export function createZoneResolver(zone: Zone): Resolver & { queries: { name: string; type: RRType }[] } {
  const lookup = createZoneLookup(zone);
  const queries: { name: string; type: RRType }[] = [];
  return {
    queries,
    async resolve(name, type, signal) {
      queries.push({ name: normalizeName(name), type });
      const out = lookup(name, type);
      await sleep(out.latencyMs, signal);
      if (!out.fault) return out.answer;
      if (out.fault === 'servfail') return { rcode: 'SERVFAIL', records: [], source: 'zone' };
      if (out.fault === 'refused') return { rcode: 'REFUSED', records: [], source: 'zone' };
      if (out.fault === 'timeout') throw new DnsError('timeout: zone', 'timeout', 'zone');
      if (out.fault === 'http-500' || out.fault === 'http-429')
        throw new DnsError('http: zone', 'http', 'zone', { status: out.fault === 'http-500' ? 500 : 429 });
      const kind =
        out.fault === 'wrong-id' || out.fault === 'wrong-question'
          ? 'mismatch'
          : out.fault === 'tc'
            ? 'truncated'
            : 'malformed';
      throw new DnsError(`${kind}: zone`, kind, 'zone', { detail: out.fault });
    },
  };
}
