// The Firefox build in Debian's Firefox ESR (issue 15 §1): the article's report, the popup check
// and the bounce export, as tests/e2e does in Chromium. One browser for the file (starting
// Firefox costs seconds on two shared cores); each test opens its own tab. ESP pages come from
// the fixtures through the local CONNECT proxy, DNS from the local DoH server on the article zone.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { startDohServer, type DohServer } from '../support/doh-server';
import { articleZone } from '../fixtures/zones/article';
import {
  launchFirefoxWithExtension,
  setFirefoxResolver,
  startEspProxy,
  type EspProxy,
  type FirefoxWithExtension,
} from '../support/firefox';

const REPORT = 'https://us21.admin.mailchimp.com/reports/summary?id=4409731';
// The 12-row bounced list the Chromium export test reads too (tests/support/browser.ts serves it).
const BOUNCES = 'https://us21.admin.mailchimp.com/reports/activity/bounced?id=5600300';
// The panel lives in a shadow root: `>>>` pierces it.
const inPanel = (selector: string) => `>>> [data-testid=dl-panel] ${selector}`;

let doh: DohServer;
let proxy: EspProxy;
let ff: FirefoxWithExtension;

beforeAll(async () => {
  doh = await startDohServer(articleZone);
  proxy = await startEspProxy();
  ff = await launchFirefoxWithExtension(proxy);
  await setFirefoxResolver(ff, doh.url);
}, 90_000);

afterAll(async () => {
  await ff?.close();
  await proxy?.close();
  await doh?.close();
});

async function textOf(page: Page, selector: string, expected: string | RegExp): Promise<string> {
  // Waits until the element shows the expected text (the panel fills in as answers arrive), then
  // returns what it shows, so the assertion reports the real text when it never came.
  const handle = (await page.waitForSelector(selector, { timeout: 20_000 })) as ElementHandle<Element>;
  const [source, exact] = typeof expected === 'string' ? [expected, true] : [expected.source, false];
  await page
    .waitForFunction(
      (el, want, whole) => (whole ? el.textContent?.trim() === want : new RegExp(want).test(el.textContent ?? '')),
      { timeout: 20_000, polling: 100 },
      handle,
      source,
      exact,
    )
    .catch(() => undefined);
  return (await handle.evaluate((el) => el.textContent?.trim())) ?? '';
}

async function attributeOf(page: Page, selector: string, name: string, expected: string): Promise<string | null> {
  const handle = (await page.waitForSelector(selector, { timeout: 20_000 })) as ElementHandle<Element>;
  await page
    .waitForFunction(
      (el, n, want) => el.getAttribute(n) === want,
      { timeout: 20_000, polling: 100 },
      handle,
      name,
      expected,
    )
    .catch(() => undefined);
  return handle.evaluate((el, n) => el.getAttribute(n), name);
}

describe('Firefox ESR with the Firefox build', () => {
  it("the article's report: DNS fine, the list is the problem, bounce rate a disaster", async () => {
    const page = await ff.browser.newPage();
    await page.goto(REPORT);
    expect(await textOf(page, inPanel('[data-testid=dl-bounce]'), 'Bounce rate: 19.6% — nearly 20%, a disaster')).toBe(
      'Bounce rate: 19.6% — nearly 20%, a disaster',
    );
    expect(await textOf(page, inPanel('[data-testid=dl-open]'), 'Open rate: 9.8% (benchmark 22.7%)')).toBe(
      'Open rate: 9.8% (benchmark 22.7%)',
    );
    const input = (await page.waitForSelector(inPanel('input[name=domain]')))!;
    expect(await input.evaluate((el) => (el as HTMLInputElement).value)).toBe('atelier-example.be');
    // A real click (BiDi input actions are trusted user input, which the panel insists on).
    await (await page.waitForSelector(inPanel('form[data-testid=dl-domain-form] button[type=submit]')))!.click();
    for (const area of ['spf', 'dkim', 'dmarc'])
      expect(await attributeOf(page, inPanel(`[data-testid=dl-dns-${area}]`), 'data-status', 'pass')).toBe('pass');
    const headline =
      'DNS is in order, so the cause is not technical: the list is the problem — 19.6% of the mail bounced: nearly 20%, a disaster.';
    expect(await textOf(page, inPanel('[data-testid=dl-headline]'), headline)).toBe(headline);
    expect(await attributeOf(page, inPanel('[data-testid=dl-cause]'), 'data-cause', 'list-quality')).toBe(
      'list-quality',
    );
    expect(doh.log.map((q) => `${q.name} ${q.type}`)).toEqual(
      expect.arrayContaining([
        'atelier-example.be TXT',
        '_dmarc.atelier-example.be TXT',
        'k2._domainkey.atelier-example.be TXT',
      ]),
    );
    // Remembered for the account: after a reload the check runs at once, no question asked.
    await page.reload();
    expect(await attributeOf(page, inPanel('[data-testid=dl-dns-spf]'), 'data-status', 'pass')).toBe('pass');
    expect(await page.$(inPanel('input[name=domain]'))).toBeNull();
    await page.close();
  }, 90_000);

  it('the popup checks a domain through the chosen resolver', async () => {
    const page = await ff.openExtensionPage('popup.html');
    const input = (await page.waitForSelector('input[name=domain]'))!;
    await input.type('atelier-example.be');
    await page.select('select[name=esp]', 'mailchimp');
    await (await page.waitForSelector('::-p-aria(Check[role="button"])'))!.click();
    expect(await attributeOf(page, '[data-testid=dl-result]', 'data-overall', 'pass')).toBe('pass');
    expect(await textOf(page, '[data-testid=dl-result] h2', 'DNS for atelier-example.be')).toBe(
      'DNS for atelier-example.be',
    );
    const dmarc = await textOf(page, '[data-testid=dl-dns-dmarc]', /p=quarantine/);
    expect(dmarc).toContain('DMARC policy: send failures to spam (p=quarantine).');
    await page.close();
  }, 60_000);

  it('the bounce export: reasons gathered, one click, a CSV in the download folder', async () => {
    const page = await ff.browser.newPage();
    await page.goto(BOUNCES);
    await (await page.waitForSelector(inPanel('::-p-text(Get the bounce reasons (12))'), { timeout: 20_000 }))!.click();
    expect(await textOf(page, inPanel('[data-testid=dl-gather-done]'), 'Done: 12 of 12 read.')).toBe(
      'Done: 12 of 12 read.',
    );
    await (await page.waitForSelector(inPanel('::-p-text(Export the clean-up list (12 of 12))')))!.click();
    expect(await textOf(page, inPanel('[data-testid=dl-export-done]'), /12 of 12\./)).toContain('— 12 of 12.');
    const file = await waitForFile(ff.downloadDir, /\.csv$/);
    // The activity list does not name the campaign (its h1 is the list's title, esp-pages.md).
    expect(file).toMatch(/^mailchimp-bounced-\d{4}-\d{2}-\d{2}-bounces\.csv$/);
    const bytes = readFileSync(join(ff.downloadDir, file));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      'email,flags,category,sub_reason,esp_type,code,reason,suggestion,provider,campaign,date,action,coverage',
    );
    expect(lines).toHaveLength(14);
    expect(lines[7]).toContain('jan.claes@gmial.com,typo domain-dead,hard,domain,hard,5.1.2,');
    // The reasons came from Mailchimp's own origin through the proxy, one page per row.
    expect(proxy.log.filter((u) => u.includes('/reports/activity/bounce-reason?'))).toHaveLength(12);
    await page.close();
  }, 90_000);

  it('a withdrawn host permission is named in the popup, with a way to allow it again', async () => {
    const page = await ff.openExtensionPage('popup.html');
    await page.waitForSelector('input[name=domain]');
    expect(await page.$('[data-testid=dl-permission-notice]')).toBeNull();
    // What the user does in about:addons → Permissions.
    const removed = await page.evaluate(() =>
      (
        globalThis as unknown as { browser: { permissions: { remove(p: { origins: string[] }): Promise<boolean> } } }
      ).browser.permissions.remove({ origins: ['https://*.createsend.com/*'] }),
    );
    expect(removed).toBe(true);
    await page.close();
    const again = await ff.openExtensionPage('popup.html');
    const notice = 'Deliverability Lens may not read reports on createsend.com, so no panel appears there.';
    expect(await textOf(again, '[data-testid=dl-permission-notice] p', notice)).toBe(notice);
    expect(await textOf(again, '[data-testid=dl-permission-notice] button', 'Allow reading the reports')).toBe(
      'Allow reading the reports',
    );
    await again.close();
  }, 60_000);
});

/** Waits for a finished download (Firefox writes NAME.part first, then renames it). */
async function waitForFile(dir: string, pattern: RegExp, timeoutMs = 15_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const done = readdirSync(dir).filter((f) => pattern.test(f) && !f.endsWith('.part'));
    if (done.length === 1 && !readdirSync(dir).some((f) => f.endsWith('.part'))) return done[0]!;
    if (Date.now() > until)
      throw new Error(`no download matching ${pattern} in ${dir}: ${readdirSync(dir).join(', ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
