// One end-to-end test per primary cause (issue 5 §7): the article's Mailchimp page with the
// figures of each situation, a domain from the local DNS zone, and — for volume and
// reputation — the account's history as the extension stores it.
import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { ESP_FIXTURE_DIR } from '../support/load-fixture';
import { setStorage } from '../support/browser';

const ACCOUNT = 'mailchimp:us21.admin.mailchimp.com';
const ARTICLE = readFileSync(`${ESP_FIXTURE_DIR}mailchimp/overview-article.html`, 'utf8');

/** The article's page with other figures (2,000 recipients; counts and shown rates). */
function variant(f: { bounced: number; opened: number; clicked: number; abuse?: number }): string {
  const delivered = 2000 - f.bounced;
  const pct = (n: number, of: number) => `${((n / of) * 100).toFixed(1)}%`;
  return ARTICLE.replace(
    '<h3 class="kaleText-kjDis">9.8%</h3>',
    `<h3 class="kaleText-kjDis">${pct(f.opened, delivered)}</h3>`,
  )
    .replace('<span>158</span> opened', `<span>${f.opened}</span> opened`)
    .replace('<h3 class="kaleText-kjDis">0.7%</h3>', `<h3 class="kaleText-kjDis">${pct(f.clicked, delivered)}</h3>`)
    .replace('<span>12</span> clicked', `<span>${f.clicked}</span> clicked`)
    .replace('<h3 class="kaleText-kjDis">19.6%</h3>', `<h3 class="kaleText-kjDis">${pct(f.bounced, 2000)}</h3>`)
    .replace('<span>392</span> bounced', `<span>${f.bounced}</span> bounced`)
    .replace('<p>1,608 (80.4%)</p>', `<p>${delivered.toLocaleString('en-US')} (${pct(delivered, 2000)})</p>`)
    .replace('<p>236</p>', `<p>${Math.round(f.opened * 1.5)}</p>`)
    .replace('<p>15</p>', `<p>${Math.round(f.clicked * 1.3)}</p>`)
    .replace('Abuse reports</p><p>2</p>', `Abuse reports</p><p>${f.abuse ?? 0}</p>`);
}
const HEALTHY = { bounced: 12, opened: 598, clicked: 70 };

async function open(page: Page, html: string, domain: string) {
  const url = `https://us21.admin.mailchimp.com/reports/summary?id=4409731`;
  await page.route(url, (r) => r.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(url);
  const panel = page.getByTestId('dl-panel');
  await expect(panel.getByTestId('dl-unreadable')).toHaveCount(0);
  await panel.locator('input[name=domain]').fill(domain);
  await panel.getByRole('button', { name: 'Check' }).click();
  return panel;
}

async function seedHistory(
  worker: Worker,
  entries: { id: string; sentAt: string; recipients: number; opened: number }[],
) {
  const list = entries.map((e) => ({
    provider: 'mailchimp',
    campaignId: e.id,
    sentAt: e.sentAt,
    recipients: e.recipients,
    delivered: e.recipients - 5,
    bounces: { total: 5 },
    opens: { unique: e.opened },
  }));
  await setStorage(worker, { history: { [ACCOUNT]: list } });
}

const cause = (panel: ReturnType<Page['getByTestId']>) => panel.getByTestId('dl-cause');

test('authentication', async ({ page }) => {
  const panel = await open(page, variant(HEALTHY), 'broken-example.be');
  await expect(cause(panel)).toHaveAttribute('data-cause', 'authentication');
  await expect(panel.getByTestId('dl-steps').locator('li').first()).toHaveText(
    'Publish the records your ESP asks for: its DKIM records first, then a DMARC record with a rua address.',
  );
});

test('list quality', async ({ page }) => {
  const panel = await open(page, ARTICLE, 'atelier-example.be');
  await expect(cause(panel)).toHaveAttribute('data-cause', 'list-quality');
  await expect(panel.getByTestId('dl-steps').locator('li').first()).toHaveText(
    'Stop sending to this list: it is heavily polluted, and "try again" is the worst idea.',
  );
});

test('volume', async ({ page, worker }) => {
  await seedHistory(worker, [
    { id: 'a', sentAt: '2026-01-20T10:00', recipients: 300, opened: 90 },
    { id: 'b', sentAt: '2026-02-03T10:00', recipients: 320, opened: 95 },
    { id: 'c', sentAt: '2026-02-17T10:00', recipients: 310, opened: 93 },
    { id: 'd', sentAt: '2026-03-03T10:00', recipients: 330, opened: 99 },
  ]);
  const panel = await open(page, variant(HEALTHY), 'atelier-example.be');
  await expect(cause(panel)).toHaveAttribute('data-cause', 'volume');
  await expect(panel.getByTestId('dl-headline')).toHaveText(
    'DNS is in order, but this send was 6.3× your usual volume: filters react hard to everything at once.',
  );
  await expect(panel.getByTestId('dl-trend').locator('[data-series=open] circle')).toHaveCount(5);
});

test('engagement: low opens that the clicks agree with', async ({ page }) => {
  const panel = await open(page, variant({ bounced: 12, opened: 100, clicked: 8 }), 'atelier-example.be');
  await expect(cause(panel)).toHaveAttribute('data-cause', 'engagement');
  await expect(panel.getByTestId('dl-headline')).toHaveText(
    'DNS is in order, but only 5.0% opened, and only 0.4% clicked: mail is likely landing in spam.',
  );
});

test('low opens alone are no proof of the spam folder', async ({ page }) => {
  const panel = await open(page, variant({ bounced: 12, opened: 100, clicked: 30 }), 'atelier-example.be');
  await expect(cause(panel)).toHaveAttribute('data-cause', 'none');
  await expect(panel.getByTestId('dl-headline')).toHaveText(
    'DNS is in order, but only 5.0% opened, yet clicks, bounces and complaints look normal: low opens alone do not prove the spam folder.',
  );
});

test('reputation', async ({ page, worker }) => {
  await seedHistory(worker, [
    { id: 'a', sentAt: '2026-01-20T10:00', recipients: 2000, opened: 795 },
    { id: 'b', sentAt: '2026-02-03T10:00', recipients: 2000, opened: 636 },
    { id: 'c', sentAt: '2026-02-17T10:00', recipients: 2000, opened: 477 },
  ]);
  const panel = await open(page, variant({ bounced: 12, opened: 300, clicked: 60 }), 'atelier-example.be');
  await expect(cause(panel)).toHaveAttribute('data-cause', 'reputation');
  await expect(panel.getByTestId('dl-headline')).toHaveText(
    'DNS is in order, but your results have been getting worse campaign after campaign: mailbox providers are learning to distrust your mail.',
  );
});

test('none', async ({ page }) => {
  const panel = await open(page, variant(HEALTHY), 'atelier-example.be');
  await expect(cause(panel)).toHaveAttribute('data-cause', 'none');
  await expect(panel.getByTestId('dl-headline')).toHaveText('DNS is in order and the figures look healthy.');
});

test('unknown', async ({ page }) => {
  const panel = await open(page, variant(HEALTHY), 'timeout-example.be');
  await expect(cause(panel)).toHaveAttribute('data-cause', 'unknown', { timeout: 20_000 });
  await expect(panel.getByTestId('dl-headline')).toHaveText(
    "DNS couldn't be checked and the figures point nowhere in particular.",
  );
});
