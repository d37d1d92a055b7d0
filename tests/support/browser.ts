// Launching Debian's Chromium with the built extension, shared by the end-to-end tests, the
// demo and the benchmarks. Tests never touch the internet: ESP pages are served from fixtures
// at their real URLs through context.route, and DNS goes to the local DoH server.
import { readFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { PAGE_FIXTURES } from '../fixtures/esp';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const FIXTURE_DIR = join(ROOT, 'tests/fixtures/esp');

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Starts Chromium with the extension loaded, in a fresh profile. */
export async function launchWithExtension(options: { headless?: boolean } = {}): Promise<{ context: BrowserContext; worker: Worker; extensionId: string }> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`no built extension in ${EXTENSION_DIR}: run npm run build first`);
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

/** Serves every ESP page fixture at its real URL; other ESP URLs get a 404. */
export async function serveEspFixtures(context: BrowserContext): Promise<void> {
  // Nothing else leaves the machine. Registered first: Playwright tries the newest route first.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort('blockedbyclient'));
  const hosts = ['https://*.admin.mailchimp.com/**', 'https://*.activehosted.com/**', 'https://*.createsend.com/**'];
  for (const pattern of hosts)
    await context.route(pattern, (route) => {
      const url = route.request().url();
      const f = PAGE_FIXTURES.find((p) => p.url === url);
      if (!f) return route.fulfill({ status: 404, contentType: 'text/plain', body: `no fixture for ${url}` });
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(FIXTURE_DIR, f.file), 'utf8') });
    });
}

/** Points the extension at a DoH endpoint by writing its stored settings, as the options page does. */
export async function setResolver(worker: Worker, url: string): Promise<void> {
  await worker.evaluate(async (u) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ settings: { resolvers: [u], lang: 'en', extraSelectors: [] } });
  }, url);
}
