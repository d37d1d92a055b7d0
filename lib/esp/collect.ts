// A campaign's whole bounce list (issue 7 §3, issue 17 §4). Three ways to the rest of a list the
// page shows only in part: follow the ESP's own pages from an overview (same origin, when they
// are server-rendered), keep the rows of every page the user opens (bounce-pages-store), and the
// ESP's export file (export-file.ts). How much is known is always said: "10 of 392 read".
// Why a walk stopped is data ({ kind }), put into words by lib/i18n/lists.ts.
import type { BouncedAddress, BounceList, ExtractResult } from './types';

export type CollectStop =
  | { kind: 'cancelled' }
  | { kind: 'page-failed'; page: number; error: string }
  | { kind: 'built-by-script' }
  | { kind: 'not-a-bounce-list'; page: number };

const NEXT_TEXT =
  /^(next|next page|go to next page|volgende|volgende pagina|suivant|page suivante|weiter|nächste seite|siguiente|›|»|>)$/i;

/** The next page of a paginated list: rel=next, or a link labelled "Next" / "Volgende" / "›". */
export function nextPageUrl(doc: Document, url: string): string | undefined {
  const links = Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href]'));
  const a =
    links.find((l) => l.rel.split(' ').includes('next')) ??
    links.find(
      (l) => NEXT_TEXT.test((l.textContent ?? '').trim()) || NEXT_TEXT.test(l.getAttribute('aria-label') ?? ''),
    );
  if (!a) return undefined;
  const next = new URL(a.getAttribute('href')!, url);
  return next.origin === new URL(url).origin ? next.href : undefined;
}

// "Showing results 1 - 10 of 392" (Mailchimp, esp-pages.md [seen]); the other UI languages' word
// for "of" ([guess]: van, sur, de, von). Digits may be grouped with , . space NBSP or NNBSP.
const NUM = String.raw`\d{1,3}(?:[.,\s\u00A0\u202F]\d{3})*|\d+`;
const PAGING_PATTERNS = new RegExp(
  String.raw`(${NUM})\s*[-–—]\s*(${NUM})\s+(?:of|van|sur|de|von|di)\s+(${NUM})(?!\d)`,
  'i',
);

const toInt = (s: string) => Number(s.replace(/[^\d]/g, ''));

/** The paging line of a list, when the page shows one: { from: 1, to: 10, total: 392 }. */
export function pagingOf(doc: Document): { from: number; to: number; total: number } | undefined {
  const text = (doc.body?.textContent ?? '').replace(/\s+/g, ' ');
  const m = PAGING_PATTERNS.exec(text);
  if (!m) return undefined;
  const [from, to, total] = [toInt(m[1]!), toInt(m[2]!), toInt(m[3]!)];
  return from >= 1 && from <= to && to <= total ? { from, to, total } : undefined;
}

const PAGING_SELECTORS = { controls: 'button, a[href], [role="button"]' };

/** Paging controls are present (a "next page" button or link), whatever the line says. */
export function hasPaging(doc: Document): boolean {
  const controls = Array.from(doc.querySelectorAll(PAGING_SELECTORS.controls));
  return controls.some(
    (c) => NEXT_TEXT.test((c.textContent ?? '').trim()) || NEXT_TEXT.test(c.getAttribute('aria-label') ?? ''),
  );
}

/**
 * The api-contract BounceList (types.ts) from what an extractor gave: the adapters return one
 * already; bare rows (as the tests give them) get `stated` from the page's paging line
 * (or the overview's count, when given).
 */
export function toBounceList(
  value: BouncedAddress[] | BounceList,
  doc: Document,
  statedElsewhere?: number,
): BounceList {
  if (!Array.isArray(value)) return value;
  const stated = pagingOf(doc)?.total ?? statedElsewhere;
  const complete = stated === undefined ? !hasPaging(doc) : value.length >= stated;
  return { rows: value, ...(stated !== undefined ? { stated } : {}), complete };
}

/** "10 of 392": the rows known against the count stated, complete only when all are known. */
export function coverageOf(
  rows: number,
  stated: number | undefined,
  pageComplete = false,
): { read: number; stated?: number; complete: boolean } {
  return {
    read: rows,
    ...(stated !== undefined ? { stated } : {}),
    complete: stated !== undefined ? rows >= stated : pageComplete,
  };
}

/** Union by address (case-insensitive), earlier rows first; a later row fills what an earlier lacks. */
export function accumulateRows(known: readonly BouncedAddress[], more: readonly BouncedAddress[]): BouncedAddress[] {
  const out = known.map((b) => ({ ...b }));
  const at = new Map(out.map((b, i) => [b.email.toLowerCase(), i]));
  for (const b of more) {
    const i = at.get(b.email.toLowerCase());
    if (i === undefined) {
      at.set(b.email.toLowerCase(), out.length);
      out.push({ ...b });
      continue;
    }
    const k = out[i]!;
    if (k.espType === 'unknown') k.espType = b.espType;
    for (const f of ['code', 'reason', 'date', 'reasonUrl', 'espLabel'] as const) if (!k[f] && b[f]) k[f] = b[f];
  }
  return out;
}

export interface CollectResult {
  items: BouncedAddress[];
  pages: number;
  complete: boolean;
  /** The count the first page states, when it shows one. */
  stated?: number;
  /** Why the walk ended early. */
  stopped?: CollectStop;
}

/** Walks the bounce pages from `startUrl`. Never rejects: what was collected is returned. */
export async function collectBounceList(
  startUrl: string,
  fetchDoc: (url: string, signal: AbortSignal) => Promise<Document>,
  extract: (doc: Document, url: string) => ExtractResult<BouncedAddress[] | BounceList>,
  options: { signal?: AbortSignal; maxPages?: number; onProgress?: (pages: number, items: number) => void } = {},
): Promise<CollectResult> {
  const signal = options.signal ?? new AbortController().signal;
  let items: BouncedAddress[] = [];
  let stated: number | undefined;
  const seen = new Set<string>();
  let url: string | undefined = startUrl;
  let pages = 0;
  const withStated = (r: CollectResult): CollectResult => (stated !== undefined ? { ...r, stated } : r);
  while (url) {
    if (signal.aborted) return withStated({ items, pages, complete: false, stopped: { kind: 'cancelled' } });
    if (seen.has(url) || pages >= (options.maxPages ?? 500)) break;
    seen.add(url);
    let doc: Document;
    try {
      doc = await fetchDoc(url, signal);
    } catch (e) {
      const stopped: CollectStop = signal.aborted
        ? { kind: 'cancelled' }
        : { kind: 'page-failed', page: pages + 1, error: (e as Error).message };
      return withStated({ items, pages, complete: false, stopped });
    }
    const r = extract(doc, url);
    if (!r.ok) {
      const stopped: CollectStop =
        r.reason === 'still-loading' || r.reason === 'layout-changed'
          ? { kind: 'built-by-script' }
          : { kind: 'not-a-bounce-list', page: pages + 1 };
      return withStated({ items, pages, complete: false, stopped });
    }
    const list = toBounceList(r.value, doc);
    stated ??= list.stated;
    items = pages === 0 ? list.rows : accumulateRows(items, list.rows);
    pages++;
    options.onProgress?.(pages, items.length);
    url = nextPageUrl(doc, url);
  }
  return withStated({ items, pages, complete: stated === undefined || items.length >= stated });
}
