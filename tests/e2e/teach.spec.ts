// Teach mode in Chromium (issue 18 "Done when"): on a Brevo-like report (an ESP without an
// adapter) the user opens the picker from the popup and clicks the figures as they would; the
// taught layout reads the page again after a reload; a redesign makes the self-check name the
// figure that no longer fits; the layout is exported and imported; bad picks, a page changing
// under the picker and a corrupted stored layout each end in a clear message, nothing half stored.
//
// The optional host permission for app.brevo.com cannot be answered in automation (Playwright
// does not drive extension permission prompts, microsoft/playwright#32755), so this spec runs a
// copy of the built extension with that one origin granted up front; the request in the click
// then resolves at once, exactly as it does after the user said yes.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { chromiumPath, EXTENSION_DIR } from '../support/browser';
import { BREVO_URL, teachFixtureHtml } from '../support/teach-fixture';
import { panelStages } from './fixtures';

function extensionWithBrevo(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'dl-teach-ext-')), 'ext');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push('https://app.brevo.com/*');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

const test = base.extend<{ context: BrowserContext; worker: Worker; extensionId: string; site: { variant: string } }>({
  site: async ({}, use) => use({ variant: 'brevo-report.html' }),
  context: async ({ site }, use) => {
    const ext = extensionWithBrevo();
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'dl-profile-')), {
      executablePath: chromiumPath(),
      headless: true,
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
      args: [
        `--disable-extensions-except=${ext}`,
        `--load-extension=${ext}`,
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    // Nothing leaves the machine; the report is served at its real URL.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort('blockedbyclient'));
    await context.route('https://app.brevo.com/**', (route) =>
      new URL(route.request().url()).pathname === '/camp/report/123'
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: teachFixtureHtml(site.variant) })
        : route.fulfill({ status: 404, body: 'no fixture' }),
    );
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    await worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set({ settings: { lang: 'en' } }),
    );
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => use(context.serviceWorkers()[0]!),
  extensionId: async ({ worker }, use) => use(new URL(worker.url()).host),
  page: async ({ context }, use) => use(context.pages()[0] ?? (await context.newPage())),
});

const stored = (worker: Worker) =>
  worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
    ).chrome.storage.local.get('taughtLayouts'),
  );

/** Opens the popup in a tab beside the report and starts the picker there, as the toolbar popup does. */
async function startPicker(context: BrowserContext, page: Page, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.bringToFront();
  await popup.getByText('Teach a report layout').click();
  await popup.locator('select[name=teach-esp]').selectOption('brevo');
  await popup.getByRole('button', { name: 'Show me where the figures are' }).click();
  await expect(popup.getByTestId('dl-teach-start-status')).toHaveText('Now click the figures on the report page.');
  await expect(page.getByTestId('dl-teach-picker')).toBeVisible();
  return popup;
}

const main = (page: Page) => page.locator('main');
const status = (page: Page) => page.getByTestId('dl-teach-status');

/** Clicks every figure as a user would, with the mistakes a user makes on the way. */
async function teachByClicking(page: Page): Promise<void> {
  await expect(page.getByTestId('dl-teach-ask')).toHaveText(
    'Click the number of recipients (or skip it and show the delivered count next).',
  );
  await main(page).getByText('Spring newsletter 2025').click();
  await expect(status(page)).toHaveText('That is text with a number in it. Click just the number of recipients.');
  await main(page).getByText('2,000', { exact: true }).click();
  await expect(status(page)).toHaveText('recipients: 2,000 ✓');
  await main(page).getByText('1,608', { exact: true }).click();
  await expect(page.getByTestId('dl-teach-ask')).toHaveText('Click the number of bounces.');
  await main(page).getByText('19.6%', { exact: true }).click();
  await expect(status(page)).toHaveText('That is a rate. Click the number of bounces, not the percentage.');
  await main(page).getByText('392', { exact: true }).click();
  await expect(status(page)).toHaveText('bounces: 392 ✓');
  await expect(page.getByTestId('dl-teach-step-bounces')).toContainText('bounces: 392 ✓');
  // The count, not its "(43.78%)": the left edge of the value.
  await main(page)
    .getByTestId('stat-opens')
    .locator('span')
    .nth(1)
    .click({ position: { x: 4, y: 6 } });
  await expect(status(page)).toHaveText('unique opens: 704 ✓');
  await main(page).getByText('96', { exact: true }).click();
  await main(page).getByText('12', { exact: true }).click();
  await expect(status(page)).toHaveText('unsubscribes: 12 ✓');
  // Complaints by keyboard: from the last figure shown (12), Arrow Right walks the page's numbers
  // (total opens 1,102, total clicks 131, complaints 2); Arrow Up would take the whole row.
  await page.getByTestId('dl-teach-ask').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(status(page)).toHaveText('On the page: 2');
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('spam complaints: 2 ✓');
  await main(page).getByText('Atelier Example <nieuws@atelier-example.be>').click();
  await expect(status(page)).toHaveText('From address: nieuws@atelier-example.be ✓');
  await main(page).getByText('25/03/2025 10:00').click();
  await expect(status(page)).toHaveText('send date: 2025-03-25T10:00 ✓');
}

test('teaches a Brevo report by clicking, reads it after a reload, and names the figure a redesign broke', async ({
  context,
  page,
  extensionId,
  worker,
  site,
}) => {
  await page.goto(BREVO_URL);
  await startPicker(context, page, extensionId);
  await teachByClicking(page);
  await page.getByRole('button', { name: 'Save layout' }).click();
  await expect(status(page)).toHaveText('Layout saved: these figures are read from this page from now on.');
  const panel = page.getByTestId('dl-panel');
  await expect(panel.getByTestId('dl-bounce')).toContainText('Bounce rate: 19.6%');
  await expect(page.getByTestId('dl-taught-bar')).toContainText(
    'Figures read with the layout you taught for app.brevo.com.',
  );
  await expect(panel.locator('input[name=domain]')).toHaveValue('atelier-example.be');
  await expect(page.getByTestId('dl-teach-picker')).toHaveCount(0);

  // Every visit: the loader registered for app.brevo.com has the layout applied again.
  await page.reload();
  await expect(page.getByTestId('dl-panel').getByTestId('dl-bounce')).toContainText('Bounce rate: 19.6%');
  await expect(page.getByTestId('dl-panel').getByTestId('dl-open')).toContainText('Open rate: 43.8%');
  // The restart plan comes from the report panel's second stage, here too.
  await page.getByTestId('dl-panel').locator('[data-section=plan] > summary').click();
  await expect(page.getByTestId('dl-panel').getByTestId('restart-plan').getByRole('heading', { level: 2 })).toHaveText(
    'How to restart from this campaign',
  );

  // A corrupted sibling entry is dropped alone, with a notice; the good layout still reads.
  const { taughtLayouts } = (await stored(worker)) as { taughtLayouts: Record<string, unknown> };
  await worker.evaluate(
    (v) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set(v),
    {
      taughtLayouts: {
        ...taughtLayouts,
        'app.brevo.com/camp/stats/{n}': {
          format: 'deliverability-lens/taught-layout',
          version: 1,
          host: 'app.brevo.com',
          figures: 'javascript:alert(1)',
        },
      },
    },
  );
  // The panel re-reads the layouts when they change: it drops the bad entry and says so.
  await expect(page.getByTestId('dl-taught-dropped')).toHaveText(
    'One stored layout could not be read and was removed; teach it again.',
  );
  await expect(page.getByTestId('dl-panel').getByTestId('dl-bounce')).toContainText('Bounce rate: 19.6%');
  expect(Object.keys(((await stored(worker)) as { taughtLayouts: object }).taughtLayouts)).toEqual([
    'app.brevo.com/camp/report/{n}',
  ]);

  // The layout changed: the self-check names the figure and shows no figure at all.
  site.variant = 'brevo-report-redesigned.html';
  await page.reload();
  const failure = page.getByTestId('dl-taught-failure');
  await expect(failure).toContainText('The layout you taught no longer fits this page, so no figures are shown.');
  await expect(failure.locator('li')).toHaveText(['bounces: the page now shows a rate where the count was.']);
  await expect(page.getByTestId('dl-bounce')).toHaveCount(0);
  await expect(failure.getByRole('button', { name: 'Show me where the figures are again' })).toBeVisible();
});

test('exports a taught layout and imports it on a fresh profile; a layout for another host is refused', async ({
  context,
  page,
  extensionId,
  worker,
}) => {
  await page.goto(BREVO_URL);
  await startPicker(context, page, extensionId);
  await teachByClicking(page);
  await page.getByRole('button', { name: 'Save layout' }).click();
  await expect(page.getByTestId('dl-taught-bar')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByTestId('dl-taught-bar').getByRole('button', { name: 'Export this layout (JSON)' }).click();
  const file = await (await download).path();
  expect((await download).suggestedFilename()).toBe('taught-layout-app.brevo.com.json');
  const exported = readFileSync(file, 'utf8');
  const before = (await stored(worker)) as { taughtLayouts: Record<string, unknown> };

  // "Another machine": the layout is gone, then imported from the file.
  await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }
    ).chrome.storage.local.remove('taughtLayouts'),
  );
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByText('Teach a report layout').click();
  const input = popup.locator('input[name=teach-import]');
  await input.setInputFiles({
    name: 'layout.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported.replaceAll('app.brevo.com', 'dashboard.mailerlite.com')),
  });
  await expect(popup.getByTestId('dl-teach-start-status')).toHaveText(
    'That layout is for dashboard.mailerlite.com, not app.brevo.com. Nothing was imported.',
  );
  await input.setInputFiles({
    name: 'layout.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported.replace('"kind":"overview"', '"kind":"overview","onload":"fetch(1)"')),
  });
  await expect(popup.getByTestId('dl-teach-start-status')).toHaveText(
    'That file is not a valid layout (at (root)). Nothing was imported.',
  );
  expect(await stored(worker)).toEqual({});
  await input.setInputFiles({ name: 'layout.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(popup.getByTestId('dl-teach-start-status')).toHaveText(
    'Layout for app.brevo.com imported. Reload the report page to read it.',
  );
  expect(await stored(worker)).toEqual(before);
  await page.bringToFront();
  await page.reload();
  await expect(page.getByTestId('dl-panel').getByTestId('dl-bounce')).toContainText('Bounce rate: 19.6%');
});

test('a page that changes under the picker stores nothing', async ({ context, page, extensionId, worker }) => {
  await page.goto(BREVO_URL);
  await startPicker(context, page, extensionId);
  await main(page).getByText('2,000', { exact: true }).click();
  await page.getByRole('button', { name: 'Skip' }).click();
  await expect(status(page)).toHaveText('delivered: skipped');
  await main(page).getByText('392', { exact: true }).click();
  await expect(status(page)).toHaveText('bounces: 392 ✓');
  // The single-page app re-renders its cards: the elements picked are gone.
  await page.evaluate(() => {
    const stats = document.getElementById('stats')!;
    stats.replaceWith(stats.cloneNode(true));
  });
  await page.getByRole('button', { name: 'Save layout' }).click();
  await expect(status(page)).toHaveText(
    'The page changed while you were picking: the recipients you showed are no longer on it. Nothing was stored; show them again.',
  );
  expect(await stored(worker)).toEqual({});
  // Escape closes the picker; nothing is left on the page.
  await page.getByTestId('dl-teach-ask').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('dl-teach-picker')).toHaveCount(0);
  expect(await stored(worker)).toEqual({});
});

test('on a report page its adapter cannot read, the panel offers teach mode and then reads the page with it', async ({
  context,
  page,
  worker,
}) => {
  // A Mailchimp report URL whose page the Mailchimp adapter does not recognise (a new layout).
  const url = 'https://us21.admin.mailchimp.com/reports/summary?id=777';
  await context.route(url, (r) =>
    r.fulfill({ contentType: 'text/html; charset=utf-8', body: teachFixtureHtml('brevo-report.html') }),
  );
  await page.goto(url);
  const panel = page.getByTestId('dl-panel');
  await expect(panel.getByTestId('dl-unreadable')).toContainText("This page's layout was not recognised");
  await panel.getByRole('button', { name: 'Show me where the figures are' }).click();
  await expect(page.getByTestId('dl-teach-picker')).toBeVisible();
  await main(page).getByText('2,000', { exact: true }).click();
  await main(page).getByText('1,608', { exact: true }).click();
  await main(page).getByText('392', { exact: true }).click();
  await expect(status(page)).toHaveText('bounces: 392 ✓');
  await page.getByRole('button', { name: 'Save layout' }).click();
  await expect(status(page)).toHaveText('Layout saved: these figures are read from this page from now on.');
  expect(Object.keys(((await stored(worker)) as { taughtLayouts: object }).taughtLayouts)).toEqual([
    'us21.admin.mailchimp.com/reports/summary',
  ]);
  // Next visit: the adapter still cannot read it, so the taught layout gives the figures.
  await page.reload();
  await expect(page.getByTestId('dl-panel').getByTestId('dl-bounce')).toContainText('Bounce rate: 19.6%');
  // The layout reader is in the panel's second stage, fetched because a layout exists for this host.
  expect(await panelStages(page)).toBe(1);
});
