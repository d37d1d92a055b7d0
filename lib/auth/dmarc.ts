// DMARC (RFC 7489, and RFC 9989 "DMARCbis"): record parsing with tag validation, policy
// discovery with fallback to the organisational domain, and findings for the marketer.
import { getDomain } from 'tldts-icann'; // ICANN section only, as allowPrivateDomains: false asks
import type { Resolver } from '../dns/types';
import { lookup, txtRecords } from './lookup';
import { reason, type Reason } from './reason';
import { parseTagList } from './tags';
import type { AreaResult, AuthFinding, DomainCheck } from './types';

export type DmarcPolicy = 'none' | 'quarantine' | 'reject';

export interface DmarcRecord {
  p?: DmarcPolicy;
  sp?: DmarcPolicy;
  np?: DmarcPolicy;
  adkim: 'r' | 's';
  aspf: 'r' | 's';
  pct: number;
  rua: string[];
  ruf: string[];
  /** RFC 9989 §4.7: t=y asks receivers to apply one policy level lower (testing). */
  testing: boolean;
  errors: Reason[];
  warnings: Reason[];
}

const POLICIES = ['none', 'quarantine', 'reject'] as const;
const KNOWN = new Set(['v', 'p', 'sp', 'np', 'adkim', 'aspf', 'pct', 'fo', 'rua', 'ruf', 'rf', 'ri', 't', 'psd']);

function policy(v: string | undefined, tag: string, errors: Reason[]): DmarcPolicy | undefined {
  if (v === undefined) return undefined;
  const p = v.toLowerCase();
  if ((POLICIES as readonly string[]).includes(p)) return p as DmarcPolicy;
  errors.push(reason('dmarc-bad-policy', { tag, value: v.slice(0, 30) }));
  return undefined;
}

function uris(v: string | undefined, tag: string, errors: Reason[]): string[] {
  if (!v) return [];
  return v
    .split(',')
    .map((u) => u.trim())
    .filter((u) => {
      // RFC 7489 §6.2: a URI with an optional "!size" suffix; reports go by mailto.
      const ok = /^mailto:[^@\s]+@[^@\s!]+(![0-9]+[kmgt]?)?$/i.test(u);
      if (!ok) errors.push(reason('dmarc-not-mailto', { tag, uri: u.slice(0, 60) }));
      return ok;
    });
}

/** Parses a DMARC record (RFC 7489 §6.3, RFC 9989 §4.7). Never throws; problems are listed. */
export function parseDmarc(text: string): DmarcRecord {
  const { tags, order, errors } = parseTagList(text);
  const warnings: Reason[] = [];
  if (order[0] !== 'v' || tags.get('v') !== 'DMARC1') errors.push(reason('dmarc-no-v'));
  const rec: DmarcRecord = {
    p: policy(tags.get('p'), 'p', errors),
    sp: policy(tags.get('sp'), 'sp', errors),
    np: policy(tags.get('np'), 'np', errors),
    adkim: tags.get('adkim')?.toLowerCase() === 's' ? 's' : 'r',
    aspf: tags.get('aspf')?.toLowerCase() === 's' ? 's' : 'r',
    pct: 100,
    rua: uris(tags.get('rua'), 'rua', errors),
    ruf: uris(tags.get('ruf'), 'ruf', errors),
    testing: tags.get('t')?.toLowerCase() === 'y',
    errors,
    warnings,
  };
  if (!tags.has('p')) errors.push(reason('dmarc-no-p'));
  for (const t of ['adkim', 'aspf'] as const) {
    const v = tags.get(t);
    if (v !== undefined && !/^[rs]$/i.test(v))
      errors.push(reason('dmarc-bad-alignment', { tag: t, value: v.slice(0, 20) }));
  }
  const pct = tags.get('pct');
  if (pct !== undefined) {
    if (/^\d{1,3}$/.test(pct) && Number(pct) <= 100) rec.pct = Number(pct);
    else errors.push(reason('dmarc-bad-pct', { value: pct.slice(0, 20) }));
    warnings.push(reason('dmarc-pct-removed'));
  }
  const psd = tags.get('psd');
  if (psd !== undefined && !/^[ynu]$/i.test(psd)) errors.push(reason('dmarc-bad-psd', { value: psd.slice(0, 20) }));
  for (const gone of ['rf', 'ri'] as const)
    if (tags.has(gone)) warnings.push(reason('dmarc-tag-removed', { tag: gone }));
  const t = tags.get('t');
  if (t !== undefined && !/^[yn]$/i.test(t)) errors.push(reason('dmarc-bad-t', { value: t.slice(0, 20) }));
  for (const name of order) if (!KNOWN.has(name)) warnings.push(reason('dmarc-unknown-tag', { name }));
  return rec;
}

/** The organisational domain from the Public Suffix List (RFC 7489 §3.2). */
export function organizationalDomain(domain: string): string {
  return getDomain(domain, { allowPrivateDomains: false }) ?? domain;
}

/** The domain part of a mailto: report URI. */
function mailtoDomain(uri: string): string | undefined {
  return /^mailto:[^@]+@([^!]+)/i.exec(uri)?.[1]?.toLowerCase();
}

/**
 * RFC 7489 §7.1: reports to a domain outside the policy's organisational domain are sent only when
 * the destination publishes <policy-domain>._report._dmarc.<destination> with v=DMARC1.
 */
async function unauthorisedReportDomains(
  policyDomain: string,
  rec: DmarcRecord,
  resolver: Resolver,
  signal?: AbortSignal,
) {
  const org = organizationalDomain(policyDomain);
  const dests = [...new Set([...rec.rua, ...rec.ruf].map(mailtoDomain).filter((d): d is string => !!d))].filter(
    (d) => organizationalDomain(d) !== org,
  );
  const checks = await Promise.all(
    dests.map(async (dest) => {
      const res = await lookup(resolver, `${policyDomain}._report._dmarc.${dest}`, 'TXT', signal);
      if (!res.ok) return { dest, state: 'unknown' as const, error: res.error };
      return {
        dest,
        state: txtRecords(res.answer).some((t) => /^v\s*=\s*DMARC1/i.test(t)) ? ('ok' as const) : ('missing' as const),
      };
    }),
  );
  return checks.filter((c) => c.state !== 'ok');
}

/** Looks up the policy for a domain, falling back to the organisational domain (RFC 7489 §6.6.3). */
export async function evaluateDmarc(
  domain: string,
  resolver: Resolver,
  signal?: AbortSignal,
): Promise<DomainCheck['dmarc']> {
  const org = organizationalDomain(domain);
  // Both names are asked at once: the fallback costs no extra round trip.
  const names = org !== domain ? [domain, org] : [domain];
  const answers = await Promise.all(names.map((name) => lookup(resolver, `_dmarc.${name}`, 'TXT', signal)));
  for (const [i, name] of names.entries()) {
    const res = answers[i]!;
    // The organisational record is needed only when the domain's own is absent; while the
    // domain's own could not be read, nothing can be said (RFC 7489 §6.6.3 needs it first).
    if (!res.ok)
      return {
        status: 'unknown',
        summary: { id: 'dmarc-unchecked', params: { name: `_dmarc.${name}` } },
        findings: [],
        error: res.error,
      };
    const records = txtRecords(res.answer).filter((r) => /^v\s*=\s*DMARC1\b/i.test(r));
    if (records.length > 1) return fail('dmarc-multiple', { name: `_dmarc.${name}`, count: records.length });
    if (records.length === 1) {
      const rec = parseDmarc(records[0]!);
      const reports = await unauthorisedReportDomains(name, rec, resolver, signal);
      return describe(records[0]!, rec, name !== domain ? name : undefined, reports);
    }
  }
  return fail('dmarc-missing', { name: `_dmarc.${domain}` });
}

function fail(id: string, params: AuthFinding['params']): AreaResult {
  return { status: 'fail', summary: { id, params }, findings: [{ id, severity: 'error', params }] };
}

type ReportCheck = Awaited<ReturnType<typeof unauthorisedReportDomains>>[number];

function describe(
  record: string,
  rec: DmarcRecord,
  inheritedFrom: string | undefined,
  reports: ReportCheck[],
): DomainCheck['dmarc'] {
  const findings: AuthFinding[] = rec.errors.map((e) => ({
    id: 'dmarc-syntax',
    severity: 'error',
    params: { problem: e },
  }));
  findings.push(
    ...rec.warnings.map((w): AuthFinding => ({ id: 'dmarc-tag-warning', severity: 'info', params: { problem: w } })),
  );
  // A subdomain without its own record gets the organisational domain's sp= (RFC 7489 §6.6.3).
  const policy = inheritedFrom ? (rec.sp ?? rec.p) : rec.p;
  if (policy === 'none') findings.push({ id: 'dmarc-p-none', severity: 'warning' });
  if (rec.rua.length === 0) findings.push({ id: 'dmarc-no-rua', severity: 'warning' });
  if (rec.pct < 100) findings.push({ id: 'dmarc-pct', severity: 'warning', params: { pct: rec.pct } });
  if (rec.testing) findings.push({ id: 'dmarc-testing', severity: 'warning' });
  for (const r of reports)
    findings.push(
      r.state === 'missing'
        ? { id: 'dmarc-report-unauthorised', severity: 'warning', params: { dest: r.dest } }
        : {
            id: 'dmarc-report-unchecked',
            severity: 'info',
            params: { dest: r.dest, endpoint: r.error?.endpoint, kind: r.error?.kind },
          },
    );
  const broken = rec.errors.length > 0 || rec.p === undefined;
  return {
    status: broken ? 'fail' : findings.some((f) => f.severity === 'warning') ? 'warn' : 'pass',
    summary: broken
      ? { id: 'dmarc-invalid', params: { inheritedFrom, problem: rec.errors[0] } }
      : { id: 'dmarc-policy', params: { policy, inheritedFrom } },
    findings,
    record,
    policy,
    rua: rec.rua,
    ...(inheritedFrom ? { inheritedFrom } : {}),
  };
}
