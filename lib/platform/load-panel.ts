// The loader content scripts' messages (issue 8 §2, issue 11 §3, issue 18): "this tab shows a
// report, inject the panel", and "does a taught layout fit this page?". Kept apart from messages.ts so the loader carries no zod and no polyfill.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './messages';
import type { AdapterEspId } from '../esp/providers';

const loader = defineExtensionMessaging<Pick<ProtocolMap, 'load-panel' | 'teach-load'>>();

/**
 * Asks the background to inject this ESP's panel into this tab. The loader names the ESP from the
 * URL it just checked: after an in-app navigation the sender's URL the background sees can still
 * be the page the app started on (the panel checks the URL itself before it reads anything).
 */
export function requestPanel(esp: AdapterEspId): Promise<unknown> {
  return loader.sendMessage('load-panel', { esp }).catch(() => undefined);
}

/** Asks the background whether a taught layout fits this page (it injects the taught panel). */
export function requestTaughtPanel(): Promise<unknown> {
  return loader.sendMessage('teach-load', {}).catch(() => undefined);
}
