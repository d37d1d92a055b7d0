// The article's case in a real browser: the Mailchimp report of 2,000 mails with 392 bounces,
// DNS in order in the local zone. The panel must say DNS is fine and the list is the problem.
import { test, expect } from './fixtures';

const REPORT = 'https://us21.admin.mailchimp.com/reports/summary?id=4409731';

test("the article's report: DNS fine, the list is the problem, bounce rate a disaster", async ({ page, doh }) => {
  await page.goto(REPORT);
  const panel = page.getByTestId('dl-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('dl-bounce')).toHaveText('Bounce rate: 19.6% — nearly 20%, a disaster');
  await expect(panel.getByTestId('dl-open')).toHaveText('Open rate: 9.8% (benchmark 22.7%)');

  // Mailchimp's overview has no From address: the panel asks, prefilled from the page's banner.
  const input = panel.locator('input[name=domain]');
  await expect(input).toHaveValue('atelier-example.be');
  await panel.getByRole('button', { name: 'Check' }).click();

  await expect(panel.getByTestId('dl-dns-spf')).toHaveAttribute('data-status', 'pass');
  await expect(panel.getByTestId('dl-dns-dkim')).toHaveAttribute('data-status', 'pass');
  await expect(panel.getByTestId('dl-dns-dmarc')).toHaveAttribute('data-status', 'pass');
  await expect(panel.getByTestId('dl-headline')).toHaveText(
    'DNS is in order, so the cause is not technical: the list is the problem — 19.6% of the mail bounced: nearly 20%, a disaster.',
  );
  await expect(panel.getByTestId('dl-cause')).toHaveAttribute('data-cause', 'list-quality');
  // The queries really went to the local DoH server through the extension's settings.
  expect(doh.log.map((q) => `${q.name} ${q.type}`)).toEqual(
    expect.arrayContaining([
      'atelier-example.be TXT',
      '_dmarc.atelier-example.be TXT',
      'k2._domainkey.atelier-example.be TXT',
    ]),
  );

  // The domain is remembered for this Mailchimp account: the next visit checks at once.
  await page.reload();
  await expect(page.getByTestId('dl-dns-spf')).toHaveAttribute('data-status', 'pass');
  await expect(page.locator('input[name=domain]')).toHaveCount(0);
});

test('a resolver that times out shows "couldn\'t check", never missing or fine', async ({ page }) => {
  await page.goto(REPORT);
  const panel = page.getByTestId('dl-panel');
  await panel.locator('input[name=domain]').fill('timeout-example.be');
  await panel.getByRole('button', { name: 'Check' }).click();
  for (const area of ['spf', 'dkim', 'dmarc'])
    await expect(panel.getByTestId(`dl-dns-${area}`)).toHaveAttribute('data-status', 'unknown', { timeout: 20_000 });
  await expect(panel.getByTestId('dl-dns-spf')).toContainText("couldn't check");
  await expect(panel.getByTestId('dl-dns-spf')).toContainText('no answer within');
  await expect(panel.getByTestId('dl-headline')).toHaveText(
    '19.6% of the mail bounced: nearly 20%, a disaster. DNS could not be checked: check it first before blaming the list.',
  );
  await expect(panel.getByTestId('dl-steps').locator('li').first()).toHaveText(
    'Check DNS first: the resolver did not answer — try again, or pick another resolver in the options.',
  );
});

test('the late-filling report is read once its figures settle', async ({ page }) => {
  await page.goto('https://us1.admin.mailchimp.com/analytics/reports/overview?id=5512093');
  await expect(page.getByTestId('dl-bounce')).toHaveText('Bounce rate: 2.0% — at the 2%–3% alarm line');
  await expect(page.getByTestId('dl-open')).toHaveText('Open rate: 14.2% (benchmark 22.7%)');
});

test('the abuse page of the same account: a verdict from the remembered overview, no domain asked', async ({
  page,
}) => {
  await page.goto(REPORT);
  await page.getByTestId('dl-panel').locator('input[name=domain]').fill('atelier-example.be');
  await page.getByTestId('dl-panel').getByRole('button', { name: 'Check' }).click();
  await expect(page.getByTestId('dl-dns-spf')).toHaveAttribute('data-status', 'pass');
  await page.goto('https://us21.admin.mailchimp.com/reports/activity/abuse?id=4409731');
  const panel = page.getByTestId('dl-panel');
  // Within 3 s: the list is not a report overview, there are no figures to wait for (was 6.4 s).
  await expect(panel.getByTestId('dl-headline')).toHaveText(
    '2 people marked this campaign as spam (0.12%): above what Gmail allows bulk senders — suppress them and mail only people who asked.',
    { timeout: 3000 },
  );
  await expect(panel.getByTestId('dl-cause')).toHaveAttribute('data-cause', 'reputation');
  await expect(panel.getByTestId('dl-complainers')).toContainText('2 complainers listed on this page');
  await expect(panel.locator('input[name=domain]')).toHaveCount(0);
});

test('pages that are not reports get no panel', async ({ page }) => {
  await page.goto('https://us21.admin.mailchimp.com/campaigns/');
  await expect(page.getByRole('heading', { name: 'All campaigns' })).toBeVisible();
  await page.waitForTimeout(1000);
  await expect(page.locator('deliverability-lens')).toHaveCount(0);
});

test("the panel leaves the report's own controls free, collapses and closes", async ({
  page,
  context,
  extensionId,
}) => {
  await page.goto(REPORT);
  const panel = page.getByTestId('dl-panel');
  await expect(panel).toBeVisible();
  const box = (await panel.boundingBox())!;
  for (const name of ['Switch report', 'Actions']) {
    const b = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
    const overlaps =
      b.x < box.x + box.width && box.x < b.x + b.width && b.y < box.y + box.height && box.y < b.y + b.height;
    expect(overlaps, `panel covers "${name}"`).toBe(false);
  }
  await panel.getByRole('button', { name: 'Collapse' }).click();
  await expect(panel.getByTestId('dl-bounce')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Expand' }).click();
  await expect(panel.getByTestId('dl-bounce')).toBeVisible();
  // Escape collapses, and the collapsed state is remembered across visits.
  await panel.locator('input[name=domain]').press('Escape');
  await expect(panel.getByTestId('dl-bounce')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('dl-panel')).toHaveAttribute('data-collapsed', 'true');
  await page.getByRole('button', { name: 'Expand' }).click();
  // Closing hides the panel for this campaign, also after a reload.
  await page.getByTestId('dl-close').click();
  await expect(page.getByTestId('dl-panel')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Actions' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Actions' })).toBeVisible();
  await expect(page.locator('deliverability-lens')).toHaveCount(0);
  // The toolbar popup brings hidden panels back, on the open page at once.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByTestId('dl-restore-panels').click();
  await expect(page.getByTestId('dl-panel')).toBeVisible();
});
