// A panel (the adapters' or the taught one) answers the popup's "what is this report about?"
// (issue 11 §3): only the extension's own pages may ask.
import browser from 'webextension-polyfill';
import { messenger, type ReportContext } from './messages';
import { checkSender, originOf } from './sender';

/** Answers 'get-report-context' from this tab with what `current()` says. */
export function answerReportContext(current: () => ReportContext | undefined): () => void {
  const env = {
    extensionId: browser.runtime.id,
    extensionOrigin: originOf(browser.runtime.getURL('/'))!,
    isGrantedOrigin: async () => false,
  };
  return messenger.onMessage('get-report-context', async ({ sender }) =>
    (await checkSender('extension-page', sender, env)).ok ? { ...(current() ?? {}) } : {},
  );
}
