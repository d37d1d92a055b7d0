// Background: owns every DNS query (DoH to the resolvers in the settings) and answers the typed
// messages of the content script, the panel and the extension's pages. Wiring only: the handlers
// are in lib/platform/background-handlers.ts, the sender and schema checks in lib/platform/router.ts.
import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundHandlers, createSettingsResolver } from '../lib/platform/background-handlers';
import { messenger, type MessageName } from '../lib/platform/messages';
import { REQUESTS } from '../lib/platform/message-schemas';
import { createRouter } from '../lib/platform/router';
import { originOf, rememberGrants } from '../lib/platform/sender';
import { registerTaughtHosts } from '../lib/platform/teach-messages';
import { checkDomain } from '../lib/auth/domain';
import { serveCheckStream } from '../lib/platform/check-stream-server';
import { registerLifecycle } from '../lib/platform/lifecycle';

export default defineBackground(() => {
  registerLifecycle(); // first-run page on install, the focus-panel shortcut (issue 15)
  // Teach mode: the loaders on taught hosts survive updates.
  browser.runtime.onInstalled.addListener(() => void registerTaughtHosts());
  const resolver = createSettingsResolver();
  const env = {
    extensionId: browser.runtime.id,
    extensionOrigin: originOf(browser.runtime.getURL('/'))!,
    isGrantedOrigin: rememberGrants(
      (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
      (forget) => {
        browser.permissions.onAdded.addListener(forget);
        browser.permissions.onRemoved.addListener(forget);
      },
    ),
  };
  // Progressive domain checks: each area as soon as it is known, over a port (issue 12 §9).
  serveCheckStream(resolver, checkDomain, env);
  const dispatch = createRouter(createBackgroundHandlers(resolver), env);
  for (const name of Object.keys(REQUESTS) as MessageName[]) {
    if (name === 'get-report-context' || name === 'focus-panel') continue; // answered by the tab's panel, not here
    messenger.onMessage(name, ({ data, sender }) => dispatch(name, data, sender) as never);
  }
});
