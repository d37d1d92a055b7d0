// The export and bounce-list actions of the panel (issue 17 §4, issue 14 "Speed and memory"),
// built where the page is: the rows stay in this tab, the CSV is written here, only distinct
// domains go to the background for DNS (export-messages.ts), pages read are kept per campaign
// (bounce-pages-store.ts). Browser-touching helpers (download, fetch) come from the entrypoint.
import type { BouncedAddress, EspAdapter } from '../esp/types';
import { collectBounceList } from '../esp/collect';
import { gatherBounceReasons } from '../esp/bounce-reason';
import type { ExportActions } from '../export/actions';
import { exportFileName } from '../export/bounce-export';
import { buildLocalExport, resolveDomains, type LocalExportOptions } from '../export/local-export';
import type { Lang } from '../i18n';
import { listTexts } from '../i18n/lists';
import { loadSettings } from './tab-stores';
import { backgroundDomainAnswers, DomainsUnanswered } from './export-messages';
import {
  addBouncePage,
  campaignKeyOf,
  forgetBouncePages,
  loadBouncePages,
  watchBouncePages,
  type RowsRead,
} from './bounce-pages-store';

export interface ExportWiring {
  adapter: EspAdapter;
  lang: Lang;
  href: string;
  doc: Document;
  campaign?: string;
  /** The count the page or overview states (paging line, or the report's bounces.total). */
  stated?: number;
  pageComplete?: boolean;
  /** The rows the panel read from this page on opening (the page watcher starts from them). */
  rowsRead?: RowsRead;
  /** From an overview: walk the bounce pages (server-rendered lists only). */
  canCollect: boolean;
  download(text: string, fileName: string): void;
  copyText(text: string): Promise<boolean>;
  fetchDoc(url: string, signal: AbortSignal): Promise<Document>;
  fetchReasonText(url: string, signal: AbortSignal): Promise<string>;
}

/** The popup's actions: an ESP export file, no report page (no collecting, no reasons to fetch). */
export function createFileExportActions(w: {
  lang: Lang;
  download?(text: string, fileName: string): void;
  copyText?(text: string): Promise<boolean>;
}): ExportActions {
  const download = w.download ?? saveFile;
  return {
    lang: w.lang,
    async runExport(items, coverage, onProgress, signal) {
      try {
        const out = await buildLocalExport(items, {
          ...(await exportOptions(w.lang)),
          coverage,
          lang: w.lang,
          signal,
          onProgress,
        });
        const fileName = exportFileName('esp-export', undefined, new Date());
        if (!out.cancelled) download(out.csv, fileName);
        return { ok: true, cancelled: out.cancelled, result: { ...out, fileName } };
      } catch (e) {
        return { ok: false, error: failureText(e, w.lang) };
      }
    },
    copyText:
      w.copyText ??
      ((text) =>
        navigator.clipboard.writeText(text).then(
          () => true,
          () => false,
        )),
  };
}

/** Saves text as a CSV file from an extension page (an anchor download of a blob). */
function saveFile(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  Object.assign(document.createElement('a'), { href: url, download: fileName }).click();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

const rowsOf = (v: BouncedAddress[] | { rows: BouncedAddress[] }) => (Array.isArray(v) ? v : v.rows);

/**
 * The settings' part of an export: the background answers for the domains (DNS only when the
 * user left the check on; a domain whose lookup failed stays "unknown", never "dead"), the CSV
 * separator and BOM.
 */
async function exportOptions(lang: Lang): Promise<Pick<LocalExportOptions, 'lookup' | 'delimiter' | 'bom'>> {
  const settings = await loadSettings();
  const delimiter = settings.csvDelimiter === 'auto' ? listTexts(lang).csv.delimiter : settings.csvDelimiter;
  return { lookup: backgroundDomainAnswers(settings.exportCheckDomains), delimiter, bom: settings.csvBom };
}

/** What the user is told when an export stopped, in their language; an unforeseen error keeps its technical detail. */
export function failureText(e: unknown, lang: Lang): string {
  const L = listTexts(lang).panel;
  return e instanceof DomainsUnanswered
    ? L.domainsUnanswered
    : L.exportFailed(String((e as Error)?.message ?? e).slice(0, 200));
}

/** The actions ExportControls and BounceList use. */
export function createExportActions(w: ExportWiring): ExportActions {
  const key = campaignKeyOf(w.adapter.provider, w.href);
  const start = w.adapter.bounceListUrl?.(new URL(w.href));
  return {
    lang: w.lang,
    stated: w.stated,
    pageComplete: w.pageComplete,
    async runExport(items, coverage, onProgress, signal) {
      try {
        const out = await buildLocalExport(items, {
          ...(await exportOptions(w.lang)),
          campaign: w.campaign,
          coverage,
          lang: w.lang,
          signal,
          onProgress,
        });
        const fileName = exportFileName(w.adapter.provider, w.campaign, new Date());
        if (!out.cancelled) w.download(out.csv, fileName);
        return { ok: true, cancelled: out.cancelled, result: { ...out, fileName } };
      } catch (e) {
        return { ok: false, error: failureText(e, w.lang) };
      }
    },
    copyText: w.copyText,
    collect:
      w.canCollect && start
        ? (onProgress, signal) =>
            collectBounceList(start, w.fetchDoc, (doc, u) => w.adapter.extractBounces(doc, u), { signal, onProgress })
        : undefined,
    gatherReasons:
      w.adapter.provider === 'mailchimp'
        ? (items, onProgress, signal) =>
            gatherBounceReasons(items, w.fetchReasonText, { concurrency: 4, signal, onProgress })
        : undefined,
    async lookupProviders(items, onProgress, signal) {
      const { lookup } = await exportOptions(w.lang);
      return resolveDomains(items, { lookup, onProgress, signal });
    },
    pages: key
      ? {
          load: () => loadBouncePages(key),
          add: (rows, stated) => addBouncePage(key, rows, stated),
          forget: () => forgetBouncePages(key),
          watch(onRows) {
            const ctl = new AbortController();
            const read = () => {
              // Timed as the panel's own read is, so the benchmark counts every read of the list.
              const start = performance.now();
              const r = w.adapter.extractBounces(w.doc, w.href);
              performance.measure('dl:read-list', { start, end: performance.now() });
              return r.ok ? rowsOf(r.value) : undefined;
            };
            watchBouncePages(w.doc, read, onRows, ctl.signal, undefined, w.rowsRead);
            return () => ctl.abort();
          },
        }
      : undefined,
  };
}
