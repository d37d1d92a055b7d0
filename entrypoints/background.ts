// Background: owns every DNS query (DoH to the resolvers in the settings) and answers the typed
// messages of the content script and popup. Wiring only; the logic is in lib/.
import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { checkDomain } from '../lib/auth/domain';
import { createCachingResolver } from '../lib/dns/cache';
import { createDohResolver, isDohEndpoint } from '../lib/dns/doh';
import type { Resolver } from '../lib/dns/types';
import { BuildExportRequest, CheckDomainRequest, LoadPanelRequest, OpenWhyRequest, RegisterOriginRequest, TestResolverRequest, type CheckDomainResponse, type ExportResult } from '../lib/platform/messages';
import { exportFileName, writeExport } from '../lib/export/bounce-export';
import { checkDomainsLiveness } from '../lib/hygiene/domain-dead';
import { loadSettings } from '../lib/platform/storage';
import { registerLifecycle } from '../lib/platform/lifecycle';

export default defineBackground(() => {
  registerLifecycle(); // first-run page on install, the focus-panel shortcut (issue 15)
  let cached: { key: string; resolver: Resolver } | undefined;
  async function resolver(): Promise<Resolver> {
    const { resolvers } = await loadSettings();
    const key = resolvers.join(' ');
    if (cached?.key !== key) cached = { key, resolver: createCachingResolver(createDohResolver({ endpoints: resolvers })) };
    return cached.resolver;
  }

  /** Triage, hygiene flags, domain liveness over DNS, and the CSV (issue 7). */
  async function buildExport(req: ReturnType<typeof BuildExportRequest.parse>): Promise<ExportResult> {
    const settings = await loadSettings();
    const domains = req.items.map((b) => b.email.slice(b.email.lastIndexOf('@') + 1)).filter((d) => d.includes('.'));
    const liveness = settings.exportCheckDomains ? await checkDomainsLiveness(domains, await resolver(), { concurrency: 8 }) : undefined;
    const delimiter = settings.csvDelimiter === 'auto' ? (req.lang === 'nl' ? ';' : ',') : settings.csvDelimiter;
    return {
      ...writeExport(req.items, { campaign: req.campaign, liveness, delimiter, bom: settings.csvBom }),
      fileName: exportFileName(req.esp, req.campaign, new Date()),
      domainsUnchecked: liveness ? [...liveness.values()].filter((l) => l.state === 'unknown').length : 0,
    };
  }

  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (LoadPanelRequest.safeParse(message).success && sender.tab?.id !== undefined)
      return browser.scripting
        .executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] }, files: ['/esp-panel.js'] })
        .then(() => ({ ok: true }), (e: Error) => ({ ok: false, error: e.message }));
    const test = TestResolverRequest.safeParse(message);
    if (test.success) return testEndpoint(test.data.url);
    const why = OpenWhyRequest.safeParse(message);
    if (why.success) return browser.tabs.create({ url: browser.runtime.getURL(`/why.html#${why.data.id}`) }).then(() => ({ ok: true }));
    const reg = RegisterOriginRequest.safeParse(message);
    if (reg.success) return registerOrigin(reg.data.origin);
    const exp = BuildExportRequest.safeParse(message);
    if (exp.success) return buildExport(exp.data).then((result) => ({ ok: true, result }), (e: Error) => ({ ok: false, error: e.message }));
    const req = CheckDomainRequest.safeParse(message);
    if (!req.success) return undefined; // not ours
    return (async (): Promise<CheckDomainResponse> => {
      try {
        const check = await checkDomain(req.data.domain, await resolver(), { esp: req.data.esp, selectors: req.data.selectors });
        return { ok: true, check };
      } catch (e) {
        return { ok: false, error: (e as Error).message };
      }
    })();
  });
});

/** One query to one endpoint, uncached: does it answer RFC 8484? */
async function testEndpoint(url: string): Promise<{ ok: true; ms: number } | { ok: false; error: string }> {
  if (!isDohEndpoint(url)) return { ok: false, error: 'not an https:// DNS-over-HTTPS address' };
  const started = Date.now();
  try {
    await createDohResolver({ endpoints: [url], timeoutMs: 4000 }).resolve('example.com', 'A');
    return { ok: true, ms: Date.now() - started };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** Runs the ESP content script on a custom ActiveCampaign origin the user granted. */
async function registerOrigin(origin: string): Promise<{ ok: boolean; error?: string }> {
  const pattern = `${origin}/*`;
  if (!(await browser.permissions.contains({ origins: [pattern] }))) return { ok: false, error: `no permission for ${origin}` };
  const id = `esp-${new URL(origin).hostname}`;
  const script = { id, matches: [pattern], js: ['content-scripts/esp-report.js'], runAt: 'document_idle' as const, persistAcrossSessions: true };
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return { ok: true };
}
