// The background's store handlers (lib/platform/store-messages.ts) behind its real router, so a
// test reaches the stores the way a report tab does: a 'store-*' message, its sender checked against
// its rule and its request against its schema (message-schemas.ts), answered from the fake storage
// (tests/support/fake-browser.ts). The runtime's transport is the browser's and the e2e suites run
// it: the fake runtime answers neither chrome's callback form nor sendResponse, so here a message
// goes from messenger.sendMessage to the router directly, cloned both ways as the runtime clones
// it, as sent by `sender` (a panel on a granted Mailchimp report by default).
import { vi } from 'vitest';
import { messenger, type MessageName } from '../../lib/platform/messages';
import { createRouter } from '../../lib/platform/router';
import type { SenderInfo } from '../../lib/platform/sender';
import { createStoreHandlers } from '../../lib/platform/store-messages';

export const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const REPORT_TAB: SenderInfo = {
  id: EXTENSION_ID,
  url: 'https://us21.admin.mailchimp.com/reports/summary?id=1',
  tab: { id: 7 },
  frameId: 0,
};

/** Serves the 'store-*' messages (any other has no handler); returns the function that stops it. */
export function serveStores(sender: SenderInfo = REPORT_TAB): () => void {
  const dispatch = createRouter(createStoreHandlers(), {
    extensionId: EXTENSION_ID,
    extensionOrigin: `chrome-extension://${EXTENSION_ID}`,
    isGrantedOrigin: async (o) => o === 'https://us21.admin.mailchimp.com',
  });
  const spy = vi
    .spyOn(messenger, 'sendMessage')
    .mockImplementation((async (name: MessageName, data: unknown) =>
      structuredClone(await dispatch(name, structuredClone(data), sender))) as never);
  return () => spy.mockRestore();
}
