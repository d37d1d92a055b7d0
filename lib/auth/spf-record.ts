// Finding a domain's SPF record (RFC 7208 §4.5): TXT records starting with exactly "v=spf1"
// followed by a space or the end; none ⇒ "none", more than one ⇒ permerror.
import type { Resolver } from '../dns/types';
import { lookup, txtRecords, type Lookup } from './lookup';

export type SpfRecordLookup =
  | { kind: 'found'; record: string; strings: string[]; answerBytes: number }
  | { kind: 'none'; void: boolean }
  | { kind: 'multiple'; records: string[] }
  | { kind: 'error'; error: string };

/** Is this TXT text an SPF record? RFC 7208 §4.5: "v=spf1" then SP or end, case-insensitive. */
export function isSpfRecord(text: string): boolean {
  return /^v=spf1( |$)/i.test(text);
}

/** Picks the SPF record out of a TXT answer. */
export function selectSpfRecord(res: Lookup): SpfRecordLookup {
  if (!res.ok) return { kind: 'error', error: res.error };
  const all = txtRecords(res.answer);
  const spf = all.filter(isSpfRecord);
  // RFC 7208 §4.6.4: NXDOMAIN or no answers count as a void lookup.
  if (spf.length === 0) return { kind: 'none', void: res.answer.rcode === 'NXDOMAIN' || res.answer.records.length === 0 };
  if (spf.length > 1) return { kind: 'multiple', records: spf };
  const rec = res.answer.records.find((r) => r.type === 'TXT' && isSpfRecord(r.strings.join('')));
  const strings = rec?.type === 'TXT' ? rec.strings : [spf[0]!];
  // Approximate UDP payload of the TXT answer: each string costs its length + 1, plus headers.
  const answerBytes = 12 + res.answer.records.reduce((n, r) => n + (r.type === 'TXT' ? r.strings.reduce((m, s) => m + s.length + 1, 0) + 12 : 16), 0);
  return { kind: 'found', record: spf[0]!, strings, answerBytes };
}

/** Fetches and selects the SPF record of a domain. */
export async function fetchSpfRecord(domain: string, resolver: Resolver, signal?: AbortSignal): Promise<SpfRecordLookup> {
  return selectSpfRecord(await lookup(resolver, domain, 'TXT', signal));
}
