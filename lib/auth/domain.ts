// checkDomain (api-contract.md "Domain check"): every check for a sender domain, with as much
// parallelism as the dependencies allow. Every first-level name is asked at once; the SPF tree
// is walked a level at a time in parallel; only what truly depends on an answer waits for it.
import { getPublicSuffix } from 'tldts-icann'; // ICANN section: tldts' default, without the private list
import type { Resolver } from '../dns/types';
import { evaluateAlignment } from './alignment';
import { evaluateDkim } from './dkim';
import { evaluateDmarc } from './dmarc';
import { describeBlocklists, describeDnssec, evaluateBimi, evaluateMtaSts, evaluateTlsRpt } from './extras';
import { evaluateMx } from './mx';
import { normalizeDomainInput } from './normalize-domain';
import { auditSpf } from './spf-audit';
import { worstStatus, type DomainCheck, type EspId } from './types';

export type { DomainCheck, EspId } from './types';

/**
 * A pasted website address means the business's domain: nobody sends mail from "www.". The
 * label is dropped only when what remains is not a public suffix ("www.co.uk" stays).
 */
export function withoutWww(domain: string): string {
  const rest = domain.slice(4);
  return domain.startsWith('www.') && getPublicSuffix(rest) !== rest ? rest : domain;
}

/** Runs every authentication check for a sender domain. Throws only for a domain that is not one. */
export async function checkDomain(
  domain: string,
  resolver: Resolver,
  options: { esp?: EspId; selectors?: string[]; signal?: AbortSignal } = {},
): Promise<DomainCheck> {
  const input = normalizeDomainInput(domain);
  if (!input.ok) throw new Error(`"${domain}" is not a domain name: ${input.error}`);
  const d = withoutWww(input.domain);
  const { esp, signal } = options;
  const dmarcP = evaluateDmarc(d, resolver, signal);
  const [spf, dmarc, dkim, mx, bimi, mtaSts, tlsRpt] = await Promise.all([
    auditSpf(d, resolver, { esp, signal }),
    dmarcP,
    evaluateDkim(d, resolver, options),
    evaluateMx(d, resolver, signal),
    evaluateBimi(d, resolver, dmarcP.then((r) => r.policy), signal),
    evaluateMtaSts(d, resolver, signal),
    evaluateTlsRpt(d, resolver, signal),
  ]);
  const alignment = evaluateAlignment(d, esp, { dkim, dmarc });
  return {
    domain: d,
    esp,
    checkedAt: new Date().toISOString(),
    overall: worstStatus([spf.status, dkim.status, dmarc.status, alignment.status]),
    spf: { ...spf, record: spf.root.record },
    dmarc,
    dkim,
    alignment,
    mx,
    bimi,
    mtaSts,
    tlsRpt,
    dnssec: describeDnssec(mx.authenticated),
    blocklists: describeBlocklists(),
  };
}
