// Playwright fixtures: a worker-wide local DoH server on the fixture zone, and per test a fresh
// Chromium with the built extension, ESP pages served at their real URLs.
import { test as base, expect as baseExpect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { startDohServer, type DohServer } from '../support/doh-server';
import { launchWithExtension, serveEspFixtures, setResolver } from '../support/browser';
import { articleZone } from '../fixtures/zones/article';

export const test = base.extend<
  { context: BrowserContext; worker: Worker; extensionId: string; freshPage: Page },
  { doh: DohServer }
>({
  doh: [
    async ({}, use) => {
      const server = await startDohServer(articleZone);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ doh }, use) => {
    const { context, worker } = await launchWithExtension();
    await serveEspFixtures(context);
    await setResolver(worker, doh.url);
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0]!);
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
  // A page of its own in front, opened once the welcome tab (opened on install,
  // lib/platform/lifecycle.ts) is there: for tests that press keys to open the file chooser or
  // install a clock, which the welcome tab arriving midway would otherwise take from them.
  freshPage: async ({ context }, use) => {
    await baseExpect
      .poll(() => context.pages().some((p) => p.url().endsWith('/welcome.html')), { timeout: 15_000 })
      .toBe(true);
    const page = await context.newPage();
    await page.bringToFront();
    await use(page);
    await page.close();
  },
});

export const expect = test.expect;

/** How often the panel's second stage ran in this page (entrypoints/esp-panel-tools.tsx marks it). */
export const panelStages = (page: Page): Promise<number> =>
  page.evaluate(() => performance.getEntriesByName('dl:panel-tools').length);
