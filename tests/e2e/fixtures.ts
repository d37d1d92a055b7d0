// Playwright fixtures: a worker-wide local DoH server on the fixture zone, and per test a fresh
// Chromium with the built extension, ESP pages served at their real URLs.
import { test as base, type BrowserContext, type Worker } from '@playwright/test';
import { startDohServer, type DohServer } from '../support/doh-server';
import { launchWithExtension, serveEspFixtures, setResolver } from '../support/browser';
import { articleZone } from '../fixtures/zones/article';

export const test = base.extend<{ context: BrowserContext; worker: Worker; extensionId: string }, { doh: DohServer }>({
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
});

export const expect = test.expect;
