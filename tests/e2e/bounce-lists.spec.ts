// Bounce lists, honestly complete (issue 17 §4, issue 13 §5 §6 §8) in Chromium: "10 of 12 read"
// on a Mailchimp list paged by buttons, the pages the user opens kept for the campaign (a reload
// still knows them), the ESP's export dropped on the panel (a bad file refused), and exports that
// state their coverage in panel and file — from the overview with the reasons gathered first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ESP_FIXTURE_DIR } from '../support/load-fixture';

const MC = 'https://us21.admin.mailchimp.com';
const LIST = `${MC}/reports/activity/bounced?id=7700001`;
const EXPORTS = join(ESP_FIXTURE_DIR, '../esp-exports');

/** The bounced fixture paged as Mailchimp does it: 10 rows, "Showing results 1 - 10 of 12", a next-page button. */
function pagedList(): string {
  const html = readFileSync(join(EXPORTS, 'mailchimp-bounced-page-12.html'), 'utf8').replaceAll(
    'id=4409731',
    'id=7700001',
  );
  const rows = html.match(/<tr class="row-[^"]*">[\s\S]*?<\/tr>/g)!;
  const first = rows.slice(0, 10).join('');
  const rest = rows.slice(10).join('');
  const tbody = /<tbody>[\s\S]*?<\/tbody>/.exec(html)![0];
  return html.replace(
    tbody,
    `<tbody id="rows">${first}</tbody></table><template id="page2">${rest}</template>` +
      '<p id="paging">Showing results 1 - 10 of 12</p>' +
      '<button type="button" id="next"><span class="visually-hidden">Go to next page</span>›</button>' +
      `<script>document.getElementById('next').onclick = () => { document.getElementById('rows').innerHTML = document.getElementById('page2').innerHTML; document.getElementById('paging').textContent = 'Showing results 11 - 12 of 12'; };</script><table hidden>`,
  );
}

async function servePaged(context: BrowserContext): Promise<void> {
  await context.route(
    (u) => u.pathname === '/reports/activity/bounced' && u.searchParams.get('id') === '7700001',
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pagedList() }),
  );
}

async function csvOf(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync((await download.path())!, 'utf8');
}

test('"10 of 12 read"; the next page the user opens is kept for the campaign, across a reload', async ({
  context,
  page,
}) => {
  await servePaged(context);
  await page.goto(LIST);
  const panel = page.getByTestId('dl-panel');
  await expect(panel.getByTestId('dl-coverage')).toHaveText('10 of 12 read');
  await expect(panel.getByTestId('dl-ways')).toContainText('open the next pages of the list here');
  await page.locator('#next').click();
  await expect(panel.getByTestId('dl-coverage')).toHaveText('12 of 12 read');
  await expect(panel.getByTestId('dl-ways')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('dl-panel').getByTestId('dl-coverage')).toHaveText('12 of 12 read');
});

test('a dropped ESP export completes the list; a file that is not one is refused and changes nothing', async ({
  context,
  page,
}) => {
  await servePaged(context);
  await page.goto(LIST);
  const panel = page.getByTestId('dl-panel');
  await expect(panel.getByTestId('dl-coverage')).toHaveText('10 of 12 read');
  await panel.getByTestId('dl-export-file').setInputFiles(join(EXPORTS, 'crm-contacts.csv'));
  await expect(panel.getByTestId('dl-file-note')).toHaveText(
    'This does not look like an export from Mailchimp, ActiveCampaign or Campaign Monitor (columns: Email, Name, Company, Customer since). Nothing was changed.',
  );
  await expect(panel.getByTestId('dl-coverage')).toHaveText('10 of 12 read');
  const rows = JSON.parse(readFileSync(`${ESP_FIXTURE_DIR}bounce-rows.json`, 'utf8')) as { email: string }[];
  const csv = `\uFEFF"Email Address","First Name","Last Name","LAST_CHANGED"\r\n${rows.map((r) => `${r.email},,,2026-03-10`).join('\r\n')}\r\n`;
  await panel
    .getByTestId('dl-export-file')
    .setInputFiles({ name: 'bounced_members_export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(panel.getByTestId('dl-file-note')).toHaveText(
    'bounced_members_export.csv: 12 addresses read, 2 new, 0 completed.',
  );
  await expect(panel.getByTestId('dl-coverage')).toHaveText('12 of 12 read');
  const file = await csvOf(page, () => panel.getByTestId('dl-export-button').click());
  const lines = file.split('\r\n').filter(Boolean);
  expect(lines).toHaveLength(13);
  expect(lines.slice(1).every((l) => l.endsWith(',12 of 12'))).toBe(true);
  // No reason read yet: never "retry later" (issue 13 §5).
  expect(file).not.toContain('retry later');
  expect(file).toContain('reason not read');
  await expect(panel.getByTestId('dl-export-coverage')).toContainText('— 12 of 12.');
});

test('the export from the overview gathers the reasons first and says it is incomplete', async ({ page }) => {
  await page.goto(`${MC}/reports/summary?id=4409731`);
  const panel = page.getByTestId('dl-panel');
  await panel.getByText('Clean-up list').click(); // collapsed behind its one-line title (issue 13 §10)
  const file = await csvOf(page, () =>
    panel.getByRole('button', { name: 'Export the bounced addresses for the CRM (CSV)' }).click(),
  );
  await expect(panel.getByTestId('dl-export-done')).toBeVisible();
  // The first page only: Mailchimp pages its lists by buttons (esp-pages.md), 10 of the 392.
  await expect(panel.getByTestId('dl-export-coverage')).toContainText('— 10 of 392 — incomplete.');
  const lines = file.split('\r\n').filter(Boolean);
  expect(lines).toHaveLength(11);
  expect(lines.slice(1).every((l) => l.endsWith(',10 of 392 — incomplete'))).toBe(true);
  expect(file).toContain('5.7.515');
  expect(file).not.toContain('reason not read');
  await expect(panel.getByTestId('dl-reasons-missing')).toHaveCount(0);
  // Bounces per mailbox provider, one MX lookup per domain (knowledge.md §7).
  await expect(panel.getByTestId('dl-providers-headline')).toHaveText('Microsoft refused 1 of your 1 blocked mail.');
  await expect(panel.getByTestId('dl-providers-bulk')).toContainText('drop the recipients export');
});

test('the popup turns a dropped Campaign Monitor export into the clean-up list ("5 of 5")', async ({
  context,
  extensionId,
}) => {
  const { popup, box } = await popupExportBox(context, extensionId);
  await box.getByTestId('dl-export-file').setInputFiles(join(EXPORTS, 'no-email-column.csv'));
  await expect(box.getByTestId('dl-file-note')).toHaveText(
    'No e-mail column found (columns: Name, Company, Phone). Nothing was changed.',
  );
  await box.getByTestId('dl-export-file').setInputFiles(join(EXPORTS, 'campaign-monitor-bounced.csv'));
  await expect(box.getByTestId('dl-file-note')).toHaveText('campaign-monitor-bounced.csv: 5 bounced addresses.');
  const lines = csvLines(await csvOf(popup, () => box.getByTestId('dl-export-button').click()));
  expect(lines[0]).toBe(
    'email,flags,category,sub_reason,esp_type,code,reason,suggestion,provider,campaign,date,action,coverage',
  );
  expect(lines.slice(1).map((l) => [l.split(',')[0], l.split(',').slice(-2).join(',')])).toEqual([
    ['jan.claes@gmial.com', 'fix typo,5 of 5'],
    ['k.wouters@telenet.be', 'retry later,5 of 5'],
    ['tom.peeters@outlook.com', 'pause and review sending,5 of 5'],
    ['noreply@leverancier-nl.nl', 'check individually,5 of 5'],
    ['lien.maes@skynet.be', 'remove in CRM,5 of 5'],
  ]);
  await expect(box.getByTestId('dl-export-coverage')).toContainText('— 5 of 5.');
});

test('a disposable address in a dropped export is flagged: the background answers from its list file', async ({
  context,
  extensionId,
}) => {
  // The panel and popup never bundle the disposable-domain list (issue 15 §8): each distinct domain
  // is asked of the background, which reads disposable-domains.json on the first export.
  const { popup, box } = await popupExportBox(context, extensionId);
  const csv = [
    '"Email Address","Name","Bounce Type","Reason","Date"',
    '"jan.claes@yopmail.com","Jan Claes","Hard","Hard Bounce","2026-03-10 09:12:00"',
    '"lien.maes@skynet.be","Lien Maes","Hard","Hard Bounce","2026-03-10 09:13:30"',
  ].join('\r\n');
  await box
    .getByTestId('dl-export-file')
    .setInputFiles({ name: 'cm-bounced.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(box.getByTestId('dl-file-note')).toHaveText('cm-bounced.csv: 2 bounced addresses.');
  const rows = csvLines(await csvOf(popup, () => box.getByTestId('dl-export-button').click()))
    .slice(1)
    .map((l) => l.split(',').slice(0, 2));
  // The test zone has no yopmail.com, so its lookup is NXDOMAIN: dead as well as disposable.
  expect(rows).toEqual([
    ['jan.claes@yopmail.com', 'disposable domain-dead'],
    ['lien.maes@skynet.be', ''],
  ]);
});

/** The popup's "clean-up list from an ESP export" box, on a page of its own. */
async function popupExportBox(context: BrowserContext, extensionId: string) {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  return { popup, box: popup.getByTestId('dl-export-from-file') };
}

/** A downloaded CSV's lines, without the BOM and the last line break. */
function csvLines(file: string): string[] {
  return file
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);
}
