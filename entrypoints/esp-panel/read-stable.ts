// Reads the page until two readings 300 ms apart agree (issue 4 §5; esp-pages.md: numbers may
// render as 0 first and fill in later), bounded so a page that never settles still gets an
// answer. A reading that looks like the first render keeps the wait going until the bound.
import type { ExtractResult } from '../../lib/esp/types';

export async function readStable<T>(
  read: () => ExtractResult<T>,
  signal: AbortSignal,
  isPlaceholder: (value: T) => boolean,
  { intervalMs = 300, maxReads = 20 } = {},
): Promise<ExtractResult<T>> {
  let last = read();
  for (let i = 1; i < maxReads && !signal.aborted; i++) {
    await new Promise((r) => setTimeout(r, intervalMs));
    const next = read();
    const same = JSON.stringify(next) === JSON.stringify(last);
    last = next;
    if (!same) continue;
    if (next.ok && !isPlaceholder(next.value)) return next;
    if (!next.ok && next.reason !== 'still-loading') return next;
  }
  return last;
}
