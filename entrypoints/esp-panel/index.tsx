// The panel, injected by the background when the loader content script sees a report URL (kept
// out of the content script so that stays small): pick the adapter, read the page once it
// settles, and mount the panel with the actions it needs (DNS through the background, storage,
// same-origin fetches of Mailchimp's bounce reasons, clipboard). Wiring only.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { adapterForUrl, ADAPTERS, extractBounces, extractReport, type EspAdapter, type ExtractResult } from '../../lib/esp';
import { isPlaceholderReading } from '../../lib/esp/validate';
import { gatherBounceReasons } from '../../lib/esp/bounce-reason';
import { labelsOf, redactPageStructure } from '../../lib/esp/redact';
import { messages, type Lang } from '../../lib/i18n';
import { openWhy, requestDomainCheck, type ReportContext } from '../../lib/platform/messages';
import { answerReportContext } from '../../lib/platform/report-context';
import { hasPaging, pagingOf } from '../../lib/esp/collect';
import { createExportActions } from '../../lib/platform/bounce-export-actions';
import { loadHistory, loadSenderDomains, languageOf, loadSettings, loadUiState, onSettingsChanged, recordHistory, saveSenderDomain, saveUiState } from '../../lib/platform/storage';
import { toHistoryEntry } from '../../lib/history/entries';
import { PanelApp, type PageData } from '../../components/PanelApp';
import { readStable } from './read-stable';
import { resolvePageContext } from '../../lib/diagnosis/page-context';
import { readComplainers } from '../../lib/esp/complainers';
import { campaignKey, dismissCampaign, isDismissed, loadPanelState, onDismissalsRestored, savePanelCollapsed } from '../../lib/platform/panel-state';
import { panelTop } from './placement';
import { readTaughtReport } from '../../lib/platform/teach-store';
import { sendTeach } from '../../lib/platform/teach-messages';
// Inlined into the shadow root, so the panel needs no web-accessible file on custom origins.
import styles from './style.css?inline';

export default defineUnlistedScript(() => {
  // Injected at most once per page; SPA navigation is followed from here on.
  const w = window as unknown as { __deliverabilityLens?: boolean };
  if (w.__deliverabilityLens) return;
  w.__deliverabilityLens = true;
  const ctx = new ContentScriptContext('esp-panel');
  let run: AbortController | undefined;
  let ui: ShadowRootContentScriptUi<void> | undefined;
  answerReportContext(() => context);
  const start = async () => {
    run?.abort();
    ui?.remove();
    ui = undefined;
    const adapter = adapterForUrl(location.href);
    if (!adapter) return;
    run = new AbortController();
    ui = await showPanel(ctx, adapter, run.signal);
  };
  ctx.addEventListener(window, 'wxt:locationchange', () => void start());
  // Options take effect at once: language, thresholds and resolvers are read afresh.
  ctx.onInvalidated(onSettingsChanged(() => void start()));
  ctx.onInvalidated(onDismissalsRestored(() => void start()));
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
  // An abuse list has no recipients figure to wait for: two equal readings settle it (issue 13 §3).
  const r = await readStable(() => extractReport(document, location.href), signal, kind === 'abuse' ? () => false : isPlaceholderReading);
  const taught = r.ok ? undefined : await readTaughtReport(document, location.href); // issue 18: only when the adapter cannot read it
  if (taught) return { kind: 'report', report: taught };
  const abuse = kind === 'abuse';
  return r.ok ? { kind: 'report', report: r.value, notes: r.notes, view: abuse ? 'abuse' : 'overview', complainers: abuse ? readComplainers(document) : undefined } : { kind: 'unreadable', detail: describeFailure(r) };
}

async function fetchReasonText(url: string, signal: AbortSignal): Promise<string> {
  const res = await fetch(url, { credentials: 'include', signal });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return new DOMParser().parseFromString(await res.text(), 'text/html').body?.textContent ?? '';
}

async function fetchDoc(url: string, signal: AbortSignal): Promise<Document> {
  const res = await fetch(url, { credentials: 'include', signal });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return new DOMParser().parseFromString(await res.text(), 'text/html');
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

async function showPanel(ctx: ContentScriptContext, adapter: EspAdapter, signal: AbortSignal) {
  const settings = await loadSettings();
  const lang = languageOf(settings);
  const t = messages(lang);
  const page = await readPage(adapter, signal);
  if (signal.aborted) return undefined;
  performance.mark('dl:figures-settled');
  const report = page.kind === 'report' ? page.report : undefined;
  // Every page of an account uses its remembered sender domain and history (lib/diagnosis/page-context.ts).
  const [senderDomains, stored, panelState] = await Promise.all([loadSenderDomains(), loadHistory(), loadPanelState()]);
  const pc = resolvePageContext({ provider: adapter.provider, url: location.href, report, senderDomains, history: stored });
  const remembered = pc.remembered;
  context.esp = adapter.provider;
  context.domain = remembered ?? pc.hint;
  context.accountKey = pc.accountKey;
  const dismissKey = campaignKey(pc.accountKey, `${adapter.provider}:${location.hostname}`, pc.campaignId);
  if (isDismissed(panelState, dismissKey)) return undefined;
  // Figures only, per account (issue 5 §5); the list feeds the volume and reputation rules.
  const entry = report ? toHistoryEntry(report) : undefined;
  const recorded = pc.accountKey
    ? entry
      ? await recordHistory(pc.accountKey, entry)
      : { entries: pc.history, saved: true }
    : { entries: [], saved: true };
  const history = recorded.entries;
  const layout = await loadUiState();

  const ui: ShadowRootContentScriptUi<void> = await createShadowRootUi(ctx, {
    name: 'deliverability-lens',
    css: styles,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      container.lang = lang; // screen readers and hyphenation follow the panel's language (issue 11 §9)
      render(
        <PanelApp
          t={t}
          lang={lang}
          position={layout.position ?? { top: panelTop(document, window.innerWidth), right: 16 }}
          sections={layout.sections}
          collapsed={panelState.collapsed}
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
              if (pc.accountKey) void saveSenderDomain(pc.accountKey, domain);
            },
            gatherReasons:
              adapter.provider === 'mailchimp'
                ? (items, onProgress, s) => gatherBounceReasons(items, fetchReasonText, { concurrency: 4, signal: s, onProgress })
                : undefined,
            teach: () => void sendTeach({ type: 'teach-here', esp: adapter.provider }),
            copyStructure: () => copyText(redactPageStructure(document, location.href, labelsOf(ADAPTERS.map((a) => a.selectors)))),
            exportActions: createExportActions({
              adapter, lang, href: location.href, doc: document, canCollect: page.kind === 'report', download, copyText, fetchDoc, fetchReasonText,
              campaign: report?.campaignName ?? (document.querySelector('h1')?.textContent?.trim() || undefined),
              stated: page.kind === 'bounces' ? pagingOf(document)?.total : report?.bounces?.total, pageComplete: !hasPaging(document),
            }),
            onDiagnosed: () => performance.mark('dl:panel-drawn'),
            openWhy: (id) => void openWhy(id),
            saveLayout: (l) => void saveUiState(l),
            saveCollapsed: (c) => void savePanelCollapsed(c),
            close: () => {
              if (dismissKey) void dismissCampaign(dismissKey);
              ui.remove();
            },
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
