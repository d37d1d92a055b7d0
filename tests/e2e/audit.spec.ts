// The list audit page in Chromium (issue 14): a messy CRM export dropped on the page, columns
// confirmed, the figures, provider mix, plan and downloads checked against the fixture's counts
// (tests/fixtures/lists/crm-export-nl-1252.expected.json), DNS from the local DoH server.
import { readFileSync } from 'node:fs';
import { test, expect, panelStages } from './fixtures';
import { setStorage } from '../support/browser';
import { articleZone } from '../fixtures/zones/article';
import { CRM_LIST_NODES } from '../fixtures/zones/crm-list';

const LIST = 'tests/fixtures/lists/crm-export-nl-1252.csv';
// The article's report: 2,000 sent, 392 bounced; its few clickers are topped up to 200, then +20 % a send.
const PANEL_SENDS = '13 sends reach the whole list';
const expected = JSON.parse(readFileSync('tests/fixtures/lists/crm-export-nl-1252.expected.json', 'utf8'));

test.beforeEach(({ doh }) => doh.setZone({ nodes: { ...articleZone.nodes, ...CRM_LIST_NODES } }));
test.afterEach(({ doh }) => doh.setZone(articleZone));

test('audits a Windows-1252 CRM export end to end: flags, bounce share, provider mix, plan, downloads', async ({
  freshPage: page,
  extensionId,
}) => {
  await page.clock.setFixedTime(new Date(`${expected.today}T09:00:00Z`));
  await page.goto(`chrome-extension://${extensionId}/audit.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a list before sending');
  await page.getByTestId('audit-file').setInputFiles(LIST);
  const form = page.getByTestId('audit-columns');
  await expect(form).toContainText('crm-export-nl-1252.csv · Read as windows-1252 · «;»');
  await expect(page.getByTestId('col-email')).toHaveValue('2');
  await expect(page.getByTestId('col-lastActivity')).toHaveValue('4');
  await expect(page.getByTestId('col-created')).toHaveValue('5');
  await expect(page.getByTestId('col-lastOrder')).toHaveValue('');
  await expect(page.getByTestId('col-customer')).toHaveValue('6');
  await page.getByTestId('audit-start').click();

  await expect(page.getByTestId('fig-rows')).toHaveText('2,000');
  await expect(page.getByTestId('fig-distinct')).toHaveText('1,960');
  await expect(page.getByTestId('fig-kept')).toHaveText('1,570');
  await expect(page.getByTestId('fig-removed')).toHaveText('415');
  await expect(page.getByTestId('hard-bounce')).toHaveText(
    'Expected hard bounces: 19.5% (382 of 1,960) — nearly 20 % — a disaster',
  );
  await expect(page.locator('[data-finding=dead-domains]')).toHaveText(
    '340 addresses are at 4 domains that cannot receive mail (no such domain, or no mail server): remove them in your CRM.',
  );
  await expect(page.locator('[data-finding=unknown-domains]')).toHaveText(
    '1 domain could not be looked up: their addresses are "unknown", not dead, and stay in the list.',
  );
  await expect(page.locator('[data-finding=silent-contacts]')).toContainText('36.3% of the contacts (708)');
  await expect(page.locator('[data-flag=typo]')).toHaveText('typo: 30');
  await expect(page.getByTestId('mix-microsoft-365')).toHaveText('310 · 19.7%');
  await expect(page.getByTestId('mix-telenet')).toHaveText('155 · 9.9%');
  await expect(page.getByTestId('mix-unknown')).toHaveText('20 · 1.3%');
  await expect(page.getByTestId('plan-sends')).toHaveText('5 sends reach the whole list');
  await expect(page.getByTestId('plan-table').locator('tbody tr')).toHaveCount(5);
  await expect(page.getByTestId('plan-table').locator('tbody tr').nth(1)).toHaveText(
    '23+185 → 555+50%Active 31–90 days ago (185)',
  );
  await expect(page.getByTestId('plan-reconfirm')).toHaveText(
    'First, a reconfirmation mail to 410 contacts silent for 6+ months; only those who confirm join the plan.',
  );
  await expect(page.getByTestId('plan-chart').locator('g[data-step]')).toHaveCount(5);

  const download = page.waitForEvent('download');
  await page.locator('a[data-file="segment-1-customers-30.csv"]').click();
  const file = await (await download).path();
  const lines = readFileSync(file, 'utf8').split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('Email Address,First Name,Last Name');
  expect(lines).toHaveLength(371);
  const removed = page.waitForEvent('download');
  await page.locator('a[data-file="removed.csv"]').click();
  const removedLines = readFileSync(await (await removed).path(), 'utf8')
    .split('\r\n')
    .filter(Boolean);
  expect(removedLines).toHaveLength(expected.removed + 1);
  expect(removedLines.some((l) => /@telnet\.be,typo,typo,[a-z.0-9]+@telenet\.be,/.test(l))).toBe(true);
});

test('in Dutch: an Excel workbook gets a clear message, a French CRM export its columns', async ({
  page,
  extensionId,
  worker,
  doh,
}) => {
  await setStorage(worker, { settings: { resolvers: [doh.url], lang: 'nl', extraSelectors: [] } });
  await page.goto(`chrome-extension://${extensionId}/audit.html`);
  await page.getByTestId('audit-file').setInputFiles('tests/fixtures/lists/contacts.xlsx');
  await expect(page.getByTestId('audit-error')).toHaveText(
    'Dit is een Excel-werkmap, geen CSV-bestand. Kies in Excel "Opslaan als" → "CSV (gescheiden door lijstscheidingsteken)" en probeer opnieuw.',
  );
  await page.getByTestId('audit-file').setInputFiles('tests/fixtures/lists/odoo-contacts-fr-bom.csv');
  await expect(page.getByTestId('col-email')).toHaveValue('2');
  await page.getByTestId('audit-start').click();
  await expect(page.getByTestId('fig-rows')).toHaveText('6');
  await expect(page.locator('[data-flag=duplicate]')).toHaveText('dubbel: 1');
  await expect(page.locator('[data-flag=typo]')).toHaveText('tikfout: 1');
  await expect(page.locator('[data-flag=disposable]')).toHaveText('wegwerpadres: 1');
});

test('the popup links to the list audit', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByTestId('dl-audit-link')).toHaveAttribute('href', '/audit.html');
  await expect(page.getByTestId('dl-audit-link')).toHaveText('Check a list before sending');
});

test("the report panel shows the restart plan from the campaign's own numbers (list quality)", async ({ page }) => {
  await page.goto('https://us21.admin.mailchimp.com/reports/summary?id=4409731');
  const panel = page.getByTestId('dl-panel');
  // The plan lives in the panel's second stage (issue 15 §8): its one-line summary comes with the
  // panel, the script behind it only when the user opens the plan, and only once.
  await expect(panel.getByTestId('dl-summary-plan')).toHaveText(`: ${PANEL_SENDS}`);
  expect(await panelStages(page)).toBe(0);
  // Collapsed behind its one-line summary so the panel fits one screen (issue 13 §10): open it.
  await panel.locator('[data-section=plan] > summary').click();
  const plan = panel.getByTestId('restart-plan');
  await expect(plan.getByRole('heading', { level: 2 })).toHaveText('How to restart from this campaign');
  await expect(plan.getByTestId('plan-sends')).toHaveText(PANEL_SENDS);
  await expect(plan.getByTestId('stop-rules').locator('li')).toHaveCount(3);
  expect(await panelStages(page)).toBe(1);
  // The export, from the same stage: no second injection.
  await panel.locator('[data-section=export] > summary').click();
  await expect(panel.getByTestId('dl-export-button')).toBeVisible();
  expect(await panelStages(page)).toBe(1);
});
