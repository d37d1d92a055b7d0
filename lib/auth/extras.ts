// The extras around authentication (knowledge.md §5 "Also useful", §9): BIMI, MTA-STS, TLS-RPT,
// DNSSEC and DNS block lists. Optional records that are absent are said to be absent, not "fine".
import type { DnsProblem, Resolver } from '../dns/types';
import { lookup, txtRecords } from './lookup';
import type { AreaResult } from './types';

export type ExtraArea = AreaResult & { record?: string };

async function versioned(
  resolver: Resolver,
  name: string,
  version: RegExp,
  signal?: AbortSignal,
): Promise<{ record?: string; error?: DnsProblem }> {
  const res = await lookup(resolver, name, 'TXT', signal);
  if (!res.ok) return { error: res.error };
  return { record: txtRecords(res.answer).find((t) => version.test(t)) };
}

/** BIMI (default._bimi): shows the logo only under DMARC enforcement (quarantine or reject). */
export async function evaluateBimi(
  domain: string,
  resolver: Resolver,
  dmarcPolicy: Promise<string | undefined> | string | undefined,
  signal?: AbortSignal,
): Promise<ExtraArea> {
  // The record is asked at once; only judging it waits for the DMARC policy.
  const [r, policy] = await Promise.all([
    versioned(resolver, `default._bimi.${domain}`, /^v=BIMI1\b/i, signal),
    dmarcPolicy,
  ]);
  if (r.error) return { status: 'unknown', summary: { id: 'bimi-unchecked' }, findings: [], error: r.error };
  if (!r.record) return { status: 'pass', summary: { id: 'bimi-none' }, findings: [] };
  if (policy !== 'quarantine' && policy !== 'reject')
    return {
      status: 'warn',
      summary: { id: 'bimi-needs-enforcement' },
      findings: [{ id: 'bimi-needs-enforcement', severity: 'warning' }],
      record: r.record,
    };
  return { status: 'pass', summary: { id: 'bimi-ok' }, findings: [], record: r.record };
}

/** MTA-STS (_mta-sts, RFC 8461 §3.1): a v=STSv1 record with an id. */
export async function evaluateMtaSts(domain: string, resolver: Resolver, signal?: AbortSignal): Promise<ExtraArea> {
  const r = await versioned(resolver, `_mta-sts.${domain}`, /^v=STSv1\b/i, signal);
  if (r.error) return { status: 'unknown', summary: { id: 'mta-sts-unchecked' }, findings: [], error: r.error };
  if (!r.record) return { status: 'pass', summary: { id: 'mta-sts-none' }, findings: [] };
  if (!/(^|;)\s*id=[A-Za-z0-9]{1,32}\s*(;|$)/.test(r.record))
    return {
      status: 'warn',
      summary: { id: 'mta-sts-syntax' },
      findings: [{ id: 'mta-sts-syntax', severity: 'warning' }],
      record: r.record,
    };
  return { status: 'pass', summary: { id: 'mta-sts-ok' }, findings: [], record: r.record };
}

/** TLS-RPT (_smtp._tls, RFC 8460 §3): a v=TLSRPTv1 record with rua=. */
export async function evaluateTlsRpt(domain: string, resolver: Resolver, signal?: AbortSignal): Promise<ExtraArea> {
  const r = await versioned(resolver, `_smtp._tls.${domain}`, /^v=TLSRPTv1\b/i, signal);
  if (r.error) return { status: 'unknown', summary: { id: 'tls-rpt-unchecked' }, findings: [], error: r.error };
  if (!r.record) return { status: 'pass', summary: { id: 'tls-rpt-none' }, findings: [] };
  if (!/rua=\s*(mailto:|https:)/i.test(r.record))
    return {
      status: 'warn',
      summary: { id: 'tls-rpt-syntax' },
      findings: [{ id: 'tls-rpt-syntax', severity: 'warning' }],
      record: r.record,
    };
  return { status: 'pass', summary: { id: 'tls-rpt-ok' }, findings: [], record: r.record };
}

/** DNSSEC from the resolver's AD flag on an answer for the domain. */
export function describeDnssec(authenticated: boolean | undefined): AreaResult {
  if (authenticated === undefined) return { status: 'unknown', summary: { id: 'dnssec-unchecked' }, findings: [] };
  return authenticated
    ? { status: 'pass', summary: { id: 'dnssec-ok' }, findings: [] }
    : { status: 'warn', summary: { id: 'dnssec-unsigned' }, findings: [{ id: 'dnssec-unsigned', severity: 'info' }] };
}

/**
 * Block lists cannot be asked honestly through a public resolver: Spamhaus answers those with
 * 127.255.255.x ("query refused") or NXDOMAIN (knowledge.md §9), so no query is made.
 */
export function describeBlocklists(): AreaResult {
  return {
    status: 'unknown',
    summary: { id: 'blocklists-not-checkable' },
    findings: [],
  };
}
