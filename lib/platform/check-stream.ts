// Progressive domain checks over a runtime Port named 'check-domain' (issue 12 §9): the page
// posts one request; the background posts each area as soon as it is known, then the whole
// check (or an error). The rows appear as they are known; the headline waits for 'done'. One
// coarse request per check, as house-style.md asks — the port only carries the answers back.
// The background's side is check-stream-server.ts (it validates, so it carries the schemas).
import browser from 'webextension-polyfill';
import type { AreaKey } from '../auth/domain';
import type { DomainCheck } from '../auth/types';
import { failedCheck, sayFailure, type CheckDomainRequest, type CheckDomainResponse } from './messages';
import { isReason, reason, type Reason } from '../auth/reason';

export const CHECK_PORT = 'check-domain';

export type CheckStreamMessage =
  | { type: 'area'; key: AreaKey; value: unknown }
  | { type: 'done'; check: DomainCheck }
  /** Why, as data (lib/auth/reason.ts): the page words it in the user's language. */
  | { type: 'error'; reason: Reason };

/**
 * Page side (popup, panel): runs a check over the port, calling `onPartial` with the areas known
 * so far; resolves like requestDomainCheck.
 */
export function streamDomainCheck(
  req: Omit<CheckDomainRequest, 'type'>,
  onPartial: (partial: Partial<DomainCheck>) => void,
): Promise<CheckDomainResponse> {
  return new Promise((resolve) => {
    // The response keeps its api-contract shape (error: string), worded in the user's language
    // where this world has its texts (lib/platform/messages.ts sayFailure).
    let port: browser.Runtime.Port;
    try {
      port = browser.runtime.connect({ name: CHECK_PORT });
    } catch (e) {
      return void sayFailure(failedCheck(e)).then((error) => resolve({ ok: false, error }));
    }
    const partial: Record<string, unknown> = { domain: req.domain, esp: req.esp };
    let settled = false;
    const finish = (r: CheckDomainResponse) => {
      if (settled) return;
      settled = true;
      port.disconnect();
      resolve(r);
    };
    const fail = (why: Reason) => void sayFailure(why).then((error) => finish({ ok: false, error }));
    port.onMessage.addListener((m: unknown) => {
      const msg = m as CheckStreamMessage;
      if (msg?.type === 'area') {
        partial[msg.key] = msg.value;
        onPartial({ ...(partial as Partial<DomainCheck>) });
      } else if (msg?.type === 'done') finish({ ok: true, check: msg.check });
      else if (msg?.type === 'error') fail(isReason(msg.reason) ? msg.reason : reason('check-bad-request'));
    });
    port.onDisconnect.addListener(() => fail(reason('check-background-closed')));
    port.postMessage({ type: 'check-domain', ...req });
  });
}
