// Mailchimp keeps each bounce's raw SMTP reply behind a "Bounce Reason" page and cannot export
// them (esp-pages.md). These read that page's text and gather the reasons for a whole list:
// same-origin fetches, at most 4 at a time, with progress, cancellable.
import type { BouncedAddress } from './types';

/** Reads the Diagnostic-Code (not Status) from a bounce-reason page's text (RFC 3464 §2.3.6). */
export function parseDiagnostic(text: string): { code?: string; reason?: string } {
  const m = /Diagnostic-Code:\s*(?:smtp|x-[\w-]+)?\s*;?\s*([^\n]*(?:\n[ \t]+[^\n]*)*)/i.exec(text);
  const reason = (m?.[1] ?? '').replace(/\s+/g, ' ').trim();
  if (!reason) return {};
  const code = /\b[245]\.\d{1,3}\.\d{1,3}\b/.exec(reason)?.[0] ?? /^[245]\d\d\b/.exec(reason)?.[0];
  return { ...(code ? { code } : {}), reason: reason.slice(0, 1000) };
}

export interface GatherProgress {
  done: number;
  total: number;
  failed: number;
}

/** Fills in code and reason for every address with a reasonUrl. Never rejects: failures are counted. */
export async function gatherBounceReasons(
  items: BouncedAddress[],
  fetchText: (url: string, signal: AbortSignal) => Promise<string>,
  options: { concurrency?: number; signal?: AbortSignal; onProgress?: (p: GatherProgress) => void } = {},
): Promise<{ items: BouncedAddress[]; progress: GatherProgress; cancelled: boolean }> {
  const signal = options.signal ?? new AbortController().signal;
  const out = items.map((b) => ({ ...b }));
  const todo = out.map((b, i) => [b, i] as const).filter(([b]) => b.reasonUrl && !b.reason);
  const progress: GatherProgress = { done: 0, total: todo.length, failed: 0 };
  let next = 0;
  const worker = async () => {
    while (next < todo.length && !signal.aborted) {
      const [item] = todo[next++]!;
      try {
        Object.assign(item, parseDiagnostic(await fetchText(item.reasonUrl!, signal)));
      } catch {
        if (!signal.aborted) progress.failed++;
      }
      if (!signal.aborted) {
        progress.done++;
        options.onProgress?.({ ...progress });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, todo.length) }, worker));
  return { items: out, progress, cancelled: signal.aborted };
}
