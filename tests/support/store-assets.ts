// Store listing images, generated from the real extension on the sample report (issue 15 §7):
// `npm run demo -- --store-assets DIR`. Chrome Web Store and AMO both take 1280×800 screenshots;
// the Chrome Web Store's small promo tile is 440×280; its 128×128 icon has 96×96 artwork with 16
// transparent pixels around it (developer.chrome.com "Supplying images"). AMO takes the plain
// 128 icon. Screenshots in English and Dutch: panel after a check, popup after a check, options.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { EXTENSION_DIR, setStorage } from './browser';

const REPORT = 'https://us21.admin.mailchimp.com/reports/summary?id=4409731';
export const SCREENSHOT = { width: 1280, height: 800 } as const;
export const PROMO_TILE = { width: 440, height: 280 } as const;
const LANGS = ['en', 'nl'] as const;

/** Every file writeStoreAssets makes, relative to its folder. */
export const STORE_ASSET_FILES = [
  ...LANGS.flatMap((l) => [`screenshot-panel-${l}.png`, `screenshot-popup-${l}.png`, `screenshot-options-${l}.png`]),
  'promo-tile-440x280.png',
  'icon-128-chrome-web-store.png',
  'icon-128-amo.png',
];

export interface AssetBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  dohUrl: string;
}

/** Writes the store images into dir (created if needed); returns their paths. */
export async function writeStoreAssets(dir: string, b: AssetBrowser): Promise<string[]> {
  const out = resolve(dir);
  mkdirSync(out, { recursive: true });
  const page = await b.context.newPage();
  await page.setViewportSize(SCREENSHOT);
  for (const lang of LANGS) {
    // A fresh account each time, so the panel asks for the domain and the check is shown.
    await setStorage(b.worker, { settings: { resolvers: [b.dohUrl], lang, extraSelectors: [] }, senderDomains: {} });
    await page.goto(REPORT);
    const panel = page.getByTestId('dl-panel');
    await panel.locator('form[data-testid=dl-domain-form] button[type=submit]').click();
    // The DNS rows sit behind their one-line summary (issue 13 §10): wait for the row, not its visibility.
    await panel.locator('[data-testid=dl-dns-dmarc][data-status=pass]').waitFor({ state: 'attached' });
    await page.screenshot({ path: join(out, `screenshot-panel-${lang}.png`) });

    await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await page.locator('input[name=domain]').fill('broken-example.be');
    await page.locator('select[name=esp]').selectOption('mailchimp');
    await page.locator('[data-testid=dl-popup-form] button[type=submit]').click();
    await page.getByTestId('dl-result').waitFor();
    await page.getByTestId('dl-dns-spf').locator('summary').click();
    await framePopup(page);
    await page.screenshot({ path: join(out, `screenshot-popup-${lang}.png`) });

    await page.goto(`chrome-extension://${b.extensionId}/options.html`);
    await page.getByTestId('dl-privacy').waitFor();
    await page.screenshot({ path: join(out, `screenshot-options-${lang}.png`) });
  }
  const icon = `data:image/png;base64,${readFileSync(join(EXTENSION_DIR, 'icon/128.png')).toString('base64')}`;
  await page.setViewportSize(PROMO_TILE);
  await page.setContent(promoTile(icon));
  await page.screenshot({ path: join(out, 'promo-tile-440x280.png') });
  await page.setViewportSize({ width: 128, height: 128 });
  // 96×96 artwork centred in 128×128, the rest transparent (Chrome Web Store icon rule).
  await page.setContent(
    `<html style="background:transparent"><body style="margin:0"><img src="${icon}" width="96" height="96" style="display:block;margin:16px"></body></html>`,
  );
  await page.screenshot({ path: join(out, 'icon-128-chrome-web-store.png'), omitBackground: true });
  await page.setContent(
    `<html style="background:transparent"><body style="margin:0"><img src="${icon}" width="128" height="128" style="display:block"></body></html>`,
  );
  await page.screenshot({ path: join(out, 'icon-128-amo.png'), omitBackground: true });
  await page.close();
  return STORE_ASSET_FILES.map((f) => join(out, f));
}

/** The popup is ~420 px wide: shown as it opens from the toolbar, on a quiet background. */
async function framePopup(page: Page) {
  await page.addStyleTag({
    content: `html { background: #dfe4ec; min-height: 100%; }
      body { margin: 24px 0 24px 760px; border-radius: 8px; box-shadow: 0 8px 28px rgba(0,0,0,.25); }`,
  });
}

function promoTile(icon: string): string {
  return `<html><body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:22px;padding:0 28px;box-sizing:border-box;
    background:linear-gradient(135deg,#1d4fc4,#2459d6 55%,#3b6ff0);color:#fff;font:16px/1.35 system-ui,sans-serif">
    <img src="${icon}" width="96" height="96" alt="">
    <div><div style="font-size:27px;font-weight:700;margin-bottom:8px">Deliverability Lens</div>
    <div>Why your newsletter lands in spam, in plain words, right on your campaign report.</div></div></body></html>`;
}

/** Width and height of a PNG, read from its IHDR chunk (PNG spec §11.2.2). */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
