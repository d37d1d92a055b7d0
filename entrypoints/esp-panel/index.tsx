// The panel, injected by the background when the loader content script sees a report URL (kept
// out of the content script so that stays small): pick the adapter, read the page once it
// settles, and mount the panel with the actions it needs (DNS through the background, storage,
// same-origin fetches of Mailchimp's bounce reasons, clipboard). Wiring only.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PanelContext } from './panel-context';
import { showAndFocusPanel } from './focus';
import { isFocusPanelMessage } from '../../lib/platform/lifecycle';
import { isUserAction } from '../../lib/platform/trusted';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { adapterForUrl, ADAPTERS, extractBounces, extractReport, type EspAdapter, type ExtractResult } from '../../lib/esp';
import { isPlaceholderReading } from '../../lib/esp/validate';
import { gatherBounceReasons } from '../../lib/esp/bounce-reason';
import { labelsOf, redactPageStructure } from '../../lib/esp/redact';
import { messages, type Lang } from '../../lib/i18n';
import { openWhy, ReportContextRequest, requestDomainCheck, requestExport, type ReportContext } from '../../lib/platform/messages';
import { collectBounceList } from '../../lib/esp/collect';
import type { ExportActions } from '../../components/ExportControls';
import { loadHistory, loadSenderDomain, languageOf, loadSettings, loadUiState, onSettingsChanged, recordHistory, saveSenderDomain, saveUiState } from '../../lib/platform/storage';
import { toHistoryEntry } from '../../lib/history/entries';
import { PanelApp, type PageData } from '../../components/PanelApp';
import { readStable } from './read-stable';
import { panelTop } from './placement';
// Inlined into the shadow root, so the panel needs no web-accessible file on custom origins.
import styles from './style.css?inline';

export default defineUnlistedScript(() => {
  // Injected at most once per page; SPA navigation is followed from here on.
  const w = window as unknown as { __deliverabilityLens?: boolean };
  if (w.__deliverabilityLens) return;
  w.__deliverabilityLens = true;
  const ctx = new PanelContext('esp-panel'); // not removable by a forged announcement (panel-context.ts)
  let shownFor: string | undefined;
  let run: AbortController | undefined;
  let ui: ShadowRootContentScriptUi<void> | undefined;
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!ReportContextRequest.safeParse(message).success) return undefined;
    return Promise.resolve({ ...context });
  });
  const start = async (e?: Event) => {
    // A page can dispatch a fake location change too: only a real change of URL redraws.
    if (e && location.href === shownFor) return;
    shownFor = location.href;
    run?.abort();
    ui?.remove();
    ui = undefined;
    const adapter = adapterForUrl(location.href);
    if (!adapter) return;
    run = new AbortController();
    ui = await showPanel(ctx, adapter, run.signal);
  };
  browser.runtime.onMessage.addListener((m: unknown) => void (isFocusPanelMessage(m) && showAndFocusPanel(() => ui, start)));
  ctx.addEventListener(window, 'wxt:locationchange', (e) => void start(e));
  // Options take effect at once: language, thresholds and resolvers are read afresh.
  ctx.onInvalidated(onSettingsChanged(() => void start()));
  void start();
});

/** The current report's sender domain and ESP, for the popup. */
const context: ReportContext = {};

function describeFailure(r: Extract<ExtractResult<unknown>, { ok: false }>): string {
  return [r.detail, r.missing?.length ? `missing: ${r.missing.join(', ')}` : undefined].filter(Boolean).join('; ');
}

async function readPage(adapter: EspAdapter, signal: AbortSignal): Promise<PageData> {
  const kind = adapter.pageKind(new URL(location.href));
  if (kind === 'bounces') {
    const r = await readStable(() => extractBounces(document, location.href), signal, () => false);
    return r.ok ? { kind: 'bounces', items: r.value } : { kind: 'unreadable', detail: describeFailure(r) };
  }
  const r = await readStable(() => extractReport(document, location.href), signal, isPlaceholderReading);
  return r.ok ? { kind: 'report', report: r.value, notes: r.notes } : { kind: 'unreadable', detail: describeFailure(r) };
}

async function fetchReasonText(url: string, signal: AbortSignal): Promise<string> {
  const res = await fetch(url, { credentials: 'include', signal });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return new DOMParser().parseFromString(await res.text(), 'text/html').body?.textContent ?? '';
}

/** Saves text as a file the way a page download does (no downloads permission needed). */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName, style: 'display:none' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function exportActions(adapter: EspAdapter, lang: Lang, campaign: string | undefined, canCollect: boolean): ExportActions {
  const url = new URL(location.href);
  const start = adapter.bounceListUrl?.(url);
  return {
    runExport: async (items) => {
      const r = await requestExport({ items, esp: adapter.provider, campaign, lang });
      if (r.ok) download(r.result.csv, r.result.fileName);
      return r;
    },
    copyText,
    collect:
      canCollect && start
        ? (onProgress, signal) =>
            collectBounceList(
              start,
              async (u, s) => {
                const res = await fetch(u, { credentials: 'include', signal: s });
                if (!res.ok) throw new Error(`HTTP ${res.status}`);
                return new DOMParser().parseFromString(await res.text(), 'text/html');
              },
              (doc, u) => adapter.extractBounces(doc, u),
              { signal, onProgress },
            )
        : undefined,
  };
}

async function showPanel(ctx: ContentScriptContext, adapter: EspAdapter, signal: AbortSignal) {
  const settings = await loadSettings();
  const lang = languageOf(settings);
  const t = messages(lang);
  const page = await readPage(adapter, signal);
  if (signal.aborted) return undefined;
  performance.mark('dl:figures-settled');
  const report = page.kind === 'report' ? page.report : undefined;
  const remembered = report?.accountKey ? await loadSenderDomain(report.accountKey) : undefined;
  context.esp = adapter.provider;
  context.domain = remembered ?? report?.senderDomainHint ?? report?.senderEmail?.split('@')[1];
  context.accountKey = report?.accountKey;
  // Figures only, per account (issue 5 §5); the list feeds the volume and reputation rules.
  const entry = report ? toHistoryEntry(report) : undefined;
  const history = report?.accountKey ? (entry ? await recordHistory(report.accountKey, entry) : ((await loadHistory())[report.accountKey] ?? [])) : [];
  const layout = await loadUiState();

  const ui: ShadowRootContentScriptUi<void> = await createShadowRootUi(ctx, {
    name: 'deliverability-lens',
    css: styles,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      render(
        <PanelApp
          t={t}
          lang={lang}
          position={layout.position ?? { top: panelTop(document, window.innerWidth), right: 16 }}
          sections={layout.sections}
          history={history}
          thresholds={settings.thresholds}
          page={page}
          esp={adapter.provider}
          domain={{ remembered, hint: context.domain }}
          actions={{
            checkDomain: (domain) => {
              context.domain = domain;
              return requestDomainCheck({ domain, esp: adapter.provider, selectors: settings.extraSelectors });
            },
            rememberDomain: (domain) => {
              if (report?.accountKey) void saveSenderDomain(report.accountKey, domain);
            },
            gatherReasons:
              adapter.provider === 'mailchimp'
                ? (items, onProgress, s) => gatherBounceReasons(items, fetchReasonText, { concurrency: 4, signal: s, onProgress })
                : undefined,
            copyStructure: () => copyText(redactPageStructure(document, location.href, labelsOf(ADAPTERS.map((a) => a.selectors)))),
            exportActions: exportActions(adapter, lang, report?.campaignName ?? (document.querySelector('h1')?.textContent?.trim() || undefined), page.kind === 'report'),
            onDiagnosed: () => performance.mark('dl:panel-drawn'),
            openWhy: (id) => void openWhy(id),
            saveLayout: (l) => void saveUiState(l),
            close: (e?: Event) => (!e || isUserAction(e)) && ui.remove(),
          }}
        />,
        container,
      );
    },
    onRemove() {
      render(null, ui.uiContainer);
    },
  });
  ui.mount();
  return ui;
}
