// Launching Debian's Chromium with the built extension, shared by the end-to-end tests, the
// demo and the benchmarks. Tests never touch the internet: ESP pages are served from fixtures
// at their real URLs through context.route, and DNS goes to the local DoH server.
import { readFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { PAGE_FIXTURES, type PageFixture } from '../fixtures/esp';
import { PROVIDER_MATCHES } from '../../lib/esp/providers';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const FIXTURE_DIR = join(ROOT, 'tests/fixtures/esp');

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Starts Chromium with the extension loaded, in a fresh profile. */
export async function launchWithExtension(
  options: { headless?: boolean } = {},
): Promise<{ context: BrowserContext; worker: Worker; extensionId: string }> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`no built extension in ${EXTENSION_DIR}: run npm run build first`);
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'dl-profile-')), {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId };
}

const BOUNCE_ROWS = JSON.parse(readFileSync(join(FIXTURE_DIR, 'bounce-rows.json'), 'utf8')) as {
  email: string;
  code: string;
  diagnostic: string;
}[];
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML served at an ESP URL: the fixture for it, a hash-route shell for AC's tabs, or undefined. */
export function fixtureHtmlFor(url: string): string | undefined {
  const u = new URL(url);
  if (u.pathname === '/reports/activity/bounce-reason') {
    // One reason page per row of bounce-rows.json, as Mailchimp serves them (e = row id).
    const row = BOUNCE_ROWS[Number(u.searchParams.get('e')) - 1000];
    if (!row) return undefined;
    return readFileSync(join(FIXTURE_DIR, 'mailchimp/bounce-reason.html'), 'utf8')
      .replace('{{EMAIL}}', escapeHtml(row.email))
      .replace('{{STATUS}}', row.code.startsWith('4') ? '4.0.0' : '5.0.0')
      .replace('{{DIAGNOSTIC}}', escapeHtml(row.diagnostic));
  }
  const base = url.split('#')[0];
  const same = PAGE_FIXTURES.filter((p) => p.url.split('#')[0] === base);
  if (same.some((p) => p.url.includes('#'))) return hashRouteShell(same);
  return same[0] ? readFileSync(join(FIXTURE_DIR, same[0].file), 'utf8') : undefined;
}

/**
 * ActiveCampaign's classic report is one page whose tabs are hash routes (esp-pages.md): the
 * server never sees the hash. Served as the app does it — one shell that renders the tab named by
 * location.hash, and renders again on hashchange — with each tab's fixture body as its template.
 */
export function hashRouteShell(fixtures: PageFixture[]): string {
  const bodyOf = (file: string) => {
    const html = readFileSync(join(FIXTURE_DIR, file), 'utf8');
    return html.slice(html.indexOf('<body>') + 6, html.lastIndexOf('</body>'));
  };
  const templates = fixtures
    .map((f) => `<template data-route="${f.url.slice(f.url.indexOf('#'))}">${bodyOf(f.file)}</template>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Campaign Report | ActiveCampaign</title></head><body>
<div id="shell"></div>
${templates}
<script>
  const render = () => {
    const t = [...document.querySelectorAll('template[data-route]')].find((x) => x.dataset.route === location.hash);
    document.getElementById('shell').replaceChildren(t ? t.content.cloneNode(true) : document.createTextNode(''));
  };
  addEventListener('hashchange', render);
  render();
</script>
</body></html>`;
}

/** Serves every ESP page fixture at its real URL; other ESP URLs get a 404. */
export async function serveEspFixtures(context: BrowserContext, extra: Record<string, string> = {}): Promise<void> {
  // Nothing else leaves the machine. Registered first: Playwright tries the newest route first.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort('blockedbyclient'));
  // The ESP hosts from the registry, and the custom login domains the fixtures use.
  const hosts = [
    ...PROVIDER_MATCHES.map((m) => m.replace(/\/\*$/, '/**')),
    'https://mail.atelier-example.be/**',
    'https://e.atelier-example.be/**',
  ];
  for (const pattern of hosts)
    await context.route(pattern, (route) => {
      const url = route.request().url();
      const body = extra[url] ?? fixtureHtmlFor(url);
      if (body === undefined)
        return route.fulfill({ status: 404, contentType: 'text/plain', body: `no fixture for ${url}` });
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    });
}

/** Writes items into the extension's local storage, as its own pages do. */
export async function setStorage(worker: Worker, items: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (v) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set(v);
  }, items);
}

/** Points the extension at a DoH endpoint by writing its stored settings, as the options page does. */
export async function setResolver(worker: Worker, url: string): Promise<void> {
  await setStorage(worker, { settings: { resolvers: [url], lang: 'en', extraSelectors: [] } });
}
