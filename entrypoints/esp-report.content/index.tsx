// Content script on ESP report pages: pick the adapter by URL, read the figures once stable, ask
// the background to check the sender domain, diagnose, and mount the panel. Wiring only.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adapterForUrl, extractReport } from '../../lib/esp';
import { diagnose } from '../../lib/diagnosis';
import { messages, pickLang, type Lang } from '../../lib/i18n';
import { ReportContextRequest, requestDomainCheck, type ReportContext } from '../../lib/platform/messages';
import { loadSenderDomain, loadSettings, saveSenderDomain } from '../../lib/platform/storage';
import { Panel, type DnsState, type PanelProps } from '../../components/Panel';
import { readStable } from './read-stable';
import { panelTop } from './placement';
import './style.css';

export default defineContentScript({
  // Whole Mailchimp admin host: it is a single-page app, so a report can be reached without a
  // page load; the URL test below keeps every other page at zero cost.
  matches: ['https://*.admin.mailchimp.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    let run: AbortController | undefined;
    let ui: ShadowRootContentScriptUi<void> | undefined;
    // The popup asks what this report is about, to prefill its domain field.
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!ReportContextRequest.safeParse(message).success) return undefined;
      return Promise.resolve({ ...context });
    });
    const start = async () => {
      run?.abort();
      ui?.remove();
      ui = undefined;
      if (!adapterForUrl(location.href)) return;
      run = new AbortController();
      ui = await showPanel(ctx, run.signal);
    };
    ctx.addEventListener(window, 'wxt:locationchange', () => void start());
    await start();
  },
});

/** The current report's sender domain and ESP, for the popup. */
const context: ReportContext = {};

async function showPanel(ctx: ContentScriptContext, signal: AbortSignal) {
  const settings = await loadSettings();
  const lang: Lang = settings.lang === 'auto' ? pickLang(browser.i18n.getUILanguage()) : settings.lang;
  const t = messages(lang);
  const result = await readStable(() => extractReport(document, location.href), signal);
  if (signal.aborted) return undefined;
  performance.mark('dl:figures-settled');

  let props: PanelProps;
  let container: HTMLElement | undefined;
  const update = (patch: Partial<PanelProps>) => {
    props = { ...props, ...patch };
    if (props.report)
      props.diagnosis = diagnose({ report: props.report, domain: props.dns.kind === 'done' ? props.dns.check : undefined, lang });
    if (container) render(<Panel {...props} />, container);
  };
  const check = async (domain: string) => {
    context.domain = domain;
    update({ askDomain: false, dns: { kind: 'checking', domain } });
    const res = await requestDomainCheck({ domain, esp: report?.provider === 'mailchimp' ? 'mailchimp' : undefined, selectors: settings.extraSelectors });
    if (signal.aborted) return;
    update({ dns: res.ok ? { kind: 'done', check: res.check } : { kind: 'error', domain, error: res.error } });
  };

  const report = result.ok ? result.value : undefined;
  const remembered = report?.accountKey ? await loadSenderDomain(report.accountKey) : undefined;
  context.esp = adapterForUrl(location.href)?.provider;
  context.domain = remembered ?? report?.senderDomainHint;
  props = {
    t,
    lang,
    report,
    unreadable: result.ok ? undefined : describeFailure(result),
    dns: { kind: 'idle' } as DnsState,
    domainPrefill: remembered ?? report?.senderDomainHint,
    askDomain: Boolean(report) && !remembered,
    onDomain: (domain) => {
      if (report?.accountKey) void saveSenderDomain(report.accountKey, domain);
      void check(domain);
    },
    onAskDomain: () => update({ askDomain: true }),
    onClose: () => ui.remove(),
    top: panelTop(document, window.innerWidth),
  };

  const ui = await createShadowRootUi(ctx, {
    name: 'deliverability-lens',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(el) {
      container = el;
      update({});
      performance.mark('dl:panel-drawn');
    },
    onRemove() {
      if (container) render(null, container);
    },
  });
  ui.mount();
  if (remembered) void check(remembered);
  return ui;
}

function describeFailure(r: Extract<ReturnType<typeof extractReport>, { ok: false }>): string {
  return [r.detail, r.missing?.length ? `missing: ${r.missing.join(', ')}` : undefined].filter(Boolean).join('; ');
}
