// The toolbar popup checks any domain against the local DoH zone through the extension's own
// settings: a good domain, a broken one, a resolver that times out.
import { test, expect } from './fixtures';
import { spfTreeZone } from '../fixtures/zones/spf-trees';
import { articleZone } from '../fixtures/zones/article';

test.beforeEach(async ({ doh }) => doh.setZone({ nodes: { ...spfTreeZone.nodes, ...articleZone.nodes } }));

test('checks a good domain and shows the SPF tree, DKIM keys and DMARC in words', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.locator('input[name=domain]').fill('  https://www.Atelier-Example.be/contact ');
  await page.locator('select[name=esp]').selectOption('mailchimp');
  await page.getByRole('button', { name: 'Check' }).click();
  const result = page.getByTestId('dl-result');
  await expect(result).toHaveAttribute('data-overall', 'pass');
  await expect(result.getByRole('heading')).toHaveText('DNS for atelier-example.be');
  await expect(page.getByTestId('dl-dns-dmarc')).toContainText('DMARC policy: send failures to spam (p=quarantine).');
  await page.getByTestId('dl-dns-dkim').locator('summary').click();
  await expect(page.getByTestId('dl-dkim-selectors').locator('li')).toHaveText([
    'k2._domainkey · key found (needed) → dkim2.mcsv.net · RSA 2048 bit · valid',
    'k3._domainkey · key found (needed) → dkim3.mcsv.net · RSA 2048 bit · valid',
    'k1._domainkey · no key',
  ]);
});

test('expands the SPF tree with the cost of each term', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.locator('input[name=domain]').fill('shop-example.nl');
  await page.locator('select[name=esp]').selectOption('mailchimp');
  await page.getByRole('button', { name: 'Check' }).click();
  const spf = page.getByTestId('dl-dns-spf');
  await expect(spf).toHaveAttribute('data-status', 'warn');
  await spf.locator('summary').click();
  const tree = spf.getByTestId('dl-spf-node-shop-example.nl');
  await expect(tree.locator(':scope > li').first()).toContainText('include:_spf.google.com 1 lookup, 4 so far');
  await expect(spf).toContainText('10 of at most 10 DNS lookups.');
  await expect(spf.locator('[data-finding=spf-esp-include-unneeded]')).toContainText(
    'include:servers.mcsv.net is not needed for Mailchimp',
  );
  await expect(page.getByTestId('dl-dns-blocklists')).toHaveAttribute('data-status', 'unknown');
});

test('a domain whose resolver times out says "couldn\'t check" with the endpoint', async ({
  page,
  extensionId,
  doh,
}) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.locator('input[name=domain]').fill('timeout-example.be');
  await page.getByRole('button', { name: 'Check' }).click();
  const spf = page.getByTestId('dl-dns-spf');
  await expect(spf).toHaveAttribute('data-status', 'unknown', { timeout: 20_000 });
  await expect(spf).toContainText(`no answer within 4,000 ms for timeout-example.be TXT (${new URL(doh.url).host})`);
  await expect(page.getByTestId('dl-dns-dmarc')).toHaveAttribute('data-status', 'unknown');
});

test('a resolver that answers garbage is named, and nothing is called missing', async ({ page, extensionId, doh }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.locator('input[name=domain]').fill('garbage-example.be');
  await page.getByRole('button', { name: 'Check' }).click();
  const spf = page.getByTestId('dl-dns-spf');
  await expect(spf).toHaveAttribute('data-status', 'unknown');
  await expect(spf).toContainText(`the answer was not a whole DNS message`);
  await expect(spf).toContainText(`(${new URL(doh.url).host})`);
  await expect(page.getByTestId('dl-dns-dmarc')).toHaveAttribute('data-status', 'unknown');
  await expect(page.getByTestId('dl-result')).not.toContainText('No SPF record');
});

test('a broken domain gets corrected records ready to copy', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.locator('input[name=domain]').fill('broken-example.be');
  await page.locator('select[name=esp]').selectOption('mailchimp');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByTestId('dl-result')).toHaveAttribute('data-overall', 'fail');
  await expect(page.getByTestId('dl-fix-value')).toHaveText([
    'v=DMARC1; p=none; rua=mailto:dmarc-reports@broken-example.be',
    'dkim2.mcsv.net',
    'dkim3.mcsv.net',
    'v=spf1 include:spf.protection.outlook.com ~all', // servers.mcsv.net: not needed (knowledge.md §4)
  ]);
});

test('"why?" opens the bundled explanation at the right place', async ({ page, context, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.locator('input[name=domain]').fill('atelier-example.be');
  await page.getByRole('button', { name: 'Check' }).click();
  const [why] = await Promise.all([
    context.waitForEvent('page'),
    page.getByTestId('dl-dns-dkim').getByRole('button', { name: 'Why: DKIM' }).click(),
  ]);
  await expect(why).toHaveURL(`chrome-extension://${extensionId}/why.html#dkim`);
  await expect(why.locator('section#dkim h2')).toHaveText('DKIM');
  await expect(why.locator('section#blocklists')).toContainText('not checkable');
});

test('refuses input that is not a domain, with a message', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.locator('input[name=domain]').fill('my shop');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('alert')).toHaveText('Enter a domain name such as example.com. (a domain has no spaces)');
});
