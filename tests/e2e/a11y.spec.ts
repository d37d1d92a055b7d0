// Accessibility (issue 15 §6): axe-core on every page the extension draws — the panel before and
// after a check, the popup before and after a check, the options, "why?" and welcome pages —
// in light and in dark colour schemes. 0 violations of WCAG 2.x A/AA and axe's best practices.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const REPORT = 'https://us21.admin.mailchimp.com/reports/summary?id=4409731';
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
  });
}
