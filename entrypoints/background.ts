// Background: owns every DNS query (DoH to the resolvers in the settings) and answers the typed
// messages of the content script and popup. Wiring only; the logic is in lib/.
import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { checkDomain } from '../lib/auth/domain';
import { createCachingResolver } from '../lib/dns/cache';
import { createDohResolver } from '../lib/dns/doh';
import type { Resolver } from '../lib/dns/types';
import { CheckDomainRequest, type CheckDomainResponse } from '../lib/platform/messages';
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
