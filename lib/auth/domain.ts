// checkDomain (api-contract.md "Domain check"): every check for a sender domain, run with as
// much parallelism as their dependencies allow, into one DomainCheck.
import type { Resolver } from '../dns/types';
import { evaluateDkim } from './dkim';
import { evaluateDmarc } from './dmarc';
import { fetchSpfRecord } from './spf-record';
import type { DomainCheck, EspId } from './types';

export type { DomainCheck, EspId } from './types';

async function evaluateSpfPresence(domain: string, resolver: Resolver, signal?: AbortSignal): Promise<DomainCheck['spf']> {
  const rec = await fetchSpfRecord(domain, resolver, signal);
  switch (rec.kind) {
    case 'error':
      return { status: 'unknown', summary: "Couldn't check SPF.", findings: [], error: rec.error };
    case 'none':
      return { status: 'fail', summary: `No SPF record on ${domain}.`, findings: [{ id: 'spf-missing', severity: 'error', message: 'Without SPF, receivers cannot tell which servers may send for your domain.' }] };
    case 'multiple':
      return { status: 'fail', summary: `${domain} has ${rec.records.length} SPF records; there must be exactly one (RFC 7208 §4.5).`, findings: [{ id: 'spf-multiple', severity: 'error', message: 'Two or more SPF records make every SPF check fail with permerror.' }] };
    case 'found':
      return { status: 'pass', summary: 'One SPF record is published.', findings: [], record: rec.record };
  }
}

/** Runs every authentication check for a sender domain. */
export async function checkDomain(
  domain: string,
  resolver: Resolver,
  options: { esp?: EspId; selectors?: string[]; signal?: AbortSignal } = {},
): Promise<DomainCheck> {
  const d = domain.trim().replace(/\.$/, '').toLowerCase();
  const [spf, dmarc, dkim] = await Promise.all([
    evaluateSpfPresence(d, resolver, options.signal),
    evaluateDmarc(d, resolver, options.signal),
    evaluateDkim(d, resolver, options),
  ]);
  return { domain: d, esp: options.esp, checkedAt: new Date().toISOString(), spf, dmarc, dkim };
}
