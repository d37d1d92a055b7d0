// The content script: a URL check and nothing more. On an ESP report page it asks the
// background to inject the panel (entrypoints/esp-panel), so pages that are not reports cost
// only this check and the content script stays small (issue 8 §2; ≤ 10 KB gzipped, no zod and
// no polyfill: tests/lib/bundle-size.test.ts).
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ESP_MATCHES, isReportUrl } from '../../lib/esp/routes';

export default defineContentScript({
  // Whole ESP hosts: they are single-page apps, so a report can be reached without a page load.
  // Custom ActiveCampaign domains are added at run time by the background.
  matches: ESP_MATCHES,
  main() {
    performance.mark('dl:loader-start');
    // WXT's ctx is not used for the timer: its "newer script started" announcement is a
    // window.postMessage the page can forge (issue 15 §5), and a forged one would stop this
    // check for good. The timer stops itself once the extension is gone (update, removal).
    const check = () => {
      if (!browser.runtime?.id) return true;
      if (!isReportUrl(location.href)) return false;
      void browser.runtime.sendMessage({ type: 'load-panel' }).catch(() => undefined);
      return true;
    };
    const found = check();
    // What the content script costs a page (BENCHMARKS.md: ≈ 0 on pages that are not reports).
    performance.measure('dl:loader', 'dl:loader-start');
    if (found) return;
    // Until the first report page; from then on the panel follows navigation itself.
    const id = setInterval(() => check() && clearInterval(id), 1000);
  },
});
