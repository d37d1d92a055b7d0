// Background: owns every DNS query (DoH to the resolvers in the settings) and answers the typed
// messages of the content script and popup. Wiring only; the logic is in lib/.
import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { checkDomain } from '../lib/auth/domain';
import { createCachingResolver } from '../lib/dns/cache';
import { createDohResolver } from '../lib/dns/doh';
import type { Resolver } from '../lib/dns/types';
import { CheckDomainRequest, RegisterOriginRequest, type CheckDomainResponse } from '../lib/platform/messages';
import { loadSettings } from '../lib/platform/storage';

export default defineBackground(() => {
  let cached: { key: string; resolver: Resolver } | undefined;
  async function resolver(): Promise<Resolver> {
    const { resolvers } = await loadSettings();
    const key = resolvers.join(' ');
    if (cached?.key !== key) cached = { key, resolver: createCachingResolver(createDohResolver({ endpoints: resolvers })) };
    return cached.resolver;
  }

  browser.runtime.onMessage.addListener((message: unknown) => {
    const reg = RegisterOriginRequest.safeParse(message);
    if (reg.success) return registerOrigin(reg.data.origin);
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
