// The panel read in ten seconds (issue 13 §10), measured in a real browser at 1280 × 800: the
// headline, the cause, the deciding figures and the next steps fit one screen — at most 600 px,
// without scrolling inside the panel — in light and dark, with WCAG AA contrast (axe), numbers
// on one line with their "%", and a remembered position that cannot leave it off-screen.
// Screenshots go to the test's output folder (test-results/) for review.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { setStorage } from '../support/browser';

const REPORT = 'https://us21.admin.mailchimp.com/reports/summary?id=4409731';

async function articleChecked(page: Page) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(REPORT);
  const panel = page.getByTestId('dl-panel');
  await panel.locator('input[name=domain]').fill('atelier-example.be');
  await panel.getByRole('button', { name: 'Check' }).click();
  await expect(panel.getByTestId('dl-dns-spf')).toHaveAttribute('data-status', 'pass');
  await expect(panel.getByTestId('dl-headline')).toContainText('the list is the problem');
  return panel;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the article's panel fits one screen in ${scheme} mode, AA contrast`, async ({ page }, info) => {
    await page.emulateMedia({ colorScheme: scheme });
    const panel = await articleChecked(page);
    const box = (await panel.boundingBox())!;
    const { scrollHeight, clientHeight } = await panel.evaluate((el) => ({
      scrollHeight: el.scrollHeight,
      clientHeight: el.clientHeight,
    }));
    await panel.screenshot({ path: info.outputPath(`panel-${scheme}.png`) });
    info.annotations.push({
      type: 'panel height',
      description: `${Math.round(box.height)} px (content ${scrollHeight} px)`,
    });
    expect(box.height).toBeLessThanOrEqual(600);
    // Everything that decides is visible without scrolling inside the panel.
    expect(scrollHeight).toBeLessThanOrEqual(clientHeight + 1);
    for (const id of ['dl-headline', 'dl-cause', 'dl-bounce', 'dl-open', 'dl-click', 'dl-steps'])
      await expect(panel.getByTestId(id)).toBeInViewport({ ratio: 1 });
    // The page stays usable beside it: at most 380 px of the 1,280 are covered, all inside the window.
    expect(box.width).toBeLessThanOrEqual(380);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    // A number never wraps away from its sign.
    const lines = await panel.locator('.dl-num').evaluateAll((els) => els.map((e) => e.getClientRects().length));
    expect(lines).toEqual([1, 1, 1]);
    const axe = await new AxeBuilder({ page }).include('deliverability-lens').withRules(['color-contrast']).analyze();
    expect(axe.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.html}`))).toEqual([]);
  });
}

test('a position remembered on a bigger screen is clamped into this one', async ({ page, worker }) => {
  await setStorage(worker, { ui: { sections: {}, position: { top: 1400, right: 2300 } } });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(REPORT);
  const box = (await page.getByTestId('dl-panel').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeLessThanOrEqual(800 - 48);
  await expect(page.getByTestId('dl-handle')).toBeInViewport({ ratio: 1 });
});
