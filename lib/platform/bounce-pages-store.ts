// Bounce-list rows kept per campaign as the user clicks through the list's pages (issue 17 §4):
// Mailchimp shows 10 rows a page and pages by buttons (esp-pages.md [seen]), so the panel reads
// each page the user opens and keeps the union here, until every stated row is known. Kept 30
// days (Mailchimp keeps the reasons 30 days, esp-pages.md), at most 20 campaigns of 100,000 rows.
import * as z from 'zod/mini';
import browser from 'webextension-polyfill';
import type { BouncedAddress } from '../esp/types';
import { accumulateRows } from '../esp/collect';

const KEY = 'bouncePages';
const MAX_CAMPAIGNS = 20;
const MAX_ROWS = 100_000;
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;

const Row = z.object({
  email: z.string().check(z.maxLength(320)),
  espType: z.enum(['hard', 'soft', 'syntax', 'unknown']),
  code: z.optional(z.string().check(z.maxLength(40))),
  reason: z.optional(z.string().check(z.maxLength(2000))),
  date: z.optional(z.string().check(z.maxLength(40))),
  reasonUrl: z.optional(z.string().check(z.maxLength(2000))),
  espLabel: z.optional(z.string().check(z.maxLength(200))),
});
const Entry = z.object({ savedAt: z.number(), stated: z.optional(z.number()), rows: z.array(Row) });
export type BouncePagesEntry = z.infer<typeof Entry>;

/** The part of browser.storage.local this store uses (injected in tests). */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** "provider|origin|campaign id": Mailchimp ?id=, ActiveCampaign #/campaign/{id}, Campaign Monitor ?cid= / ?id=. */
export function campaignKeyOf(provider: string, href: string): string | undefined {
  const url = new URL(href);
  const id =
    /#\/campaign\/(\d+)/.exec(url.hash)?.[1] ??
    url.searchParams.get('id') ??
    url.searchParams.get('cid') ??
    url.searchParams.get('campaignid');
  return id ? `${provider}|${url.origin}|${id}` : undefined;
}

async function readAll(area: KeyValueArea): Promise<Record<string, BouncePagesEntry>> {
  const raw = (await area.get(KEY))[KEY];
  const out: Record<string, BouncePagesEntry> = {};
  if (!raw || typeof raw !== 'object') return out;
  // Per entry: one unreadable campaign never costs the others.
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    const p = Entry.safeParse(v);
    if (p.success) out[k] = p.data;
  }
  return out;
}

/** The rows kept for a campaign (none when older than 30 days). */
export async function loadBouncePages(
  key: string,
  area: KeyValueArea = browser.storage.local,
  now = Date.now(),
): Promise<BouncePagesEntry | undefined> {
  const e = (await readAll(area))[key];
  return e && now - e.savedAt <= MAX_AGE_MS ? e : undefined;
}

/** Adds the rows of one page to the campaign's, and returns the union. */
export async function addBouncePage(
  key: string,
  rows: readonly BouncedAddress[],
  stated: number | undefined,
  area: KeyValueArea = browser.storage.local,
  now = Date.now(),
): Promise<BouncePagesEntry> {
  const all = await readAll(area);
  const old = all[key] && now - all[key].savedAt <= MAX_AGE_MS ? all[key] : undefined;
  const merged = accumulateRows(old?.rows ?? [], rows).slice(0, MAX_ROWS);
  const entry: BouncePagesEntry = {
    savedAt: now,
    ...((stated ?? old?.stated) !== undefined ? { stated: stated ?? old?.stated } : {}),
    rows: merged,
  };
  all[key] = entry;
  const kept = Object.entries(all)
    .filter(([, e]) => now - e.savedAt <= MAX_AGE_MS)
    .sort((a, b) => b[1].savedAt - a[1].savedAt)
    .slice(0, MAX_CAMPAIGNS);
  await area.set({ [KEY]: Object.fromEntries(kept) });
  return entry;
}

/** Forgets the rows kept for a campaign. */
export async function forgetBouncePages(key: string, area: KeyValueArea = browser.storage.local): Promise<void> {
  const all = await readAll(area);
  delete all[key];
  await area.set({ [KEY]: all });
}

/** Rows already read from the page, and whether the page is still as it was then. */
export interface RowsRead {
  rows: BouncedAddress[];
  unchanged(): boolean;
}

/**
 * Calls `onRows` with the rows of each page the user opens: the list's rows change in place when
 * its paging buttons are clicked, so the document is watched and read again once it is quiet.
 * The first page's rows come from `initial` while the page is unchanged (a 10,000-row list is
 * read once on opening, not again here).
 */
export function watchBouncePages(
  doc: Document,
  read: () => BouncedAddress[] | undefined,
  onRows: (rows: BouncedAddress[]) => void,
  signal: AbortSignal,
  quietMs = 300,
  initial?: RowsRead,
): void {
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = (first?: RowsRead) => {
    const rows = first?.unchanged() ? first.rows : read();
    const sig = rows?.map((r) => r.email.toLowerCase()).join('\n') ?? '';
    if (!rows?.length || sig === last) return;
    last = sig;
    onRows(rows);
  };
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => check(), quietMs);
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  check(initial);
}
