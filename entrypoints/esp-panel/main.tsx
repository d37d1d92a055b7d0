// The panel, injected by the background when the loader content script sees a report URL (kept
// out of the content script so that stays small): read the page once it settles, and mount the
// panel with the actions it needs (DNS and the stores through the background, same-origin fetches
// of Mailchimp's bounce reasons, clipboard). Wiring only. Built once per ESP with that ESP's
// adapter (entrypoints/esp-panel-<esp>.ts), and the background injects the one the page's URL
// names (lib/esp/routes.ts espOfUrl), so a report tab carries one adapter, not three (issue 15 §8).
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PanelContext } from './panel-context';
import { showAndFocusPanel } from './focus';
import { mountShadowUi, type ShadowUi } from './shadow-ui';
import { downloadText } from './download';
import { onFocusPanel } from '../../lib/platform/lifecycle';
import { isUserAction } from '../../lib/platform/trusted';
import type { gatherBounceReasons } from '../../lib/esp/bounce-reason';
import { labelsOf, redactPageStructure } from '../../lib/esp/redact';
import { messages } from '../../lib/i18n';
import { openWhy, type ReportContext } from '../../lib/platform/messages';
import { streamDomainCheck } from '../../lib/platform/check-stream';
import type { DomainCheck } from '../../lib/auth/types';
import { answerReportContext } from '../../lib/platform/report-context';
import { hasPaging, pagingOf } from '../../lib/esp/collect';
import { injectedTools } from '../../lib/platform/panel-tools';
import { sharePreact } from './share-preact';
import {
  dismissCampaign,
  loadPanelStores,
  loadSettings,
  recordHistory,
  savePanelCollapsed,
  saveSenderDomain,
  saveUiState,
  type PanelStores,
} from '../../lib/platform/tab-stores';
import { languageOf } from '../../lib/platform/language';
import { toHistoryEntry } from '../../lib/history/entries';
import { PanelApp } from '../../components/PanelApp';
import { readPage, type PageReader } from './read-page';
import { pageSignature } from './read-stable';
import { resolvePageContext } from '../../lib/diagnosis/page-context';
import { campaignKey, isDismissed } from '../../lib/platform/panel-state';
import { onDismissalsRestored, onSettingsChanged } from '../../lib/platform/store-watch';
import { panelTop } from './placement';
import { mayHaveLayoutFor } from '../../lib/platform/teach-store';
import { ensureLanguage } from '../../lib/platform/language-pack';
import { sendTeach } from '../../lib/platform/teach-requests';
// Inlined into the shadow root, so the panel needs no web-accessible file on custom origins.
import styles from './style.css?inline';

/** One ESP's panel: its page reader, and Mailchimp's reason pages fetched one by one. */
export interface PanelParts extends PageReader {
  gatherReasons?: typeof gatherBounceReasons;
}

/** Starts the panel of one ESP on this page (the entrypoint of each ESP calls it). */
export function startPanel(parts: PanelParts): void {
  // Injected at most once per page; SPA navigation is followed from here on.
  const w = window as unknown as { __deliverabilityLens?: boolean };
  if (w.__deliverabilityLens) return;
  w.__deliverabilityLens = true;
  sharePreact(); // for the second stage, should the user open it (lib/platform/panel-tools.ts)
  const ctx = new PanelContext('esp-panel'); // not removable by a forged announcement (panel-context.ts)
  let shownFor: string | undefined;
  let run: AbortController | undefined;
  let ui: ShadowUi | undefined;
  answerReportContext(() => context);
  const start = async (e?: Event) => {
    // A page can dispatch a fake location change too: only a real change of URL redraws.
    if (e && location.href === shownFor) return;
    shownFor = location.href;
    run?.abort();
    ui?.remove();
    ui = undefined;
    if (!parts.adapter.matchesUrl(new URL(location.href))) return;
    const mine = (run = new AbortController());
    const shown = await showPanel(ctx, parts, mine.signal);
    // A newer start came meanwhile: its panel is the one kept (this one, if any, goes).
    if (mine.signal.aborted) shown?.remove();
    else ui = shown;
  };
  // The shortcut is the user asking for the panel: it shows even where they hid it for this campaign.
  onFocusPanel(() => {
    shortcut.asked = true;
    void showAndFocusPanel(() => ui, start);
  });
  ctx.addEventListener(window, 'wxt:locationchange', (e) => void start(e));
  // Options take effect at once: language, thresholds and resolvers are read afresh.
  ctx.onInvalidated(onSettingsChanged(() => void start()));
  ctx.onInvalidated(onDismissalsRestored(() => void start()));
  void start();
}

/** The current report's sender domain and ESP, for the popup. */
const context: ReportContext = {};

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

const download = (text: string, fileName: string) => downloadText(text, fileName, 'text/csv;charset=utf-8');

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Set when the focus-panel shortcut asked for the panel (it overrides a per-campaign dismissal). */
const shortcut = { asked: false };

async function showPanel(ctx: ContentScriptContext, parts: PanelParts, signal: AbortSignal) {
  const { adapter, gatherReasons: gather } = parts;
  const settings = await loadSettings();
  const lang = languageOf(settings);
  // Injected after one language's pack; a language switched to since comes from the background
  // (the second stage's texts come when a part of that stage is shown, lib/platform/panel-tools.ts).
  await ensureLanguage(lang);
  if (signal.aborted) return undefined;
  const t = messages(lang);
  // What the panel needs besides the figures is read (through the background, in one message) as
  // soon as the figures settle, alongside the merge with the campaign's other tabs (issue 17 "Speed").
  let stores: Promise<PanelStores> | undefined;
  const loadStores = () => (stores ??= loadPanelStores());
  const tools = injectedTools(lang);
  // The layout reader is in the second stage: asked for only where a layout was taught for this host.
  const readTaught = async (href: string) => {
    if (!(await mayHaveLayoutFor(href))) return undefined;
    try {
      return await (await tools.load()).readTaughtReport(document, href);
    } catch {
      return undefined; // the stage did not come: the page is unreadable, and says so
    }
  };
  // Fetched ahead; its failure is met where it is awaited (a page that is no report never awaits it).
  const page = await readPage(parts, signal, lang, () => void loadStores().catch(() => undefined), readTaught);
  if (signal.aborted || !page) return undefined;
  const report = page.kind === 'report' ? page.report : undefined;
  // Every page of an account uses its remembered sender domain and history (lib/diagnosis/page-context.ts).
  const { senderDomains, history: stored, panelState, uiState: layout } = await loadStores();
  const pc = resolvePageContext({
    provider: adapter.provider,
    url: location.href,
    report,
    senderDomains,
    history: stored,
  });
  const remembered = pc.remembered;
  context.esp = adapter.provider;
  context.domain = remembered ?? pc.hint;
  context.accountKey = pc.accountKey;
  const dismissKey = campaignKey(pc.accountKey, `${adapter.provider}:${location.hostname}`, pc.campaignId);
  if (!shortcut.asked && isDismissed(panelState, dismissKey)) return undefined;
  // Figures only, per account (issue 5 §5); the list feeds the volume and reputation rules.
  const entry = report && !(page.kind === 'report' && page.unsettled) ? toHistoryEntry(report) : undefined;
  const history = pc.accountKey ? (entry ? recordHistory(pc.accountKey, entry, pc.history).entries : pc.history) : [];
  // A newer start (navigation, settings, restored dismissals) came during the round trips: it draws.
  if (signal.aborted) return undefined;

  const ui: ShadowUi = await mountShadowUi(ctx, {
    name: 'deliverability-lens',
    css: styles,
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
          tools={tools}
          actions={{
            checkDomain: (domain, onPartial?: (p: Partial<DomainCheck>) => void) => {
              context.domain = domain;
              return streamDomainCheck(
                { domain, esp: adapter.provider, selectors: settings.extraSelectors },
                onPartial ?? (() => {}),
              );
            },
            rememberDomain: (domain) => {
              if (pc.accountKey) void saveSenderDomain(pc.accountKey, domain);
            },
            gatherReasons: gather
              ? (items, onProgress, s) => gather(items, fetchReasonText, { concurrency: 4, signal: s, onProgress })
              : undefined,
            teach: () => void sendTeach({ type: 'teach-here', esp: adapter.provider }),
            copyStructure: () => copyText(redactPageStructure(document, location.href, labelsOf(adapter.selectors))),
            exportWiring: {
              adapter,
              lang,
              href: location.href,
              doc: document,
              canCollect: page.kind === 'report' && adapter.bounceListUrl?.(new URL(location.href)) !== undefined,
              download,
              copyText,
              fetchDoc,
              fetchReasonText,
              campaign: report?.campaignName ?? (document.querySelector('h1')?.textContent?.trim() || undefined),
              stated: page.kind === 'bounces' ? pagingOf(document)?.total : report?.bounces?.total,
              pageComplete: !hasPaging(document),
              rowsRead:
                page.kind === 'bounces' && page.readOn !== undefined
                  ? { rows: page.items, unchanged: () => pageSignature(document) === page.readOn }
                  : undefined,
            },
            onDiagnosed: () => performance.mark('dl:panel-drawn'),
            openWhy: (id) => void openWhy(id),
            saveLayout: (l) => void saveUiState(l),
            saveCollapsed: (c) => void savePanelCollapsed(c),
            close: (e?: Event) => {
              if (e && !isUserAction(e)) return; // the page cannot close the panel (issue 15 §5)
              if (dismissKey) void dismissCampaign(dismissKey);
              ui.remove();
            },
          }}
        />,
        container,
      );
    },
    onRemove(container) {
      render(null, container);
    },
  });
  return ui;
}
