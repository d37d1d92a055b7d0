// The background's side of the progressive domain checks (check-stream.ts): the request is
// validated against the 'check-domain' schema and its sender against that message's rule.
import browser from 'webextension-polyfill';
import type { CheckOptions } from '../auth/domain';
import type { DomainCheck } from '../auth/types';
import type { Resolver } from '../dns/types';
import { reason } from '../auth/reason';
import { failedCheck } from './messages';
import { REQUESTS, SENDERS } from './message-schemas';
import { checkSender, type SenderEnvironment } from './sender';
import { CHECK_PORT, type CheckStreamMessage } from './check-stream';

/** Background side: answers check requests on the port with the areas as they come. */
export function serveCheckStream(
  resolver: () => Promise<Resolver>,
  check: (domain: string, resolver: Resolver, options: CheckOptions) => Promise<DomainCheck>,
  env: SenderEnvironment,
): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CHECK_PORT) return;
    // The same rule as the 'check-domain' message.
    const allowed = port.sender
      ? checkSender(SENDERS['check-domain'], port.sender, env)
      : Promise.resolve({ ok: false });
    const ctl = new AbortController();
    let open = true;
    port.onDisconnect.addListener(() => {
      open = false;
      ctl.abort();
    });
    const post = (m: CheckStreamMessage) => {
      if (open) port.postMessage(m);
    };
    port.onMessage.addListener((message: unknown) => {
      const req = REQUESTS['check-domain'].safeParse(message);
      if (!req.success) return post({ type: 'error', reason: reason('check-bad-request') });
      void (async () => {
        if (!(await allowed).ok) return post({ type: 'error', reason: reason('check-refused') });
        try {
          const done = await check(req.data.domain, await resolver(), {
            esp: req.data.esp,
            selectors: req.data.selectors,
            signal: ctl.signal,
            onArea: (key, value) => post({ type: 'area', key, value }),
          });
          post({ type: 'done', check: done });
        } catch (e) {
          post({ type: 'error', reason: failedCheck(e) });
        }
      })();
    });
  });
}
