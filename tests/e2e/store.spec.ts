// First run and permissions the user can see (issue 15 §4): the welcome page opens on install
// and says what the extension does and needs. (A withdrawn host permission is tested in Firefox,
// tests/firefox/firefox.test.ts: Chrome refuses permissions.remove for required hosts.)
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { PROMO_TILE, SCREENSHOT, STORE_ASSET_FILES, pngSize, writeStoreAssets } from '../support/store-assets';

test('the welcome page opens on install and says what the extension needs', async ({ context, extensionId }) => {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  const welcome =
    context.pages().find((p) => p.url() === url) ?? (await context.waitForEvent('page', (p) => p.url() === url));
  await expect(welcome.locator('h1')).toHaveText('Welcome to Deliverability Lens');
  await expect(
    welcome.getByText('Permission to read pages on admin.mailchimp.com, activehosted.com and createsend.com'),
  ).toBeVisible();
  await expect(welcome.getByTestId('dl-permission-ok')).toHaveText('Everything it needs is allowed.');
  await expect(welcome.getByTestId('dl-welcome-privacy')).toContainText(
    "during an export or a list audit about the recipients' domains",
  );
  await expect(welcome.getByRole('link', { name: 'Privacy policy' })).toHaveAttribute('href', /\/PRIVACY\.md$/);
});

test('the options page says what leaves the machine and links the policy', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('dl-privacy')).toContainText(
    "DNS questions about your sender domain, and during an export or a list audit about the recipients' domains",
  );
  await expect(page.getByTestId('dl-privacy-link')).toHaveAttribute(
    'href',
    'https://github.com/deliverability-lens/deliverability-lens/blob/main/PRIVACY.md',
  );
});

test('the demo writes the store images at the sizes the stores ask for', async ({
  context,
  worker,
  extensionId,
  doh,
}) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'dl-store-assets-'));
  const files = await writeStoreAssets(dir, { context, worker, extensionId, dohUrl: doh.url });
  expect(files.map((f) => f.slice(dir.length + 1))).toEqual(STORE_ASSET_FILES);
  const size = (f: string) => pngSize(readFileSync(join(dir, f)));
  for (const f of STORE_ASSET_FILES.filter((n) => n.startsWith('screenshot-'))) expect(size(f), f).toEqual(SCREENSHOT);
  expect(size('promo-tile-440x280.png')).toEqual(PROMO_TILE);
  expect(size('icon-128-chrome-web-store.png')).toEqual({ width: 128, height: 128 });
  expect(size('icon-128-amo.png')).toEqual({ width: 128, height: 128 });
});
