// Collecting a campaign's whole bounce list from an overview (issue 7 §3): fetch the ESP's own
// bounce pages (same origin), following pagination, with progress and cancel. Pages built in the
// browser by script (single-page apps) cannot be read this way; that is said, never guessed.
import type { BouncedAddress, ExtractResult } from './types';

const NEXT_TEXT = /^(next|next page|volgende|suivant|weiter|›|»|>)$/i;

/** The next page of a paginated list: rel=next, or a link labelled "Next" / "Volgende" / "›". */
export function nextPageUrl(doc: Document, url: string): string | undefined {
  const links = Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href]'));
  const a = links.find((l) => l.rel.split(' ').includes('next')) ?? links.find((l) => NEXT_TEXT.test((l.textContent ?? '').trim()) || NEXT_TEXT.test(l.getAttribute('aria-label') ?? ''));
  if (!a) return undefined;
  const next = new URL(a.getAttribute('href')!, url);
  return next.origin === new URL(url).origin ? next.href : undefined;
}

export interface CollectResult {
  items: BouncedAddress[];
  pages: number;
  complete: boolean;
  /** Why the walk ended early, in plain words. */
  stopped?: string;
}

/** Walks the bounce pages from `startUrl`. Never rejects: what was collected is returned. */
export async function collectBounceList(
  startUrl: string,
  fetchDoc: (url: string, signal: AbortSignal) => Promise<Document>,
  extract: (doc: Document, url: string) => ExtractResult<BouncedAddress[]>,
  options: { signal?: AbortSignal; maxPages?: number; onProgress?: (pages: number, items: number) => void } = {},
): Promise<CollectResult> {
  const signal = options.signal ?? new AbortController().signal;
  const items: BouncedAddress[] = [];
  const seen = new Set<string>();
  let url: string | undefined = startUrl;
  let pages = 0;
  while (url) {
    if (signal.aborted) return { items, pages, complete: false, stopped: 'cancelled' };
    if (seen.has(url) || pages >= (options.maxPages ?? 500)) break;
    seen.add(url);
    let doc: Document;
    try {
      doc = await fetchDoc(url, signal);
    } catch (e) {
      return { items, pages, complete: false, stopped: signal.aborted ? 'cancelled' : `page ${pages + 1} could not be loaded (${(e as Error).message})` };
    }
    const r = extract(doc, url);
    if (!r.ok)
      return { items, pages, complete: false, stopped: r.reason === 'still-loading' || r.reason === 'layout-changed' ? 'the bounce list is built in the browser; open it and export from there' : `page ${pages + 1} is not a bounce list` };
    items.push(...r.value);
    pages++;
    options.onProgress?.(pages, items.length);
    url = nextPageUrl(doc, url);
  }
  return { items, pages, complete: true };
}
