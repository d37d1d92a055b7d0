// What is known about the sender's DNS (knowledge.md §1 step 1; house-style.md "Errors": a check
// that got no answer is "could not check", never fine and never missing).
import { failingAreas, type DomainCheck } from '../auth/types';
import type { DnsStatus } from './types';

/** The DNS status from the check (if any) and whether a check was tried without an answer. */
export function dnsStatusOf(domain: DomainCheck | undefined, dnsError?: string): DnsStatus {
  if (!domain) return dnsError !== undefined ? 'failed' : 'unchecked';
  if (failingAreas(domain).length) return 'broken';
  if ((['spf', 'dkim', 'dmarc'] as const).some((a) => domain[a].status === 'unknown')) return 'failed';
  return 'in-order';
}
