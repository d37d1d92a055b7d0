// Accessibility (issue 15 §6): axe-core on every page the extension draws — the panel before and
// after a check, the popup before and after a check, the options, "why?" and welcome pages, the
// list audit (empty, columns, audited) and the received-copy check (empty, analysed) — in light and
// in dark colour schemes. 0 violations of WCAG 2.x A/AA and axe's best practices.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { articleZone } from '../fixtures/zones/article';
import { CRM_LIST_NODES } from '../fixtures/zones/crm-list';
import { messageZone } from '../fixtures/messages/zone';

const REPORT = 'https://us21.admin.mailchimp.com/reports/summary?id=4409731';
// The list audit.spec.ts audits end to end (2,000 rows, restart plan, provider mix, downloads).
const LIST = 'tests/fixtures/lists/crm-export-nl-1252.csv';
const MESSAGE = 'tests/fixtures/messages/activecampaign.eml';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Violations as "rule: target" lines, so a failure names what to fix. */
async function violations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test('the panel, before and after a check', async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(REPORT);
      const panel = page.getByTestId('dl-panel');
      await expect(panel.locator('input[name=domain]')).toBeVisible();
      // Only the panel is ours; the ESP page fixture is judged by the ESP.
      expect(await violations(page, 'deliverability-lens')).toEqual([]);
      await panel.getByRole('button', { name: 'Check' }).click();
      await expect(panel.getByTestId('dl-dns-spf')).toHaveAttribute('data-status', 'pass');
      expect(await violations(page, 'deliverability-lens')).toEqual([]);
      // The restart plan from the campaign's own numbers (CampaignRestartPlan), behind its summary.
      await panel.locator('[data-section=plan] > summary').click();
      await expect(panel.getByTestId('restart-plan').getByTestId('plan-chart')).toBeVisible();
      expect(await violations(page, 'deliverability-lens')).toEqual([]);
    });

    test('the popup, before and after a check', async ({ page, extensionId }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(page.locator('input[name=domain]')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.locator('input[name=domain]').fill('broken-example.be');
      await page.getByRole('button', { name: 'Check' }).click();
      await expect(page.getByTestId('dl-result')).toHaveAttribute('data-overall', 'fail');
      expect(await violations(page)).toEqual([]);
    });

    for (const path of ['options.html', 'why.html#spf', 'welcome.html'])
      test(`the ${path.split('.')[0]} page`, async ({ page, extensionId }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(`chrome-extension://${extensionId}/${path}`);
        await expect(page.locator('h1')).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });

    test.describe('the list audit and received-copy pages', () => {
      test.beforeEach(({ doh }) =>
        doh.setZone({ ...articleZone, nodes: { ...articleZone.nodes, ...CRM_LIST_NODES, ...messageZone.nodes } }),
      );
      test.afterEach(({ doh }) => doh.setZone(articleZone));

      test('the list audit page, empty, at its columns and audited', async ({ page, extensionId }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(`chrome-extension://${extensionId}/audit.html`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await violations(page)).toEqual([]);
        await page.getByTestId('audit-file').setInputFiles(LIST);
        await expect(page.getByTestId('col-email')).toHaveValue('2');
        expect(await violations(page)).toEqual([]);
        await page.getByTestId('audit-start').click();
        await expect(page.getByTestId('plan-chart').locator('g[data-step]')).toHaveCount(5);
        for (const id of ['audit-summary', 'provider-mix', 'plan-table', 'plan-chart', 'audit-exports'])
          await expect(page.getByTestId(id)).toBeVisible();
        // The flagged addresses' table too, behind its summary.
        await page.getByTestId('audit-flags').locator('summary').click();
        await expect(page.getByTestId('audit-flags').locator('table')).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });

      test('the received-copy page, empty and analysed', async ({ page, extensionId }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(`chrome-extension://${extensionId}/message.html`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await violations(page)).toEqual([]);
        await page.getByTestId('msg-file').setInputFiles(MESSAGE);
        await expect(page.getByTestId('msg-receiver')).toHaveCount(1);
        await page.getByTestId('msg-finding').nth(2).getByRole('button', { name: 'why?' }).click();
        await expect(page.getByTestId('msg-why')).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    });
  });
}

/** The focused element's outline, so a test can say the focus is visible. */
const focusRing = (page: Page) =>
  page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return `${s.outlineStyle} ${s.outlineWidth}`;
  });

test('the list audit by keyboard alone: Tab to the file button, Enter opens the chooser, focus visible', async ({
  freshPage: page,
  extensionId,
  doh,
}) => {
  doh.setZone({ ...articleZone, nodes: { ...articleZone.nodes, ...CRM_LIST_NODES } });
  await page.goto(`chrome-extension://${extensionId}/audit.html`);
  // Listening before any key: Playwright turns on file-chooser interception when the first
  // listener comes, and a key pressed before that lands opens an uncaught native dialog.
  const chooserOpened = page.waitForEvent('filechooser');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a list before sending');
  await page.keyboard.press('Tab');
  const choose = page.getByRole('button', { name: 'Choose a file' });
  await expect(choose).toBeFocused();
  expect(await focusRing(page)).toBe('solid 2px');
  await page.keyboard.press('Enter');
  const chooser = await chooserOpened;
  await chooser.setFiles(LIST);
  // The columns: each select by Tab, then the start button, Space to start.
  await expect(page.getByTestId('col-email')).toHaveValue('2');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Email address' })).toBeFocused();
  expect(await focusRing(page)).toBe('solid 2px');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  await expect(page.getByTestId('audit-start')).toBeFocused();
  expect(await focusRing(page)).toBe('solid 2px');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('fig-rows')).toHaveText('2,000');
  // Audited: the file button is back first, then the flagged list's summary and the links.
  await page.keyboard.press('Tab');
  await expect(choose).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('audit-flags').locator('summary')).toBeFocused();
  expect(await focusRing(page)).toBe('solid 2px');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('audit-flags').locator('table')).toBeVisible();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
  expect(await focusRing(page)).toBe('solid 2px');
  doh.setZone(articleZone);
});

test('the received-copy page by keyboard: the file button, the paste area and Check', async ({
  freshPage: page,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/message.html`);
  const chooserOpened = page.waitForEvent('filechooser'); // before any key, as above
  // The page renders after its settings load: Tab only once it is there.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a received copy');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Message source' })).toBeFocused();
  expect(await focusRing(page)).toBe('solid 2px');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Choose an .eml file' })).toBeFocused();
  expect(await focusRing(page)).toBe('solid 2px');
  await page.keyboard.press('Space');
  const chooser = await chooserOpened;
  expect(chooser.isMultiple()).toBe(false);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('msg-check')).toBeFocused();
  expect(await focusRing(page)).toBe('solid 2px');
});
