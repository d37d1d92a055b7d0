// Launching Debian's Firefox ESR with the built Firefox extension, for tests/firefox. Firefox has
// no request interception for extension-injected pages the way Playwright's Chromium routes do,
// so the ESP pages come through the network stack for real: Firefox speaks HTTP CONNECT to a
// local proxy, which hands the socket to a local HTTPS server holding a self-signed certificate
// for the ESP hosts (accepted through acceptInsecureCerts). Nothing else is let through, and DNS
// goes to the local DoH server on 127.0.0.1 (not proxied: localhost bypasses the proxy).
//
// Driven by puppeteer-core over WebDriver BiDi: BiDi `webExtension.install` loads the add-on,
// the pref extensions.webextensions.uuids fixes its moz-extension:// origin, and
// --remote-allow-system-access lets the driver open and script the extension's own pages.
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { generate } from 'selfsigned';
import { fixtureHtmlFor } from './browser';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');
/** The add-on id in wxt.config.ts (GECKO_ID) and the moz-extension:// host the tests give it. */
export { GECKO_ID } from '../../lib/project';
import { GECKO_ID } from '../../lib/project';
export const EXTENSION_UUID = '5d1c3a50-0f4e-4b8e-9b55-7a1d2c9e0f11';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
/** Hosts served from fixtures; every other CONNECT is refused. */
const ESP_HOST = /^[a-z0-9-]+\.(admin\.mailchimp\.com|activehosted\.com|createsend\.com)$/;

export function firefoxPath(): string {
  return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
}

export interface EspProxy {
  port: number;
  /** Every request the HTTPS side answered, as full URLs. */
  log: string[];
  /** HTML for URLs the fixtures lack (or to override one), keyed by the full URL. */
  extra: Map<string, string>;
  close(): Promise<void>;
}

/** The CONNECT proxy plus the HTTPS server behind it that serves the ESP fixtures. */
export async function startEspProxy(): Promise<EspProxy> {
  const names = ['*.admin.mailchimp.com', '*.activehosted.com', '*.createsend.com'];
  const pems = await generate([{ name: 'commonName', value: names[0] }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: names.map((value) => ({ type: 2 as const, value })) }],
  });
  const log: string[] = [];
  const extra = new Map<string, string>();
  const https: HttpsServer = createHttpsServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const url = `https://${req.headers.host}${req.url}`;
    log.push(url);
    const body = extra.get(url) ?? fixtureHtmlFor(url);
    if (body === undefined) return res.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture for ${url}`);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((r) => https.listen(0, '127.0.0.1', r));
  const httpsPort = (https.address() as AddressInfo).port;
  const sockets = new Set<Socket>();
  const proxy: HttpServer = createHttpServer((_req, res) => res.writeHead(403).end('only CONNECT'));
  proxy.on('connect', (req, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    const host = (req.url ?? '').replace(/:\d+$/, '');
    if (!ESP_HOST.test(host)) return client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    const upstream = connect(httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  return {
    port: (proxy.address() as AddressInfo).port,
    log,
    extra,
    close: async () => {
      for (const s of sockets) s.destroy();
      https.closeAllConnections();
      proxy.closeAllConnections();
      await Promise.all([new Promise((r) => https.close(r)), new Promise((r) => proxy.close(r))]);
    },
  };
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** Where downloads land (the bounce export). */
  downloadDir: string;
  /** Opens a page of the extension (popup.html, options.html, …) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Starts headless Firefox ESR in a fresh profile with the Firefox build installed. */
export async function launchFirefoxWithExtension(proxy: EspProxy): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(`no Firefox build in ${FIREFOX_EXTENSION_DIR}: run npm run build:firefox first`);
  const downloadDir = mkdtempSync(join(tmpdir(), 'dl-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Every https:// request through the local CONNECT proxy; 127.0.0.1 (DoH) stays direct.
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.allow_hijacking_localhost': false,
      'network.trr.mode': 5,
      'network.dns.disablePrefetch': true,
      'network.http.speculative-parallel-limit': 0,
      // Downloads go to downloadDir without a dialog (the export is a page download).
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'text/csv',
      'browser.download.alwaysOpenPanel': false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    downloadDir,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`;
      // puppeteer's goto never settles for moz-extension:// pages (puppeteer/puppeteer#14314,
      // upstream): start it, then wait in the page itself for the document to be ours and loaded.
      page.goto(url).catch(() => undefined);
      const deadline = Date.now() + 15_000;
      for (;;) {
        try {
          await page.waitForFunction(
            (u) => location.href === u && document.readyState === 'complete',
            { timeout: Math.max(1, deadline - Date.now()), polling: 100 },
            url,
          );
          return page;
        } catch (e) {
          // A poll that lands while about:blank gives way to the page can fail inside Firefox's BiDi
          // ("right-hand side of 'in' should be an object, got null") instead of being retried by
          // puppeteer: wait again, within the same deadline. Anything else is a real failure.
          const err = e as Error & { cause?: Error };
          if (Date.now() >= deadline || !/Protocol error/.test(`${err?.message} ${err?.cause?.message}`)) throw e;
        }
      }
    },
    close: () => browser.close(),
  };
}

/** Writes the extension's settings from one of its own pages, as the options page does. */
export async function setFirefoxResolver(ff: FirefoxWithExtension, dohUrl: string): Promise<void> {
  const page = await ff.openExtensionPage('options.html');
  await page.evaluate(async (url) => {
    const api = (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } })
      .browser;
    await api.storage.local.set({ settings: { resolvers: [url], lang: 'en', extraSelectors: [] } });
  }, dohUrl);
  await page.close();
}
