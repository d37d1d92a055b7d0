// The list audit (issue 14 §1, knowledge.md §7): every address with its hygiene flags, who hosts
// it, and its engagement segment; totals for the summary. Two passes over the file, so a
// million-row list is never held: pass 1 (`createListAuditor`) counts, per distinct domain, what
// the DNS answer will decide; after the lookups `finish` gives the summary; pass 2
// (`createRowJudge`) gives each row its final verdict for the exports, row by row.
import { createHygieneChecker, type HygieneFlag } from '../hygiene/flags';
import { isDisposableDomain } from '../hygiene/disposable';
import type { DomainLiveness } from '../hygiene/domain-dead';
import {
  knownProviderOfDomain,
  providerOfMx,
  MAILBOX_PROVIDERS,
  type MailboxProvider,
} from '../hygiene/mailbox-provider';
import { isYes } from '../import/columns';
import { parseDateCell } from '../import/dates';
import { SEGMENTS, segmentOf, type SegmentId } from './segments';
import { auditFindings, bounceScale, type AuditFinding, type BounceScale } from './findings';

export interface AuditColumns {
  email: number;
  lastActivity?: number;
  created?: number;
  lastOrder?: number;
  customer?: number;
}

/** Why an address is left out of the cleaned list, the first that applies. */
export type RemovalReason = 'syntax' | 'duplicate' | 'domain-dead' | 'typo' | 'disposable';
const REMOVAL_ORDER: RemovalReason[] = ['syntax', 'duplicate', 'domain-dead', 'typo', 'disposable'];

export interface AuditedRow {
  email: string;
  flags: HygieneFlag[];
  suggestion?: string;
  /** The A-label domain, when the address is valid. */
  domain?: string;
  provider?: MailboxProvider;
  segment?: SegmentId;
  removed?: RemovalReason;
}

export interface Share {
  count: number;
  share: number;
}

export interface AuditSummary {
  /** Data rows read (header excluded). */
  rows: number;
  /** Rows whose email cell is empty: contacts without an address, not counted further. */
  noEmail: number;
  /** Rows with an address, duplicates included. */
  addresses: number;
  /** Distinct addresses (duplicates counted once). */
  distinct: number;
  flags: Record<HygieneFlag, number>;
  removed: number;
  kept: number;
  /** Distinct addresses that cannot arrive (bad syntax, typo, dead domain) over distinct addresses. */
  expectedHardBounce: Share & { scale: BounceScale };
  /** Shares of distinct valid addresses; absent when no engagement column was given. */
  engagement?: { silent6m: Share; never: Share; neverOld: Share };
  /** Kept addresses by mailbox provider. */
  providers: Record<MailboxProvider, number>;
  /** Kept addresses by segment. */
  segments: Record<SegmentId, number>;
  domains: { distinct: number; lookedUp: number; dead: number; unknown: number };
  findings: AuditFinding[];
}

export interface AuditOptions {
  columns: AuditColumns;
  /** "Today" for the engagement segments (ms since 1970). */
  now: number;
}

interface DomainTally {
  /** Rows (duplicates included) and distinct addresses at the domain with a valid address. */
  rows: number;
  distinct: number;
  /** Distinct addresses not already removed for a local reason (typo, disposable), per segment. */
  keptBySegment: number[];
  /** Distinct addresses already counted as a certain bounce locally (typo). */
  localBounce: number;
}

const emptyFlags = (): Record<HygieneFlag, number> => ({
  syntax: 0,
  duplicate: 0,
  role: 0,
  typo: 0,
  disposable: 0,
  'domain-dead': 0,
});

function readContact(row: string[], opts: AuditOptions) {
  const c = opts.columns;
  const act = c.lastActivity !== undefined ? parseDateCell(row[c.lastActivity]) : undefined;
  const ord = c.lastOrder !== undefined ? parseDateCell(row[c.lastOrder]) : undefined;
  const engaged = act === undefined ? ord : ord === undefined ? act : Math.max(act, ord);
  return {
    customer: c.customer !== undefined && isYes(row[c.customer]),
    engaged,
    created: c.created !== undefined ? parseDateCell(row[c.created]) : undefined,
    hasEngagementData: c.lastActivity !== undefined || c.lastOrder !== undefined,
  };
}

/** The provider of a domain: known by name, else from the lookup; 'unknown' without one. */
export function providerOf(domain: string, liveness: DomainLiveness | undefined): MailboxProvider {
  const known = knownProviderOfDomain(domain);
  if (known) return known;
  if (liveness?.state === 'alive') return providerOfMx(liveness.exchanges ?? [], domain);
  return 'unknown';
}

/** Domains that need a DNS lookup: big consumer domains are known to be alive (knowledge.md §7). */
export function needsLookup(domain: string): boolean {
  return knownProviderOfDomain(domain) === undefined;
}

/** Pass 1: counts per flag and, per domain, what its lookup will decide. */
export function createListAuditor(opts: AuditOptions) {
  const hygiene = createHygieneChecker(isDisposableDomain);
  const flags = emptyFlags();
  const domains = new Map<string, DomainTally>();
  let rows = 0;
  let noEmail = 0;
  let syntaxDistinct = 0;
  const eng = { valid: 0, silent6m: 0, never: 0, neverOld: 0 };
  const hasEngagement = opts.columns.lastActivity !== undefined || opts.columns.lastOrder !== undefined;
  return {
    /** Adds one data row. */
    add(row: string[]): void {
      rows++;
      const cell = (row[opts.columns.email] ?? '').trim();
      if (!cell) {
        noEmail++;
        return;
      }
      const h = hygiene.check(cell);
      for (const f of h.flags) flags[f]++;
      if (!h.domain) {
        syntaxDistinct++;
        return;
      }
      let t = domains.get(h.domain);
      if (!t)
        domains.set(h.domain, (t = { rows: 0, distinct: 0, keptBySegment: SEGMENTS.map(() => 0), localBounce: 0 }));
      t.rows++;
      if (h.flags.includes('duplicate')) return;
      t.distinct++;
      const contact = readContact(row, opts);
      const segment = segmentOf(contact, opts.now);
      if (hasEngagement) {
        eng.valid++;
        if (contact.engaged === undefined && !contact.customer) {
          eng.never++;
          if (segment === 'do-not-mail') eng.neverOld++;
        } else if (segment === 'reconfirm') eng.silent6m++;
      }
      if (h.flags.includes('typo')) t.localBounce++;
      else if (!h.flags.includes('disposable')) t.keptBySegment[SEGMENTS.indexOf(segment)]!++;
    },
    /** The distinct valid domains seen, for the lookups. */
    domains(): string[] {
      return [...domains.keys()];
    },
    /** The summary, once the lookups are in (without DNS: pass none, and nothing is "dead"). */
    finish(liveness?: Map<string, DomainLiveness>): AuditSummary {
      const providers = Object.fromEntries(MAILBOX_PROVIDERS.map((p) => [p, 0])) as Record<MailboxProvider, number>;
      const segments = Object.fromEntries(SEGMENTS.map((s) => [s, 0])) as Record<SegmentId, number>;
      const f = { ...flags };
      let dead = 0;
      let unknown = 0;
      let lookedUp = 0;
      let bounce = syntaxDistinct;
      let kept = 0;
      for (const [domain, t] of domains) {
        const l = liveness?.get(domain);
        if (l) lookedUp++;
        if (l?.state === 'unknown') unknown++;
        if (l?.state === 'dead') {
          dead++;
          f['domain-dead'] += t.rows;
          bounce += t.distinct;
          continue;
        }
        bounce += t.localBounce;
        const p = providerOf(domain, l);
        t.keptBySegment.forEach((n, i) => {
          segments[SEGMENTS[i]!] += n;
          providers[p] += n;
          kept += n;
        });
      }
      const addresses = rows - noEmail;
      const distinct = addresses - flags.duplicate;
      const share = (n: number, of: number): Share => ({ count: n, share: of ? n / of : 0 });
      const hb = share(bounce, distinct);
      const summary: AuditSummary = {
        rows,
        noEmail,
        addresses,
        distinct,
        flags: f,
        removed: addresses - kept,
        kept,
        expectedHardBounce: { ...hb, scale: bounceScale(hb.share) },
        ...(hasEngagement
          ? {
              engagement: {
                silent6m: share(eng.silent6m, eng.valid),
                never: share(eng.never, eng.valid),
                neverOld: share(eng.neverOld, eng.valid),
              },
            }
          : {}),
        providers,
        segments,
        domains: { distinct: domains.size, lookedUp, dead, unknown },
        findings: [],
      };
      summary.findings = auditFindings(summary, { hasEngagement, dnsChecked: liveness !== undefined });
      return summary;
    },
  };
}

/** Pass 2: the final verdict of each row, in file order (the same checks as pass 1). */
export function createRowJudge(opts: AuditOptions, liveness?: Map<string, DomainLiveness>) {
  const hygiene = createHygieneChecker(isDisposableDomain);
  return (row: string[]): AuditedRow | undefined => {
    const cell = (row[opts.columns.email] ?? '').trim();
    if (!cell) return undefined;
    const h = hygiene.check(cell);
    const out: AuditedRow = { email: h.email, flags: h.flags };
    if (h.suggestion) out.suggestion = h.suggestion;
    if (h.domain) {
      out.domain = h.domain;
      const l = liveness?.get(h.domain);
      if (l?.state === 'dead') out.flags = [...h.flags, 'domain-dead'];
      else out.provider = providerOf(h.domain, l);
    }
    const removed = REMOVAL_ORDER.find((r) => out.flags.includes(r));
    if (removed) out.removed = removed;
    else out.segment = segmentOf(readContact(row, opts), opts.now);
    return out;
  };
}
