// The content script: a URL check and nothing more. On an ESP report page it asks the
// background to inject the panel (entrypoints/esp-panel), so pages that are not reports cost
// only this check and the content script stays small (issue 8 §2). No timer (issue 17 "Speed"):
// single-page navigation is followed by the browser's own events — the Navigation API where
// there is one (Chromium), else popstate/hashchange — each followed by the same URL check.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ESP_MATCHES, isReportUrl } from '../../lib/esp/routes';
import { requestPanel } from '../../lib/platform/load-panel';

export default defineContentScript({
  // Whole ESP hosts: they are single-page apps, so a report can be reached without a page load.
  // Custom ActiveCampaign and Campaign Monitor domains are added at run time by the background.
  matches: ESP_MATCHES,
  main(ctx) {
    performance.mark('dl:loader-start');
    let asked = false;
    const check = (href = location.href) => {
      if (asked || !isReportUrl(href)) return;
      asked = true;
      void requestPanel();
    };
    check();
    // What the content script costs a page (BENCHMARKS.md: ≈ 0 on pages that are not reports).
    performance.measure('dl:loader', 'dl:loader-start');
    if (asked) return;
    // Until the first report page; from then on the panel follows navigation itself.
    const nav = (globalThis as { navigation?: EventTarget & { currentEntry?: { url?: string } } }).navigation;
    if (nav) ctx.addEventListener(nav, 'currententrychange', () => check(nav.currentEntry?.url ?? location.href));
    ctx.addEventListener(window, 'popstate', () => check());
    ctx.addEventListener(window, 'hashchange', () => check());
  },
});
