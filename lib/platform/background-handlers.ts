// What the background does for each message (issue 11 §3, §10): the handlers behind the router,
// with the resolver and settings injected, so entrypoints/background.ts is wiring only.
import browser from 'webextension-polyfill';
import { checkDomain } from '../auth/domain';
import { createCachingResolver } from '../dns/cache';
import { createDohResolver, isDohEndpoint } from '../dns/doh';
import { DnsError, type Resolver } from '../dns/types';
import { handleDomainFacts } from './export-messages';
import { loadDisposableCheck } from './disposable-list';
import { createTeachHandlers } from './teach-messages';
import { createStoreHandlers } from './store-messages';
import { csvSeparatorOf, type Lang } from '../i18n';
import type { Handlers } from './router';
import type { SenderInfo } from './sender';
import { loadSettings } from './storage';
import { createSessionCacheStore } from './dns-cache-store';
import { reason } from '../auth/reason';
import { asFailure, type ResolverTestResponse } from './messages';
import { languageFile, languageFiles } from './language-pack';
import { PANEL_TOOLS_FILE } from './panel-tools';
import { panelFile } from '../esp/providers';

/** The CSV delimiter: the user's choice, or the one the language's spreadsheets expect. */
export function csvDelimiterFor(choice: 'auto' | ',' | ';', lang: Lang): ',' | ';' {
  return choice === 'auto' ? csvSeparatorOf(lang) : choice;
}

/** One resolver per resolver list, cached across messages (the settings can change under us). */
export function createSettingsResolver(): () => Promise<Resolver> {
  let cached: { key: string; resolver: Resolver } | undefined;
  return async () => {
    const { resolvers } = await loadSettings();
    const key = resolvers.join(' ');
    // The cache lives in storage.session, so it survives the service worker (issue 12 §7).
    if (cached?.key !== key)
      cached = {
        key,
        resolver: createCachingResolver(createDohResolver({ endpoints: resolvers }), {
          store: createSessionCacheStore(),
        }),
      };
    return cached.resolver;
  };
}

/**
 * One query to one endpoint, uncached: does it answer RFC 8484? What went wrong comes back as data
 * (a Reason or the DnsProblem), worded by the options page: the background carries no catalogue.
 */
export async function testEndpoint(url: string): Promise<ResolverTestResponse> {
  if (!isDohEndpoint(url)) return { ok: false, error: 'resolver-not-doh', reason: reason('resolver-not-doh') };
  const started = Date.now();
  try {
    await createDohResolver({ endpoints: [url], timeoutMs: 4000 }).resolve('example.com', 'A');
    return { ok: true, ms: Date.now() - started };
  } catch (e) {
    if (e instanceof DnsError) return { ok: false, error: e.message, problem: e.problem };
    return { ok: false, error: (e as Error).message };
  }
}

/** Runs the ESP content script on a custom account origin the user granted. */
async function registerOrigin(origin: string): Promise<{ ok: true } | { ok: false; error: string }> {
  const pattern = `${origin}/*`;
  if (!(await browser.permissions.contains({ origins: [pattern] })))
    return { ok: false, error: `no permission for ${origin}` };
  const id = `esp-${new URL(origin).hostname}`;
  const script = {
    id,
    matches: [pattern],
    js: ['content-scripts/esp-report.js'],
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return { ok: true };
}

/** Runs built scripts, in order, in the tab and frame a message came from. */
async function injectIntoSender(
  sender: SenderInfo,
  files: string[],
): Promise<{ ok: true } | { ok: false; error: string }> {
  if (sender.tab?.id === undefined) return { ok: false, error: 'no tab' };
  return browser.scripting
    .executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] }, files })
    .then(() => ({ ok: true as const }), asFailure);
}

/** The background's handlers, one per message name. */
export function createBackgroundHandlers(resolver: () => Promise<Resolver>): Handlers {
  return {
    ...createTeachHandlers(),
    ...createStoreHandlers(),
    'check-domain': async (req) => {
      try {
        return {
          ok: true,
          check: await checkDomain(req.domain, await resolver(), { esp: req.esp, selectors: req.selectors }),
        };
      } catch (e) {
        // The detail only: the background has no language pack; requestDomainCheck words it.
        return asFailure(e);
      }
    },
    'export-domain-facts': (req) => handleDomainFacts(req, resolver, loadDisposableCheck),
    'open-why': (req) =>
      browser.tabs
        .create({ url: browser.runtime.getURL(`/why.html#${req.id}`) })
        .then(() => ({ ok: true as const }), asFailure),
    'test-resolver': (req) => testEndpoint(req.url),
    'register-esp-origin': (req) => registerOrigin(req.origin).catch(asFailure),
    // The panel carries no catalogue: its language's pack goes in first (lib/platform/language-pack.ts).
    // The panel of the ESP whose report the loader saw: one adapter per tab (lib/esp/routes.ts).
    'load-panel': async (req, sender) =>
      injectIntoSender(sender, [...languageFiles(await loadSettings()), panelFile(req.esp)]),
    // The user switched language while a panel is open: that language's pack, into the same frame.
    'load-language': (req, sender) => injectIntoSender(sender, [languageFile(req.lang, req.part)]),
    // The panel's second stage and its texts, into the frame whose panel asked (lib/platform/panel-tools.ts).
    'load-tools': (req, sender) => injectIntoSender(sender, [languageFile(req.lang, 'tools'), PANEL_TOOLS_FILE]),
  };
}
