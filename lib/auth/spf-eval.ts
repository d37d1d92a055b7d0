// check_host() (RFC 7208 §4): record lookup and selection, evaluation of mechanisms and
// modifiers, the DNS lookup limits (§4.6.4), macros (§7) and explanations (§6.2). Protocol
// outcomes are values; the internal SpfStop only carries a permerror/temperror up the recursion.
import { normalizeName, type DnsAnswer, type Resolver, type RRType } from '../dns/types';
import { isWireName } from '../dns/wire-name';
import { expandMacroString, parseMacroString, truncateDomain, type MacroString, type MacroValues } from './spf-macro';
import { LOOKUP_MECHANISMS, parseSpf, type Mechanism, type Qualifier } from './spf-parse';
import {
  inCidr,
  ipForMacroC,
  ipForMacroI,
  parseClientIp,
  parseRecordAddress,
  reverseName,
  type IpBytes,
} from './spf-ip';
import { cnameProblem, txtRecords } from './lookup';
import { isSpfRecord } from './spf-record';
import { reason, type Reason } from './reason';

export type SpfVerdict = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'permerror' | 'temperror';

export interface SpfQuery {
  ip: string;
  domain: string;
  sender: string;
  helo?: string;
  receiver?: string;
}

export interface SpfResult {
  result: SpfVerdict;
  explanation?: string;
  lookups: number;
  voidLookups: number;
  /** Extension: why (which term matched, or what went wrong), as data; lib/i18n/auth.ts words it. */
  reason?: Reason;
}

const QUALIFIER_RESULT: Record<Qualifier, SpfVerdict> = { '+': 'pass', '-': 'fail', '~': 'softfail', '?': 'neutral' };
export const MAX_LOOKUPS = 10; // §4.6.4
export const MAX_VOID_LOOKUPS = 2; // §4.6.4, the RECOMMENDED default
const MAX_NAMES_PER_MX_OR_PTR = 10; // §4.6.4

class SpfStop extends Error {
  constructor(
    readonly result: 'permerror' | 'temperror',
    readonly why: Reason,
  ) {
    super(why.id); // the message is the id; the why is data (lib/i18n/auth.ts words it)
  }
}

interface State {
  ip: IpBytes;
  query: SpfQuery;
  local: string;
  senderDomain: string;
  resolver: Resolver;
  lookups: number;
  voidLookups: number;
  signal?: AbortSignal;
}

/** §4.3: a usable <domain> is a multi-label name with labels of 1–63 characters. */
export function isValidSpfDomain(domain: string): boolean {
  const d = domain.replace(/\.$/, '');
  return !d.startsWith('[') && d.includes('.') && isWireName(d);
}

async function query(st: State, name: string, type: RRType, countVoid: boolean): Promise<DnsAnswer> {
  if (!isWireName(name)) {
    // A name that cannot exist answers like a name that does not exist.
    if (countVoid) countVoidLookup(st, name);
    return { rcode: 'NXDOMAIN', records: [] };
  }
  let answer: DnsAnswer;
  try {
    answer = await st.resolver.resolve(name, type, st.signal);
  } catch (e) {
    throw new SpfStop('temperror', reason('spf-eval-dns', { name: `${name} ${type}`, detail: (e as Error).message }));
  }
  if (answer.rcode === 'SERVFAIL' || answer.rcode === 'REFUSED')
    throw new SpfStop('temperror', reason('spf-eval-dns', { name: `${name} ${type}`, detail: answer.rcode }));
  // A CNAME chain that loops or never ends is a DNS failure, not "no data" (issue 12 §2).
  const loop = cnameProblem(answer, name, type);
  if (loop)
    throw new SpfStop(
      'temperror',
      reason('spf-eval-dns', { name: `${name} ${type}`, detail: `${loop.kind} ${loop.name}` }),
    );
  const wanted = answer.records.filter((r) => r.type === type);
  if (countVoid && (answer.rcode === 'NXDOMAIN' || wanted.length === 0)) countVoidLookup(st, name);
  return answer;
}

function countVoidLookup(st: State, name: string): void {
  st.voidLookups++;
  if (st.voidLookups > MAX_VOID_LOOKUPS)
    throw new SpfStop('permerror', reason('spf-eval-void-limit', { max: MAX_VOID_LOOKUPS, name }));
}

function countLookup(st: State, term: string): void {
  st.lookups++;
  if (st.lookups > MAX_LOOKUPS)
    throw new SpfStop('permerror', reason('spf-eval-lookup-limit', { max: MAX_LOOKUPS, term }));
}

async function addresses(st: State, name: string, countVoid: boolean): Promise<IpBytes[]> {
  const type = st.ip.length === 4 ? 'A' : 'AAAA';
  const answer = await query(st, name, type, countVoid);
  return answer.records.flatMap((r) =>
    r.type === type ? [parseRecordAddress(r.address)].filter((a): a is IpBytes => !!a) : [],
  );
}

/**
 * §5.5: PTR names of the client IP that resolve back to it (at most 10 names are tried). For the
 * ptr mechanism the PTR query is the term's own lookup, so NXDOMAIN or no data counts as a void
 * lookup (§4.6.4, as pyspf and mailauth count it); the %{p} macro's lookup does not.
 */
async function validatedNames(st: State, countVoid = false): Promise<string[]> {
  let answer: DnsAnswer;
  try {
    answer = await query(st, reverseName(st.ip), 'PTR', countVoid);
  } catch (e) {
    if (e instanceof SpfStop && e.result === 'permerror') throw e; // the void limit, not a DNS error
    return []; // §5.5: a DNS error on the PTR lookup makes the mechanism not match
  }
  const names = answer.records.flatMap((r) => (r.type === 'PTR' ? [r.target] : [])).slice(0, MAX_NAMES_PER_MX_OR_PTR);
  const out: string[] = [];
  for (const name of names) {
    try {
      if ((await addresses(st, name, false)).some((a) => inCidr(st.ip, a, a.length * 8))) out.push(name);
    } catch {
      // §5.5: errors on the address lookups skip that name
    }
  }
  return out;
}

function isSubdomainOf(name: string, domain: string): boolean {
  const n = normalizeName(name);
  const d = normalizeName(domain);
  return n === d || n.endsWith(`.${d}`);
}

function macroValues(st: State, domain: string): MacroValues {
  return {
    s: `${st.local}@${st.senderDomain}`,
    l: st.local,
    o: st.senderDomain,
    d: domain,
    i: ipForMacroI(st.ip),
    v: st.ip.length === 4 ? 'in-addr' : 'ip6',
    h: st.query.helo ?? st.senderDomain,
    c: ipForMacroC(st.ip),
    r: st.query.receiver ?? 'unknown',
    t: String(Math.floor(Date.now() / 1000)),
    // §7.3 "p": a validated name, preferring <domain> or a subdomain of it; "unknown" otherwise.
    p: async () => {
      const names = await validatedNames(st);
      return (
        names.find((n) => normalizeName(n) === normalizeName(domain)) ??
        names.find((n) => isSubdomainOf(n, domain)) ??
        names[0] ??
        'unknown'
      );
    },
  };
}

async function target(st: State, domain: string, spec: MacroString | undefined): Promise<string> {
  return spec ? truncateDomain(await expandMacroString(spec, macroValues(st, domain))) : domain;
}

async function matches(st: State, domain: string, m: Mechanism, text: string): Promise<boolean> {
  switch (m.kind) {
    case 'all':
      return true;
    case 'ip4':
    case 'ip6':
      return (m.kind === 'ip4') === (st.ip.length === 4) && inCidr(st.ip, m.net, m.cidr);
    case 'include': {
      countLookup(st, text);
      const name = await target(st, domain, m.domain);
      const r = await evaluate(st, name);
      if (r.result === 'pass') return true;
      if (r.result === 'temperror')
        throw new SpfStop('temperror', r.reason ?? reason('spf-eval-include-temp', { name }));
      if (r.result === 'permerror' || r.result === 'none')
        throw new SpfStop(
          'permerror',
          r.result === 'none'
            ? reason('spf-eval-include-none', { name })
            : (r.reason ?? reason('spf-eval-include-broken', { name })),
        );
      return false;
    }
    case 'a': {
      countLookup(st, text);
      const cidr = st.ip.length === 4 ? m.cidr4 : m.cidr6;
      return (await addresses(st, await target(st, domain, m.domain), true)).some((a) => inCidr(st.ip, a, cidr));
    }
    case 'mx': {
      countLookup(st, text);
      const answer = await query(st, await target(st, domain, m.domain), 'MX', true);
      const hosts = answer.records.flatMap((r) => (r.type === 'MX' && r.exchange !== '' ? [r.exchange] : []));
      if (hosts.length > MAX_NAMES_PER_MX_OR_PTR)
        throw new SpfStop(
          'permerror',
          reason('spf-eval-mx-too-many', { term: text, hosts: hosts.length, max: MAX_NAMES_PER_MX_OR_PTR }),
        );
      const cidr = st.ip.length === 4 ? m.cidr4 : m.cidr6;
      for (const host of hosts) if ((await addresses(st, host, false)).some((a) => inCidr(st.ip, a, cidr))) return true;
      return false;
    }
    case 'ptr': {
      countLookup(st, text);
      const want = await target(st, domain, m.domain);
      return (await validatedNames(st, true)).some((n) => isSubdomainOf(n, want));
    }
    case 'exists': {
      countLookup(st, text);
      // §5.7: always an A query, whatever the client's address family.
      const answer = await query(st, await target(st, domain, m.domain), 'A', true);
      return answer.records.some((r) => r.type === 'A');
    }
  }
}

/** §6.2: the explanation for a fail; any problem means "no explanation", never an error. */
async function explain(st: State, domain: string, spec: MacroString): Promise<string | undefined> {
  try {
    const name = await target(st, domain, spec);
    if (!isWireName(name)) return undefined;
    const answer = await st.resolver.resolve(name, 'TXT', st.signal);
    const texts = answer.rcode === 'NOERROR' ? txtRecords(answer) : [];
    if (texts.length !== 1) return undefined;
    const ms = parseMacroString(texts[0]!, true);
    return 'error' in ms ? undefined : await expandMacroString(ms, macroValues(st, domain));
  } catch {
    return undefined;
  }
}

async function evaluate(st: State, domain: string): Promise<Omit<SpfResult, 'lookups' | 'voidLookups'>> {
  // §4.3: a malformed domain, or NXDOMAIN, is "none".
  if (!isValidSpfDomain(domain)) return { result: 'none', reason: reason('spf-eval-bad-domain', { domain }) };
  let answer: DnsAnswer;
  try {
    answer = await query(st, domain, 'TXT', false);
  } catch (e) {
    return {
      result: 'temperror',
      reason: e instanceof SpfStop ? e.why : reason('spf-eval-dns', { name: domain, detail: (e as Error).message }),
    };
  }
  if (answer.rcode === 'NXDOMAIN') return { result: 'none', reason: reason('spf-eval-nxdomain', { domain }) };
  const records = txtRecords(answer).filter(isSpfRecord);
  if (records.length === 0) return { result: 'none', reason: reason('spf-eval-no-record', { domain }) };
  if (records.length > 1)
    return { result: 'permerror', reason: reason('spf-eval-multiple', { domain, count: records.length }) };
  const parsed = parseSpf(records[0]!);
  if (parsed.error) return { result: 'permerror', reason: reason('spf-eval-syntax', { domain, inner: parsed.error }) };
  for (const term of parsed.terms) {
    if (term.type !== 'mechanism') continue;
    if (await matches(st, domain, term.mechanism, term.text)) {
      const result = QUALIFIER_RESULT[term.qualifier];
      const explanation = result === 'fail' && parsed.exp ? await explain(st, domain, parsed.exp) : undefined;
      return { result, explanation, reason: reason('spf-eval-matched', { domain, term: term.text }) };
    }
  }
  if (parsed.redirect) {
    countLookup(st, `redirect=${parsed.redirect.raw}`);
    const name = await target(st, domain, parsed.redirect);
    const r = await evaluate(st, name);
    // §6.1: a redirect to a domain without a record is a permerror.
    return r.result === 'none'
      ? { result: 'permerror', reason: reason('spf-eval-redirect', { name, ...(r.reason ? { inner: r.reason } : {}) }) }
      : r;
  }
  return { result: 'neutral', reason: reason('spf-eval-no-match', { domain }) };
}

/** check_host() per RFC 7208 §4: the SPF verdict for a client IP, domain and sender. */
export async function checkHost(query: SpfQuery, resolver: Resolver, signal?: AbortSignal): Promise<SpfResult> {
  const ip = parseClientIp(query.ip);
  if (!ip)
    return { result: 'permerror', lookups: 0, voidLookups: 0, reason: reason('spf-eval-bad-ip', { ip: query.ip }) };
  // §4.3: a sender without a local-part is treated as postmaster@domain.
  const at = query.sender.lastIndexOf('@');
  const local = at > 0 ? query.sender.slice(0, at) : 'postmaster';
  const senderDomain = at >= 0 ? query.sender.slice(at + 1) : query.sender || query.domain;
  const st: State = { ip, query, local, senderDomain, resolver, lookups: 0, voidLookups: 0, signal };
  try {
    const r = await evaluate(st, normalizeName(query.domain));
    return { ...r, lookups: st.lookups, voidLookups: st.voidLookups };
  } catch (e) {
    if (e instanceof SpfStop)
      return { result: e.result, reason: e.why, lookups: st.lookups, voidLookups: st.voidLookups };
    throw e;
  }
}
