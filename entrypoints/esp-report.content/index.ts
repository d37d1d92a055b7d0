// The content script: a URL check and nothing more. On an ESP report page it asks the
// background to inject the panel (entrypoints/esp-panel), so pages that are not reports cost
// only this check and the content script stays small (issue 8 §2).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ESP_MATCHES, isReportUrl } from '../../lib/esp/routes';
import { requestPanel } from '../../lib/platform/load-panel';

export default defineContentScript({
  // Whole ESP hosts: they are single-page apps, so a report can be reached without a page load.
  // Custom ActiveCampaign domains are added at run time by the background.
  matches: ESP_MATCHES,
  main(ctx) {
    performance.mark('dl:loader-start');
    const check = () => {
      if (!isReportUrl(location.href)) return false;
      void requestPanel();
      return true;
    };
    const found = check();
    // What the content script costs a page (BENCHMARKS.md: ≈ 0 on pages that are not reports).
    performance.measure('dl:loader', 'dl:loader-start');
    if (found) return;
    // Until the first report page; from then on the panel follows navigation itself.
    const id = ctx.setInterval(() => check() && clearInterval(id), 1000);
  },
});
