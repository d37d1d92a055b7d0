// npm run demo: the product working offline. Serves the bundled sample report pages at their
// real Mailchimp URLs, answers DNS from a local RFC 8484 server on the sample zone, and opens
// Chromium with the built extension on the article's report.
//   npm run demo                          a browser window (needs a display)
//   npm run demo -- --screenshot shot.png headless: fills in the sender domain, writes a PNG, exits
//   npm run demo -- --store-assets DIR    headless: the store screenshots (en, nl), promo tile, icons
import { resolve } from 'node:path';
import { startDohServer } from './doh-server';
import { launchWithExtension, serveEspFixtures, setResolver } from './browser';
import { ARTICLE_DOMAIN, articleZone } from '../fixtures/zones/article';
import { writeStoreAssets } from './store-assets';

const REPORT = 'https://us21.admin.mailchimp.com/reports/summary?id=4409731';

async function main() {
  const i = process.argv.indexOf('--screenshot');
  const shot = i >= 0 ? process.argv[i + 1] : undefined;
  if (i >= 0 && !shot) throw new Error('--screenshot needs a file name, e.g. --screenshot shot.png');
  const a = process.argv.indexOf('--store-assets');
  if (a >= 0) {
    const dir = process.argv[a + 1];
    if (!dir) throw new Error('--store-assets needs a folder, e.g. --store-assets store-assets');
    const doh = await startDohServer(articleZone);
    const { context, worker, extensionId } = await launchWithExtension({ headless: true });
    await serveEspFixtures(context);
    for (const f of await writeStoreAssets(dir, { context, worker, extensionId, dohUrl: doh.url }))
      console.log(`wrote ${f}`);
    await context.close();
    await doh.close();
    return;
  }
  if (!shot && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('No display found. Run `npm run demo -- --screenshot shot.png` to get a picture instead.');
    process.exit(2);
  }
  const doh = await startDohServer(articleZone);
  const { context, worker } = await launchWithExtension({ headless: Boolean(shot) });
  await serveEspFixtures(context);
  await setResolver(worker, doh.url);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(REPORT);
  console.log(`Sample report: ${REPORT}\nLocal DoH server: ${doh.url} (zone: ${ARTICLE_DOMAIN} and friends)`);
  if (shot) {
    const panel = page.getByTestId('dl-panel');
    await panel.locator('input[name=domain]').waitFor();
    await panel.getByRole('button', { name: 'Check' }).click();
    // The DNS rows sit behind their one-line summary (issue 13 §10): wait for the row's verdict.
    await panel.locator('[data-testid=dl-dns-dmarc]:not([data-status=pending])').waitFor({ state: 'attached' });
    await page.screenshot({ path: resolve(shot) });
    console.log(`Screenshot written to ${resolve(shot)}`);
    await context.close();
    await doh.close();
    return;
  }
  console.log('Close the browser window to end the demo. Other sample pages:');
  console.log('  https://us1.admin.mailchimp.com/analytics/reports/overview?id=5512093');
  context.on('close', () => void doh.close().then(() => process.exit(0)));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
