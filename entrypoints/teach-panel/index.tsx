// The panel for a page read with a taught layout (issue 18 §3, §5): injected by the background
// when a layout fits the URL and no built-in adapter claims it. Applies the layout once the page
// settles, runs the self-check, and mounts the same panel as an adapter's report (diagnosis,
// history, domain check) — or names the figures that no longer fit. Wiring only.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountShadowUi, type ShadowUi } from '../esp-panel/shadow-ui';
import { downloadText } from '../esp-panel/download';
import { isPlaceholderReading } from '../../lib/esp/validate';
import type { ExtractResult } from '../../lib/esp/types';
import type { EspId } from '../../lib/auth/types';
import { messages } from '../../lib/i18n';
import { teachTexts } from '../../lib/i18n/teach';
import { ensureLanguage } from '../../lib/platform/language-pack';
import { applyLayout, type TeachReading } from '../../lib/teach/apply';
import { layoutFileName, serializeLayout, type TaughtLayout } from '../../lib/teach/layout';
import { openWhy, requestDomainCheck, type ReportContext } from '../../lib/platform/messages';
import { answerReportContext } from '../../lib/platform/report-context';
import { injectedTools } from '../../lib/platform/panel-tools';
import { sharePreact } from '../esp-panel/share-preact';
import {
  loadPanelStores,
  loadSettings,
  recordHistory,
  saveSenderDomain,
  saveUiState,
} from '../../lib/platform/tab-stores';
import { languageOf } from '../../lib/platform/language';
import { loadLayoutFor, TAUGHT_LAYOUTS_KEY } from '../../lib/platform/teach-store';
import { sendTeach } from '../../lib/platform/teach-requests';
import { toHistoryEntry } from '../../lib/history/entries';
import { PanelApp } from '../../components/PanelApp';
import { PanelFrame } from '../../components/PanelFrame';
import { TaughtBar, TaughtFailure } from '../../components/TaughtPanel';
import { readStable } from '../esp-panel/read-stable';
import { panelTop } from '../esp-panel/placement';
import panelStyles from '../esp-panel/style.css?inline';
import styles from './style.css?inline';

const DOMAIN_ESPS: readonly string[] = ['brevo', 'mailerlite'];

export default defineUnlistedScript(() => {
  const w = window as unknown as { __dlTaughtPanel?: boolean };
  if (w.__dlTaughtPanel) return;
  w.__dlTaughtPanel = true;
  // The restart plan comes from the panel's second stage, rendered with this panel's Preact (never
  // in the same world as the report panel: a taught host has no built-in adapter).
  sharePreact();
  const ctx = new ContentScriptContext('teach-panel');
  const context: ReportContext = {};
  let run: AbortController | undefined;
  let ui: ShadowUi | undefined;
  const start = async () => {
    run?.abort();
    ui?.remove();
    ui = undefined;
    const mine = (run = new AbortController());
    const shown = await show(ctx, context, mine.signal);
    // A newer start came meanwhile: its panel is the one kept (this one, if any, goes).
    if (mine.signal.aborted) shown?.remove();
    else ui = shown;
  };
  answerReportContext(() => (context.accountKey ? context : undefined));
  // A layout taught or imported again takes effect at once.
  const onStorage = (changes: Record<string, unknown>, area: string) =>
    area === 'local' && TAUGHT_LAYOUTS_KEY in changes && void start();
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
  ctx.addEventListener(window, 'wxt:locationchange', () => void start());
  void start();
});

/** Reads until the page settles; "nothing of it rendered yet" counts as still loading. */
async function readTaught(layout: TaughtLayout, signal: AbortSignal): Promise<TeachReading> {
  let last: TeachReading = { ok: false, failures: [] };
  const read = (): ExtractResult<TeachReading & { ok: true }> => {
    last = applyLayout(document, location.href, layout);
    if (last.ok) return { ok: true, value: last };
    const loading = last.failures.every((f) => f.problem === 'not-found');
    return {
      ok: false,
      reason: loading ? 'still-loading' : 'layout-changed',
      missing: last.failures.map((f) => `${f.figure}:${f.problem}`),
    };
  };
  const r = await readStable(read, signal, (v) => isPlaceholderReading(v.report));
  return r.ok ? r.value : last;
}

/** Entries dropped while this page is open: dropping rewrites storage, which restarts the panel. */
let droppedHere = 0;

async function show(ctx: ContentScriptContext, context: ReportContext, signal: AbortSignal) {
  const loaded = await loadLayoutFor(location.href);
  const { layout } = loaded;
  const dropped = (droppedHere += loaded.dropped);
  if (!layout || signal.aborted) return undefined;
  const settings = await loadSettings();
  const lang = languageOf(settings);
  await ensureLanguage(lang); // injected with one language's pack (lib/platform/language-pack.ts)
  const t = messages(lang);
  const tt = teachTexts(lang);
  const reading = await readTaught(layout, signal);
  if (signal.aborted) return undefined;
  const report = reading.ok ? reading.report : undefined;
  const stores = await loadPanelStores();
  const remembered = report?.accountKey ? stores.senderDomains[report.accountKey] : undefined;
  const esp = DOMAIN_ESPS.includes(layout.esp) ? (layout.esp as EspId) : undefined;
  Object.assign(context, { domain: remembered ?? report?.senderDomainHint, esp, accountKey: report?.accountKey });
  const entry = report ? toHistoryEntry(report) : undefined;
  const known = report?.accountKey ? (stores.history[report.accountKey] ?? []) : [];
  const history = report?.accountKey ? (entry ? recordHistory(report.accountKey, entry, known).entries : known) : [];
  const saved = stores.uiState;
  if (signal.aborted) return undefined; // a newer start came during the round trips: it draws
  const position = saved.position ?? { top: panelTop(document, window.innerWidth), right: 16 };
  const common = {
    t: tt,
    lang,
    host: layout.host,
    dropped,
    onReteach: () => void sendTeach({ type: 'teach-here', esp: layout.esp }),
    onExport: () => downloadText(serializeLayout(layout), layoutFileName(layout), 'application/json'),
  };
  const ui: ShadowUi = await mountShadowUi(ctx, {
    name: 'deliverability-lens-taught',
    css: `${panelStyles}\n${styles}`,
    onMount(container) {
      const close = () => ui.remove();
      render(
        reading.ok ? (
          <>
            <PanelApp
              t={t}
              lang={lang}
              position={position}
              sections={saved.sections}
              history={history}
              thresholds={settings.thresholds}
              page={{ kind: 'report', report: reading.report }}
              esp={esp}
              domain={{ remembered, hint: context.domain }}
              tools={injectedTools(lang)}
              actions={{
                checkDomain: (domain) => {
                  context.domain = domain;
                  return requestDomainCheck({ domain, esp, selectors: settings.extraSelectors });
                },
                rememberDomain: (domain) => void (report?.accountKey && saveSenderDomain(report.accountKey, domain)),
                copyStructure: async () => false,
                openWhy: (id) => void openWhy(id),
                saveLayout: (l) => void saveUiState(l),
                close,
              }}
            />
            <TaughtBar {...common} notes={reading.notes} />
          </>
        ) : (
          <PanelFrame t={t} position={position} onClose={close}>
            <TaughtFailure {...common} failures={reading.failures} />
          </PanelFrame>
        ),
        container,
      );
    },
    onRemove(container) {
      render(null, container);
    },
  });
  return ui;
}
