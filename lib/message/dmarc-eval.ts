// DMARC for the From domain of a received message (RFC 7489 §6.6, RFC 9989): the policy record
// found the way lib/auth/dmarc.ts finds it (the domain, else its organisational domain — both
// asked at once), then a pass when a DKIM signature that verified, or the receiver's SPF pass
// (read from its Authentication-Results), is aligned under adkim/aspf (§3.1).
import type { Resolver } from '../dns/types';
import { lookup, txtRecords } from '../auth/lookup';
import { organizationalDomain, parseDmarc, type DmarcRecord } from '../auth/dmarc';
import type { AuthResultsReport, DkimSignatureReport, MessageReport } from './types';

export type PolicyLookup =
  | { kind: 'found'; record: DmarcRecord; domain: string; inherited: boolean }
  | { kind: 'none' }
  | { kind: 'temperror' }
  | { kind: 'permerror' };

/** Finds the DMARC record for a From domain (RFC 7489 §6.6.3). */
export async function lookupPolicy(domain: string, resolver: Resolver, signal?: AbortSignal): Promise<PolicyLookup> {
  const org = organizationalDomain(domain);
  const names = org !== domain ? [domain, org] : [domain];
  const answers = await Promise.all(names.map((n) => lookup(resolver, `_dmarc.${n}`, 'TXT', signal)));
  for (const [i, name] of names.entries()) {
    const res = answers[i]!;
    if (!res.ok) return { kind: 'temperror' };
    const records = txtRecords(res.answer).filter((r) => /^v\s*=\s*DMARC1\b/i.test(r));
    if (records.length > 1) return { kind: 'permerror' };
    if (records.length === 1) {
      const record = parseDmarc(records[0]!);
      if (record.p === undefined) return { kind: 'permerror' };
      return { kind: 'found', record, domain: name, inherited: name !== domain };
    }
  }
  return { kind: 'none' };
}

/** Identifier alignment (RFC 7489 §3.1): strict = same name, relaxed = same organisational domain. */
export function isAligned(a: string, b: string, mode: 'r' | 's' = 'r'): boolean {
  if (mode === 's') return a.toLowerCase() === b.toLowerCase();
  return organizationalDomain(a.toLowerCase()) === organizationalDomain(b.toLowerCase());
}

/** The DMARC result from the policy, our DKIM results and the receiver's SPF result. */
export function evaluateMessageDmarc(
  fromDomain: string,
  policy: PolicyLookup,
  dkim: DkimSignatureReport[],
  receiver: AuthResultsReport | undefined,
): NonNullable<MessageReport['dmarc']> {
  const spf = receiver?.spf
    ? { result: receiver.spf, domain: receiver.spfDomain, authserv: receiver.authserv }
    : undefined;
  const extra = spf ? { spf } : {};
  if (policy.kind !== 'found') return { result: policy.kind, ...extra };
  const { record } = policy;
  // A subdomain without its own record gets the organisational domain's sp= (§6.6.3).
  const p = policy.inherited ? (record.sp ?? record.p) : record.p;
  const base = { policy: p, recordDomain: policy.domain, ...extra };
  const viaDkim = dkim.find((s) => s.result === 'pass' && isAligned(s.domain, fromDomain, record.adkim));
  if (viaDkim) return { result: 'pass', ...base, via: { kind: 'dkim', domain: viaDkim.domain } };
  if (spf?.result === 'pass' && spf.domain && isAligned(spf.domain, fromDomain, record.aspf))
    return { result: 'pass', ...base, via: { kind: 'spf', domain: spf.domain } };
  // A signature we could not check might have passed: not a fail we can stand behind.
  if (
    dkim.some(
      (s) => (s.result === 'temperror' || s.result === 'neutral') && isAligned(s.domain, fromDomain, record.adkim),
    )
  )
    return { result: 'temperror', ...base };
  return { result: 'fail', ...base };
}
