// auditSpf: the whole SPF include/redirect tree of a domain, what each term costs against the
// limit of 10 DNS-querying terms (RFC 7208 §4.6.4), and findings in plain words. Unlike
// check_host it keeps walking past the limit, so the marketer sees the whole tree. Each level
// is fetched in parallel; the running total follows evaluation order (a depth-first walk of
// the terms, as check_host would count them if nothing matched), never arrival order.
import type { DnsProblem, Resolver } from '../dns/types';
import { isWireName } from '../dns/wire-name';
import { lookup, txtRecords, type Lookup } from './lookup';
import { isSpfRecord } from './spf-record';
import type { Reason } from './reason';
import { parseSpf, type Term } from './spf-parse';
import { MAX_LOOKUPS, MAX_VOID_LOOKUPS } from './spf-eval';
import { spfFindings } from './spf-findings';
import type { AreaResult, EspId } from './types';

export interface SpfAuditTerm {
  text: string;
  /** DNS-querying cost of the term itself: 1 for include a mx ptr exists redirect (§4.6.4). */
  cost: number;
  /** Running total of DNS-querying terms once this term and its subtree are counted. */
  total: number;
  /** The term that takes the count past 10: evaluation would stop here with permerror. */
  overLimit?: boolean;
  /** For a/mx/exists: the lookup found nothing (NXDOMAIN or no data), a void lookup. */
  void?: boolean;
  /** For a/mx/exists: the lookup itself failed (so void and host counts are not known). */
  problem?: DnsProblem;
  /** For mx: how many MX hosts it would look up (at most 10, §4.6.4). */
  mxHosts?: number;
  /** Macros make the target depend on the message; it is counted but not followed. */
  dependsOnSender?: boolean;
  /** The included or redirected record. */
  child?: SpfAuditNode;
}

export interface SpfAuditNode {
  domain: string;
  state: 'ok' | 'none' | 'multiple' | 'syntax' | 'unreachable' | 'loop' | 'too-deep';
  record?: string;
  strings?: string[];
  /** state 'multiple': every v=spf1 record at the name. */
  records?: string[];
  /** state 'loop': the chain of includes that comes back to this name. */
  path?: string[];
  /** state 'unreachable': why the TXT lookup gave no answer. */
  problem?: DnsProblem;
  /** Estimated size of the TXT response in bytes (all TXT records at the name). */
  answerBytes?: number;
  /** state 'syntax': what the parser stopped at. */
  error?: Reason;
  terms: SpfAuditTerm[];
}

export interface SpfAudit extends AreaResult {
  domain: string;
  root: SpfAuditNode;
  totalLookups: number;
  voidLookups: number;
  /** v=spf1 records at the domain itself (exactly one is right). */
  records: number;
}

const MAX_DEPTH = 12; // loops end here at the latest; the limit of 10 would stop evaluation first
const MAX_NODES = 60;

interface Walk {
  resolver: Resolver;
  signal?: AbortSignal;
  nodes: number;
}

/** Size of a DNS response carrying these TXT records (RFC 1035 §4.1): header, question, RRs. */
export function txtAnswerBytes(name: string, records: string[][]): number {
  const qname = name.length + 2;
  return (
    12 +
    qname +
    4 +
    records.reduce(
      (n, strings) => n + 2 + 10 + strings.reduce((m, s) => m + new TextEncoder().encode(s).length + 1, 0),
      0,
    )
  );
}

async function fetchNode(w: Walk, domain: string, path: string[]): Promise<SpfAuditNode> {
  if (path.includes(domain)) return { domain, state: 'loop', terms: [], path: [...path, domain] };
  if (path.length >= MAX_DEPTH || w.nodes >= MAX_NODES) return { domain, state: 'too-deep', terms: [] };
  w.nodes++;
  const res = await lookup(w.resolver, domain, 'TXT', w.signal);
  if (!res.ok) return { domain, state: 'unreachable', problem: res.error, terms: [] };
  const all = res.answer.records.flatMap((r) => (r.type === 'TXT' ? [r.strings] : []));
  const spf = all.filter((s) => isSpfRecord(s.join('')));
  const answerBytes = txtAnswerBytes(domain, all);
  if (spf.length === 0) return { domain, state: 'none', terms: [], answerBytes };
  if (spf.length > 1) return { domain, state: 'multiple', terms: [], answerBytes, records: spf.map((s) => s.join('')) };
  const record = spf[0]!.join('');
  const parsed = parseSpf(record);
  if (parsed.error)
    return { domain, state: 'syntax', record, strings: spf[0], answerBytes, error: parsed.error, terms: [] };
  const terms = await Promise.all(parsed.terms.map((t) => auditTerm(w, domain, t, [...path, domain])));
  return {
    domain,
    state: 'ok',
    record,
    strings: spf[0],
    answerBytes,
    terms: terms.filter((t): t is SpfAuditTerm => !!t),
  };
}

/** A macro-free domain-spec's literal text, or undefined when it holds macros. */
function literal(spec: { raw: string } | undefined, fallback: string): string | undefined {
  if (!spec) return fallback;
  return /%\{/.test(spec.raw) ? undefined : spec.raw.replace(/%%/g, '%').replace(/\.$/, '').toLowerCase();
}

function isVoid(res: Lookup, type: string): boolean | undefined {
  if (!res.ok) return undefined;
  return res.answer.rcode === 'NXDOMAIN' || !res.answer.records.some((r) => r.type === type);
}

async function auditTerm(w: Walk, domain: string, term: Term, path: string[]): Promise<SpfAuditTerm | undefined> {
  const base = { text: term.text, total: 0 };
  if (term.type === 'modifier') {
    if (term.name !== 'redirect') return { ...base, cost: 0 }; // exp= is fetched only on fail, outside the limit
    const target = literal(term.value, domain);
    if (!target) return { ...base, cost: 1, dependsOnSender: true };
    return { ...base, cost: 1, child: await fetchNode(w, target, path) };
  }
  const m = term.mechanism;
  switch (m.kind) {
    case 'all':
    case 'ip4':
    case 'ip6':
      return { ...base, cost: 0 };
    case 'ptr':
      return { ...base, cost: 1, dependsOnSender: true };
    case 'include': {
      const target = literal(m.domain, domain);
      if (!target) return { ...base, cost: 1, dependsOnSender: true };
      return { ...base, cost: 1, child: await fetchNode(w, target, path) };
    }
    case 'a':
    case 'exists':
    case 'mx': {
      const target = literal(m.domain, domain);
      if (!target) return { ...base, cost: 1, dependsOnSender: true };
      if (!isWireName(target)) return { ...base, cost: 1, void: true };
      const type = m.kind === 'mx' ? 'MX' : 'A';
      const res = await lookup(w.resolver, target, type, w.signal);
      // Void as check_host counts it for an IPv4 client (§4.6.4), the common case.
      const out: SpfAuditTerm = {
        ...base,
        cost: 1,
        void: isVoid(res, type),
        ...(res.ok ? {} : { problem: res.error }),
      };
      if (m.kind === 'mx' && res.ok)
        out.mxHosts = res.answer.records.filter((r) => r.type === 'MX' && r.exchange !== '').length;
      return out;
    }
  }
}

/** Fills in running totals in evaluation order and returns the tree's totals. */
function count(node: SpfAuditNode, acc: { lookups: number; voids: number }): void {
  for (const t of node.terms) {
    const before = acc.lookups;
    acc.lookups += t.cost;
    if (before <= MAX_LOOKUPS && acc.lookups > MAX_LOOKUPS) t.overLimit = true;
    if (t.void) acc.voids++;
    if (t.child) count(t.child, acc);
    t.total = acc.lookups;
  }
}

/** Audits a domain's SPF: the tree, the cost of each term and the total, and findings. */
export async function auditSpf(
  domain: string,
  resolver: Resolver,
  options: { esp?: EspId; signal?: AbortSignal } = {},
): Promise<SpfAudit> {
  const w: Walk = { resolver, signal: options.signal, nodes: 0 };
  const root = await fetchNode(w, domain.toLowerCase().replace(/\.$/, ''), []);
  const acc = { lookups: 0, voids: 0 };
  count(root, acc);
  const records =
    root.state === 'multiple' ? root.records!.length : root.state === 'none' || root.state === 'unreachable' ? 0 : 1;
  const area = spfFindings(root, {
    totalLookups: acc.lookups,
    voidLookups: acc.voids,
    esp: options.esp,
    maxLookups: MAX_LOOKUPS,
    maxVoid: MAX_VOID_LOOKUPS,
  });
  return { ...area, domain: root.domain, root, totalLookups: acc.lookups, voidLookups: acc.voids, records };
}
