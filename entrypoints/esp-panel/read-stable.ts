// Reads the page once it settles (issue 4 §5; esp-pages.md: numbers may render as 0 first and
// fill in later), bounded so a page that never settles still gets an answer — flagged
// `unsettled` then (issue 17 §3: shown as "still changing", never stored in history). With a
// `signature` (a cheap fingerprint of the page), settling is judged on it and the full read runs
// once, so a 10,000-row list is read once rather than on every tick.
import type { ExtractResult } from '../../lib/esp/types';

export interface StableOptions {
  intervalMs?: number;
  maxReads?: number;
  signature?: () => string;
}

export async function readStable<T>(
  read: () => ExtractResult<T>,
  signal: AbortSignal,
  isPlaceholder: (value: T) => boolean,
  { intervalMs = 300, maxReads = 20, signature }: StableOptions = {},
): Promise<ExtractResult<T>> {
  const wait = () => new Promise((r) => setTimeout(r, intervalMs));
  const settledOn = (r: ExtractResult<T>) => (r.ok ? !isPlaceholder(r.value) : r.reason !== 'still-loading');
  if (signature) {
    let sig = signature();
    let r: ExtractResult<T> | undefined;
    let readAt: string | undefined;
    for (let i = 1; i < maxReads && !signal.aborted; i++) {
      await wait();
      const next = signature();
      const same = next === sig;
      sig = next;
      if (!same || readAt === sig) continue;
      r = read();
      readAt = sig;
      if (settledOn(r)) return r;
    }
    const last = readAt === sig && r ? r : read();
    const changed = signature() !== sig;
    return last.ok && changed ? { ...last, unsettled: true } : last;
  }
  let last = read();
  let same = false;
  for (let i = 1; i < maxReads && !signal.aborted; i++) {
    await wait();
    const next = read();
    same = JSON.stringify(next) === JSON.stringify(last);
    last = next;
    if (same && settledOn(next)) return next;
  }
  return last.ok && !same ? { ...last, unsettled: true } : last;
}

/** A cheap fingerprint of the page's text (FNV-1a over textContent) and its row count. */
export function pageSignature(doc: Document): string {
  const text = doc.body?.textContent ?? '';
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${doc.getElementsByTagName('tr').length}:${text.length}:${(h >>> 0).toString(36)}`;
}

/** Runs a read of the whole list, timed as a `dl:read-list` measure (the benchmark counts them). */
export function timedRead<T>(read: () => T): T {
  const start = performance.now();
  try {
    return read();
  } finally {
    performance.measure('dl:read-list', { start, end: performance.now() });
  }
}
