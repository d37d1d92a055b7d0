// ARC sets on forwarded mail (RFC 8617 §4): ARC-Seal, ARC-Message-Signature and
// ARC-Authentication-Results grouped by instance i=. Listed so the reader sees who forwarded
// the message and what they saw; the chain itself is not verified here.
import { parseTagList } from '../auth/tags';
import { displayValue, type HeaderField } from './headers';
import type { ArcSetReport } from './types';

/** Groups the ARC-* fields by instance, lowest first. */
export function parseArcSets(headers: HeaderField[]): ArcSetReport[] {
  const sets = new Map<number, ArcSetReport>();
  const setOf = (i: number) => sets.get(i) ?? sets.set(i, { instance: i }).get(i)!;
  for (const h of headers) {
    if (!h.lower.startsWith('arc-')) continue;
    const value = displayValue(h);
    if (h.lower === 'arc-authentication-results') {
      const m = /^\s*i\s*=\s*(\d+)\s*;\s*([^;\s]+)/i.exec(value);
      if (m) setOf(Number(m[1])).authserv = m[2]!.toLowerCase();
      continue;
    }
    if (h.lower !== 'arc-seal' && h.lower !== 'arc-message-signature') continue;
    const { tags } = parseTagList(value);
    const i = Number(tags.get('i'));
    if (!Number.isInteger(i) || i < 1 || i > 50) continue;
    const set = setOf(i);
    if (h.lower === 'arc-seal') {
      set.sealer = tags.get('d')?.toLowerCase();
      set.cv = tags.get('cv')?.toLowerCase();
    } else set.signer = tags.get('d')?.toLowerCase();
  }
  return [...sets.values()].sort((a, b) => a.instance - b.instance);
}
