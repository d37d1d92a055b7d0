// Reading the current tab for the panel (issue 17): which report page this is (by URL, else by
// content once the page settles), its figures merged with what the campaign's other tabs gave
// earlier (lib/esp/merge.ts), ActiveCampaign's own JSON tried first, and "still changing" when
// the page did not settle. Pages that turn out not to be reports get no panel at all.
import type { EspAdapter, ExtractResult } from '../../lib/esp/types';
import { readBounces, readReport } from '../../lib/esp/extract';
import type { ApiOutcome } from '../../lib/esp/activecampaign-api';
import { mergeReadings, type TabReading } from '../../lib/esp/merge';
import { isPlaceholderReading } from '../../lib/esp/validate';
import type { CampaignReport, EspNote, PageKind } from '../../lib/esp/types';
import { notesText } from '../../lib/i18n/esp';
import type { Lang } from '../../lib/i18n';
import { loadReadings, saveReading } from '../../lib/platform/tab-stores';
import type { PageData } from '../../components/PanelApp';
import { pageSignature, readStable, timedRead } from './read-stable';

function unreadable(r: Extract<ExtractResult<unknown>, { ok: false }>, lang: Lang): PageData {
  const notes: EspNote[] = [
    ...(r.problems ?? []),
    ...(r.missing ?? []).map((figure): EspNote => ({ id: 'missing-figure', params: { figure } })),
  ];
  return { kind: 'unreadable', detail: notesText(notes, lang).join(' ') || undefined };
}

const unique = (notes: EspNote[]) => [...new Map(notes.map((n) => [JSON.stringify(n), n])).values()];

/** A report read with a layout the user taught for this page (teach mode), if one fits. */
export type TaughtReader = (href: string) => Promise<CampaignReport | undefined>;

/** The ESP's own figures for this page, asked with the user's session before the page is read. */
export type ApiReader = (url: URL, signal: AbortSignal) => Promise<ApiOutcome | undefined>;

/** What the panel of one ESP reads a page with (entrypoints/esp-panel-<esp>.ts). */
export interface PageReader {
  adapter: EspAdapter;
  /** ActiveCampaign: the account's JSON (lib/esp/activecampaign-api.ts). */
  readApi?: ApiReader;
  /** Mailchimp: the addresses on an abuse-report page (lib/esp/complainers.ts). */
  readComplainers?: (doc: Document, url: string) => string[];
}

/** Reads the page; undefined when it is not a report page after all (marked for the tests and benchmarks). */
export async function readPage(
  reader: PageReader,
  signal: AbortSignal,
  lang: Lang,
  onSettled?: () => void,
  readTaught: TaughtReader = async () => undefined,
): Promise<PageData | undefined> {
  const page = await read(reader, signal, lang, onSettled ?? (() => {}), readTaught);
  if (!page) performance.mark('dl:not-a-report');
  return page;
}

/**
 * Stores settled readings one after the other, without holding up the panel (issue 17 "Speed":
 * settle to panel ≤ 50 ms); the next tab reads them back only after its own settle (≥ one tick).
 */
function saveInOrder(readings: TabReading[]): void {
  void readings.reduce<Promise<unknown>>(
    (prev, reading) => prev.then(() => saveReading(reading).catch(() => undefined)),
    Promise.resolve(),
  );
}

async function read(
  { adapter, readApi, readComplainers }: PageReader,
  signal: AbortSignal,
  lang: Lang,
  onSettled: () => void,
  readTaught: TaughtReader,
): Promise<PageData | undefined> {
  const href = location.href;
  const url = new URL(href);
  const signature = () => pageSignature(document);
  let kind: PageKind | undefined = adapter.pageKind(url);
  if (!kind) {
    // New ActiveCampaign reporting and Campaign Monitor: the URL alone does not tell.
    const k = await readStable<PageKind>(
      () => {
        const found = adapter.pageKind(url, document);
        return found ? { ok: true, value: found } : { ok: false, reason: 'still-loading' };
      },
      signal,
      () => false,
      { signature },
    );
    if (!k.ok) return undefined;
    kind = k.value;
  }
  if (kind === 'bounces') {
    // The list is read once per settle: the tab's own figures (AC's #bounce_total_t, Mailchimp's
    // stated total or row count) are read in the same task from the rows just read, and the
    // page's signature then lets the panel's page watcher start from these rows (issue 17 "Speed").
    let figures: ExtractResult<CampaignReport> | undefined;
    let readOn: string | undefined;
    const r = await readStable(
      () => {
        const list = timedRead(() => readBounces(adapter, document, href));
        figures = list.ok ? readReport(adapter, document, href, { listRows: list.value.rows.length }) : undefined;
        readOn = signature();
        return list;
      },
      signal,
      () => false,
      { signature },
    );
    performance.mark('dl:figures-settled');
    onSettled();
    if (!r.ok) return r.reason === 'not-a-report-page' ? undefined : unreadable(r, lang);
    // The tab's figures join the campaign's readings.
    if (figures?.ok && !r.unsettled) saveInOrder([{ tab: 'bounces', readAt: Date.now(), report: figures.value }]);
    return { kind: 'bounces', items: r.value.rows, readOn };
  }
  const readings: TabReading[] = [];
  // ActiveCampaign: the account's own JSON first, with the user's session; the page when refused.
  const api = readApi ? await readApi(url, signal) : undefined;
  const fromApi = api?.ok && api.result.ok ? api.result : undefined;
  // An abuse list has no recipients figure to wait for: two equal readings settle it (issue 13 §3).
  const placeholder = kind === 'abuse' ? () => false : isPlaceholderReading;
  const r = fromApi
    ? readReport(adapter, document, href)
    : await readStable(() => readReport(adapter, document, href), signal, placeholder);
  // From here to the panel drawn (merge, storage, diagnosis, render) is what BENCHMARKS.md times.
  performance.mark('dl:figures-settled');
  onSettled();
  if (fromApi) readings.push({ tab: 'api', readAt: Date.now() + 1, report: fromApi.value });
  if (!r.ok && !fromApi) {
    // Teach mode (issue 18): a layout the user taught, only where the adapter cannot read the page.
    const taught = await readTaught(href);
    if (taught) return { kind: 'report', report: taught };
    return r.reason === 'not-a-report-page' ? undefined : unreadable(r, lang);
  }
  const now = Date.now();
  const tab: PageKind = kind;
  const current: TabReading | undefined =
    r.ok && !(fromApi && isPlaceholderReading(r.value)) ? { tab, readAt: now, report: r.value } : undefined;
  if (current) readings.push(current);
  const base = (current ?? readings[0])!.report;
  const stored = (await loadReadings(base).catch(() => [])).filter((s) => !readings.some((x) => x.tab === s.tab));
  const merged = mergeReadings([...stored, ...readings])!;
  const unsettled = r.ok && r.unsettled && !fromApi;
  if (!unsettled) saveInOrder(readings);
  const notes = unique([...(r.ok ? (r.notes ?? []) : []), ...(fromApi?.notes ?? []), ...merged.notes]);
  const abuse = kind === 'abuse';
  return {
    kind: 'report',
    report: merged.report,
    notes: notes.length ? notes : undefined,
    sources: merged.sources,
    unsettled: unsettled || undefined,
    now,
    view: abuse ? 'abuse' : 'overview',
    complainers: abuse ? readComplainers?.(document, href) : undefined,
  };
}
