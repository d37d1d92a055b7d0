// The loader content script's only message (issue 8 §2, issue 11 §3): "this tab shows a report,
// inject the panel". Kept apart from messages.ts so the loader carries no zod and no polyfill.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './messages';

const loader = defineExtensionMessaging<Pick<ProtocolMap, 'load-panel'>>();

/** Asks the background to inject the panel into this tab. */
export function requestPanel(): Promise<unknown> {
  return loader.sendMessage('load-panel', {}).catch(() => undefined);
}
