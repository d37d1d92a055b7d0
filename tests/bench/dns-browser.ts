// The browser path of the DNS bench (issue 12 "Speed"): the built extension's service worker in
// Chromium runs the check (over the 'check-domain' port, as the popup does) against the local
// DoH server, served over HTTPS with HTTP/2 offered by ALPN, at 20 and 50 ms per query. Every run
// uses a fresh resolver and an empty storage.session cache (a new resolver URL each run), so
// each is a first check. Runs interleaved, medians of ≥ 9, load average printed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startDohServer } from '../support/doh-server';
import { chromiumPath, EXTENSION_DIR } from '../support/browser';
import { spfTreeZone } from '../fixtures/zones/spf-trees';
import { BENCH_DOMAIN, dependencyDepth, loadLine } from './dns';
import { fmt, summarize } from './stats';

declare const chrome: {
  runtime: {
    connect(o: { name: string }): {
      onMessage: { addListener(f: (m: { type: string }) => void): void };
      postMessage(m: unknown): void;
    };
  };
  storage: { local: { set(i: Record<string, unknown>): Promise<void> }; session: { clear(): Promise<void> } };
};

/** Runs the browser-path bench; returns its BENCHMARKS.md section. */
export async function benchDnsBrowser(runs = 9, http2 = true): Promise<string> {
  const { depth } = await dependencyDepth();
  const s20 = await startDohServer({ ...spfTreeZone, latencyMs: 20 }, 0, { http2 });
  const s50 = await startDohServer({ ...spfTreeZone, latencyMs: 50 }, 0, { http2 });
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'dl-bench-')), {
    executablePath: chromiumPath(),
    headless: true,
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--ignore-certificate-errors',
      '--no-first-run',
    ],
  });
  const times: Record<'20' | '50', number[]> = { '20': [], '50': [] };
  const before = loadLine();
  try {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    let n = 0;
    const once = async (url: string) => {
      // A new resolver list (the URL differs by a parameter the server ignores) and an empty session store.
      await worker.evaluate(async (u) => {
        await chrome.storage.session.clear();
        await chrome.storage.local.set({ settings: { resolvers: [u], lang: 'en', extraSelectors: [] } });
      }, `${url}?run=${++n}`);
      return page.evaluate(
        (domain) =>
          new Promise<number>((resolve) => {
            const t = performance.now();
            const port = chrome.runtime.connect({ name: 'check-domain' });
            port.onMessage.addListener((m) => m.type !== 'area' && resolve(performance.now() - t));
            port.postMessage({ type: 'check-domain', domain, esp: 'mailchimp' });
          }),
        BENCH_DOMAIN,
      );
    };
    await once(s50.url); // warm-up: the worker, TLS and the HTTP/2 session
    for (let i = 0; i < runs; i++) {
      times['20'].push(await once(s20.url));
      times['50'].push(await once(s50.url));
    }
  } finally {
    await context.close();
    await Promise.all([s20.close(), s50.close()]);
  }
  const row = (ms: 20 | 50, goal: number) => {
    const s = summarize(times[String(ms) as '20' | '50']);
    return `| ${ms} ms | ${fmt(s)} | ${depth * ms} ms | ${(s.median / (depth * ms)).toFixed(2)} | ≤ ${goal} |`;
  };
  return [
    '## DNS: checkDomain in the browser (the extension service worker in Chromium)',
    '',
    `Same domain and zone as above; the check runs in the built extension's service worker, started over the popup's port, ` +
      `against the local server over ${http2 ? 'HTTPS with HTTP/2 offered (ALPN)' : 'HTTP/1.1'}; fresh resolver and empty session cache per run. ` +
      `${runs} interleaved runs each; ${before} before, ${loadLine()} after.`,
    '',
    '| latency / query | wall ms, median (min–max) | depth × latency | ratio | goal |',
    '|---|---|---|---|---|',
    row(20, 1.3),
    row(50, 1.15),
  ].join('\n');
}

if (process.argv[1]?.endsWith('dns-browser.ts')) void benchDnsBrowser().then((t) => console.log(t));
