// The content script: a URL check and nothing more. On an ESP report page it asks the
// background to inject the panel (entrypoints/esp-panel-<esp>.ts), so pages that are not reports cost
// only this check and the content script stays small (issue 8 §2; ≤ 10 KB gzipped, no zod and
// no polyfill: tests/lib/bundle-size.test.ts). No timer (issue 17 "Speed"): single-page
// navigation is followed by the browser's own events — the Navigation API where there is one
// (Chromium), else popstate/hashchange — each followed by the same URL check.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ESP_MATCHES, espOfUrl } from '../../lib/esp/routes';
import { requestPanel } from '../../lib/platform/load-panel';

export default defineContentScript({
  // Whole ESP hosts: they are single-page apps, so a report can be reached without a page load.
  // Custom ActiveCampaign and Campaign Monitor domains are added at run time by the background.
  matches: ESP_MATCHES,
  main() {
    performance.mark('dl:loader-start');
    // WXT's ctx is not used for the listeners: its "newer script started" announcement is a
    // window.postMessage the page can forge (issue 15 §5), and a forged one would stop this
    // check for good. The listeners stop themselves once the extension is gone (update, removal).
    let asked = false;
    const stop = new AbortController();
    const check = (href = location.href) => {
      if (!browser.runtime?.id) return stop.abort();
      const esp = asked ? undefined : espOfUrl(href);
      if (!esp) return;
      asked = true;
      stop.abort(); // from here on the panel follows navigation itself
      void requestPanel(esp);
    };
    check();
    // What the content script costs a page (BENCHMARKS.md: ≈ 0 on pages that are not reports).
    performance.measure('dl:loader', 'dl:loader-start');
    if (asked) return;
    const opts = { signal: stop.signal };
    const nav = (globalThis as { navigation?: EventTarget & { currentEntry?: { url?: string } } }).navigation;
    nav?.addEventListener('currententrychange', () => check(nav.currentEntry?.url ?? location.href), opts);
    window.addEventListener('popstate', () => check(), opts);
    window.addEventListener('hashchange', () => check(), opts);
  },
});
