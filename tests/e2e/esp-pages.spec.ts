// Every ESP and page kind in the browser (issue 17): ActiveCampaign's tabs on their own hash
// routes merged per campaign and its JSON, Campaign Monitor's Snapshot, Mailchimp's decoys and
// refusals, figures that never settle, pages that are not reports, single-page navigation, and
// the way out when a page cannot be read.
import { readFileSync } from 'node:fs';
import { test, expect, panelStages } from './fixtures';
import { ESP_FIXTURE_DIR } from '../support/load-fixture';

test('ActiveCampaign classic report: each tab on its own hash route, merged per campaign', async ({ page }) => {
  await page.goto('https://atelier.activehosted.com/report/#/campaign/42/overview');
  const panel = page.getByTestId('dl-panel');
  // The overview shows bounces only as a percentage: the rate is used, the count comes later.
  await expect(panel.getByTestId('dl-bounce')).toHaveText('Bounce rate: 2.8% — at the 2%–3% alarm line');
  await expect(panel.getByTestId('dl-open')).toHaveText('Open rate: 16.4% (benchmark 22.7%)');
  // The Bounces tab: served by its hash, its list read (the tab never got its own page before).
  await page.evaluate(() => (location.hash = '#/campaign/42/bounces'));
  await expect(panel.getByTestId('dl-bounce-count')).toContainText('12 bounced addresses listed');
  await page.evaluate(() => (location.hash = '#/campaign/42/opens'));
  const sources = panel.getByTestId('dl-sources');
  await expect(sources.locator('li[data-tab=bounces]')).toHaveText('Bounces tab, read just now: bounces');
  await expect(sources.locator('li[data-tab=opens]')).toHaveText(
    'Opens tab, read just now: unique opens and total opens',
  );
  await expect(sources.locator('li[data-tab=overview]')).toHaveText(
    'Overview, read just now: recipients, open rate, click rate, bounce rate and unsubscribe rate',
  );
  await expect(panel.getByTestId('dl-bounce')).toHaveText('Bounce rate: 2.8% — at the 2%–3% alarm line');
  await expect(panel.getByTestId('dl-notes')).toHaveCount(0);
});

test("ActiveCampaign: the account's own JSON is used when the session is accepted", async ({ page }) => {
  const campaign = {
    id: '42',
    send_amt: '3120',
    uniqueopens: '512',
    opens: '760',
    uniquelinkclicks: '97',
    linkclicks: '131',
    hardbounces: '60',
    softbounces: '27',
    unsubscribes: '14',
  };
  let credentials: string | undefined;
  await page.route('https://atelier.activehosted.com/api/3/campaigns/42', async (r) => {
    credentials = r.request().headers().cookie === undefined ? 'sent without cookies (none set)' : 'cookie';
    await r.fulfill({ contentType: 'application/json', body: JSON.stringify({ campaign }) });
  });
  await page.goto('https://atelier.activehosted.com/report/#/campaign/42/overview');
  const panel = page.getByTestId('dl-panel');
  await expect(panel.getByTestId('dl-sources').locator('li[data-tab=api]')).toContainText(
    "the account's own data, read just now: recipients, unique opens, total opens",
  );
  await expect(panel.getByTestId('dl-bounce')).toHaveText('Bounce rate: 2.8% — at the 2%–3% alarm line');
  expect(credentials).toBeDefined();
});

test('Campaign Monitor Snapshot', async ({ page }) => {
  await page.goto('https://atelier.createsend.com/campaigns/reports/snapshot?cID=A1B2C3D4E5F60718');
  await expect(page.getByTestId('dl-bounce')).toHaveText('Bounce rate: 4.8% — above the 3% alarm line');
  await expect(page.getByTestId('dl-open')).toHaveText('Open rate: 30.8% (benchmark 22.7%)');
});

test('Mailchimp bounce list: reasons gathered 4 at a time with progress', async ({ page }) => {
  await page.goto('https://us21.admin.mailchimp.com/reports/activity/bounced?id=5600300');
  const panel = page.getByTestId('dl-panel');
  await expect(panel.getByTestId('dl-bounce-count')).toHaveText('12 bounced addresses listed: 7 hard, 5 soft.');
  await expect(panel.getByTestId('dl-reason-count')).toHaveText('Reasons known for 0 of 12.');
  await panel.getByRole('button', { name: 'Get the bounce reasons (12)' }).click();
  await expect(panel.getByTestId('dl-gather-done')).toHaveText('Done: 12 of 12 read.');
  await expect(panel.getByTestId('dl-reason-count')).toHaveText('Reasons known for 12 of 12.');
  await expect(panel.getByTestId('dl-triage')).toHaveText(
    'Of the 12 with a reason: 7 dead addresses (remove), 4 blocks (1 for authentication), 1 temporary, 0 other. 2 of the ESP\'s "soft" bounces are really a block or a dead address.',
  );
});

test('follows single-page navigation from the overview to the bounce list', async ({ page }) => {
  await page.goto('https://us21.admin.mailchimp.com/reports/summary?id=4409731');
  await expect(page.getByTestId('dl-bounce')).toBeVisible();
  const bounced = readFileSync(`${ESP_FIXTURE_DIR}mailchimp/bounced-short.html`, 'utf8');
  const body = bounced.slice(bounced.indexOf('<body>') + 6, bounced.indexOf('</body>'));
  await page.evaluate((html) => {
    history.pushState({}, '', '/reports/activity/bounced?id=5600300');
    document.querySelector('main')!.outerHTML = html;
  }, body);
  await expect(page.getByTestId('dl-bounce-count')).toHaveText('12 bounced addresses listed: 7 hard, 5 soft.');
  await expect(page.getByTestId('dl-panel')).toHaveCount(1);
});

test('an unreadable report says so and copies a redacted page structure', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const editor = readFileSync(`${ESP_FIXTURE_DIR}mailchimp/editor.html`, 'utf8').replace(
    'Zomer teaser',
    'Lente voor Jan Janssens',
  );
  await page.route('https://us21.admin.mailchimp.com/reports/summary?id=777', (r) =>
    r.fulfill({ contentType: 'text/html', body: editor }),
  );
  await page.goto('https://us21.admin.mailchimp.com/reports/summary?id=777');
  const panel = page.getByTestId('dl-panel');
  await expect(panel.getByTestId('dl-unreadable')).toContainText("This page's layout was not recognised");
  await expect(panel.getByTestId('dl-unreadable')).toContainText('enter the figures by hand in the toolbar popup');
  // No layout was taught for this host, so the panel did not fetch the layout reader (its second stage).
  expect(await panelStages(page)).toBe(0);
  await panel.getByRole('button', { name: 'Copy page structure (for a bug report)' }).click();
  await expect(panel.getByRole('status')).toHaveText(
    'Copied: the page structure with names, addresses and subjects removed.',
  );
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('<p>Recipients</p>');
  expect(copied).not.toContain('Janssens');
});

const ARTICLE = readFileSync(`${ESP_FIXTURE_DIR}mailchimp/overview-article.html`, 'utf8');
async function serveArticle(page: import('@playwright/test').Page, id: string, edit: (html: string) => string) {
  await page.route(`https://us21.admin.mailchimp.com/reports/summary?id=${id}`, (r) =>
    r.fulfill({ contentType: 'text/html', body: edit(ARTICLE) }),
  );
  await page.goto(`https://us21.admin.mailchimp.com/reports/summary?id=${id}`);
  return page.getByTestId('dl-panel');
}

test('Mailchimp: the decoys beside the tiles and in the snapshot are never taken', async ({ page }) => {
  // The 24-hour snapshot (img[alt="Click rate"], "48 clicked") moved before the tiles.
  const panel = await serveArticle(page, '801', (h) => {
    const chart = h.slice(h.indexOf('  <section class="card-2Hc0h chart-6FvBn">'), h.indexOf('</main>'));
    return h
      .replace(chart, '')
      .replace(
        '  <section class="card-2Hc0h">\n    <h2 class="kaleText-kjDis">Email performance',
        `${chart}  <section class="card-2Hc0h">\n    <h2 class="kaleText-kjDis">Email performance`,
      );
  });
  await expect(panel.getByTestId('dl-bounce')).toHaveText('Bounce rate: 19.6% — nearly 20%, a disaster');
  await expect(panel.getByTestId('dl-open')).toHaveText('Open rate: 9.8% (benchmark 22.7%)');
  await expect(panel.getByTestId('dl-notes')).toHaveCount(0);
  await expect(panel.locator('input[name=domain]')).toHaveValue('atelier-example.be');
});

test('Mailchimp: a shown rate that does not match its counts is left out and named', async ({ page }) => {
  const panel = await serveArticle(page, '802', (h) =>
    h.replace('<h3 class="kaleText-kjDis">9.8%</h3>', '<h3 class="kaleText-kjDis">0.4%</h3>'),
  );
  await expect(panel.getByTestId('dl-notes')).toHaveText(
    'The open rate shown, 0.4%, does not match 158 of 1,608: it is left out.',
  );
  // The open rate shown is then the one the counts give, never the page's 0.4 %.
  await expect(panel.getByTestId('dl-open')).toHaveText('Open rate: 9.8% (benchmark 22.7%)');
});

for (const [shown, id] of [
  ['-12', '803'],
  ['1e309', '804'],
] as const)
  test(`Mailchimp: "${shown} bounced" is refused, not read without its sign or exponent`, async ({ page }) => {
    const panel = await serveArticle(page, id, (h) =>
      h.replace('<span>392</span> bounced', `<span>${shown}</span> bounced`),
    );
    await expect(panel.getByTestId('dl-notes').locator('li').first()).toHaveText(
      `The value shown for bounces, “${shown} bounced”, is not a count: it is left out.`,
    );
    await expect(panel.getByTestId('dl-bounce')).not.toContainText(shown === '-12' ? '0.6%' : '15.5%');
  });

test('Mailchimp: bounces over recipients are left out and said so', async ({ page }) => {
  const panel = await serveArticle(page, '805', (h) =>
    h.replace('<span>392</span> bounced', '<span>2,400</span> bounced'),
  );
  await expect(panel.getByTestId('dl-notes').locator('li').first()).toHaveText(
    'More bounces (2,400) than recipients (2,000) cannot be right: the bounces are left out.',
  );
  await expect(panel.getByTestId('dl-bounce')).toHaveCount(0);
});

test('Mailchimp: a 600-character name is shortened, the figures kept', async ({ page }) => {
  const panel = await serveArticle(page, '806', (h) =>
    h.replace('>Lente-actie 2026 — nieuwsbrief maart<', `>${'Lente '.repeat(100)}<`),
  );
  await expect(panel.getByTestId('dl-bounce')).toHaveText('Bounce rate: 19.6% — nearly 20%, a disaster');
  await expect(panel.getByTestId('dl-notes')).toHaveText(
    'The campaign name is 599 characters long and is shown shortened.',
  );
});

test('figures still changing at the end are shown as such and not stored in the history', async ({ page, worker }) => {
  const panel = await serveArticle(page, '807', (h) =>
    h.replace(
      '</main>',
      '</main><script>let n = 392; setInterval(() => { n += 7; document.querySelector(\'a[href^="/reports/activity/bounced"] span\').textContent = String(n); }, 100);</script>',
    ),
  );
  await expect(panel.getByTestId('dl-unsettled')).toHaveText(/^Still changing/, { timeout: 20_000 });
  const stored = await worker.evaluate(async () =>
    (
      globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
    ).chrome.storage.local.get('history'),
  );
  expect(JSON.stringify(stored)).not.toContain('"807"');
});

test('pages that are not reports get no panel: CM web version and Worldview, an AC editor, an article on bounce rates', async ({
  page,
}) => {
  for (const url of [
    'https://atelier.activehosted.com/app/campaigns/57/design',
    'https://atelier.activehosted.com/app/learn/bounce-rates',
  ]) {
    await page.goto(url);
    // The panel script runs (an /app/ route may be a report), looks, and decides it is not one.
    await page.waitForFunction(() => performance.getEntriesByName('dl:not-a-report').length > 0);
    await expect(page.locator('deliverability-lens')).toHaveCount(0);
  }
  for (const url of [
    'https://atelier.createsend.com/campaigns/reports/viewCampaign.aspx?d=j&c=A1B2C3D4E5F60718&ID=F00D&temp=False&tx=0&source=SnapshotHtml',
    'https://atelier.createsend.com/reports/wv/r/A1B2C3D4E5F60718',
  ]) {
    await page.goto(url);
    // The URL check alone says no: the content script measured itself and stopped.
    await page.waitForFunction(() => performance.getEntriesByName('dl:loader').length > 0);
    await expect(page.locator('deliverability-lens')).toHaveCount(0);
  }
});

// Issue 17 "Speed": on a page that is not a report the content script does a URL check and nothing
// else. The browser's own instrumentation (CDP event breakpoints, which pause every world of the
// page, the extension's isolated one included) records each timer or frame callback requested and
// by which script; the report page first shows that the probe does see the extension's timers.
test('on a page that is not a report, the extension asks for no timer and no frame callback', async ({
  page,
  context,
}) => {
  const cdp = await context.newCDPSession(page);
  const requested: string[] = [];
  // A paused frame names its script by id; the script's URL comes with its parse event.
  const scripts = new Map<string, string>();
  cdp.on('Debugger.scriptParsed', (e) => scripts.set(e.scriptId, e.url));
  cdp.on('Debugger.paused', (e) => {
    const url = scripts.get(e.callFrames[0]?.location.scriptId ?? '') ?? '';
    if (url.startsWith('chrome-extension://')) requested.push(`${String(e.data?.eventName)} ${url.split('/').pop()}`);
    void cdp.send('Debugger.resume').catch(() => undefined);
  });
  await cdp.send('Debugger.enable');
  for (const eventName of ['setTimeout', 'setInterval', 'requestAnimationFrame'])
    await cdp.send('EventBreakpoints.setInstrumentationBreakpoint', { eventName });

  await page.goto('https://us21.admin.mailchimp.com/reports/summary?id=4409731');
  await expect(page.getByTestId('dl-bounce')).toBeVisible();
  expect(requested.some((r) => r.endsWith('esp-panel-mailchimp.js'))).toBe(true);

  // The report's panel is gone with its document before the probe starts again.
  await page.goto('about:blank');
  requested.length = 0;
  await page.goto('https://us21.admin.mailchimp.com/campaigns/');
  await page.waitForFunction(() => performance.getEntriesByName('dl:loader').length > 0);
  await page.waitForTimeout(2500); // a timer every second would have fired twice
  expect(requested).toEqual([]);
  await expect(page.locator('deliverability-lens')).toHaveCount(0);
  await cdp.detach();
});

test('the loader follows navigation from a non-report page without a timer', async ({ page }) => {
  await page.goto('https://us21.admin.mailchimp.com/campaigns/');
  await page.waitForFunction(() => performance.getEntriesByName('dl:loader').length > 0);
  const html = ARTICLE.slice(ARTICLE.indexOf('<body>') + 6, ARTICLE.lastIndexOf('</body>'));
  await page.evaluate((body) => {
    history.pushState({}, '', '/reports/summary?id=4409731');
    document.body.innerHTML = body;
  }, html);
  await expect(page.getByTestId('dl-bounce')).toHaveText('Bounce rate: 19.6% — nearly 20%, a disaster');
});

test('Campaign Monitor: the % beside "clicked a link" is click-to-open, not a click rate', async ({ page }) => {
  await page.goto('https://atelier.createsend.com/campaigns/reports/snapshot?cID=A1B2C3D4E5F60718');
  const panel = page.getByTestId('dl-panel');
  await expect(panel.getByTestId('dl-bounce')).toHaveText('Bounce rate: 4.8% — above the 3% alarm line');
  await expect(panel.getByTestId('dl-notes')).toHaveCount(0);
});

test.describe('export for the CRM', () => {
  test('from the bounce list: one click, a CSV with the triage, and the addresses to suppress', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('https://us21.admin.mailchimp.com/reports/activity/bounced?id=5600300');
    const panel = page.getByTestId('dl-panel');
    await panel.getByRole('button', { name: 'Get the bounce reasons (12)' }).click();
    await expect(panel.getByTestId('dl-gather-done')).toHaveText('Done: 12 of 12 read.');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export the clean-up list (12 of 12)' }).click(),
    ]);
    // The activity list does not name the campaign (its h1 is the list's title, esp-pages.md).
    expect(download.suggestedFilename()).toMatch(/^mailchimp-bounced-\d{4}-\d{2}-\d{2}-bounces\.csv$/);
    const bytes = await streamToBuffer(await download.createReadStream());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      'email,flags,category,sub_reason,esp_type,code,reason,suggestion,provider,campaign,date,action,coverage',
    );
    expect(lines).toHaveLength(14);
    expect(lines[1]).toBe(
      `marc.janssens1974@gmail.com,,hard,user-unknown,hard,5.1.1,550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser,,gmail,Bounced,,remove in CRM,12 of 12`,
    );
    expect(lines[5]).toContain('tom.peeters@outlook.com,,blocked,auth,soft,5.7.515,');
    expect(lines[6]).toContain('administratie@vdberghe-bouw.be,role domain-dead,hard,domain,hard,5.4.4,');
    expect(lines[7]).toContain('jan.claes@gmial.com,typo domain-dead,hard,domain,hard,5.1.2,');
    expect(lines[7]).toContain(',jan.claes@gmail.com,');
    const done = panel.getByTestId('dl-export-done');
    await expect(done).toContainText('— 12 of 12.');
    await expect(done).toContainText('remove in CRM: 6');
    await done.getByRole('button', { name: 'Copy the 6 addresses to suppress' }).click();
    expect((await page.evaluate(() => navigator.clipboard.readText())).split('\n')[0]).toBe(
      'marc.janssens1974@gmail.com',
    );
  });

  test('from the overview: the bounce pages are fetched and exported', async ({ page }) => {
    await page.goto('https://us21.admin.mailchimp.com/reports/summary?id=4409731');
    const panel = page.getByTestId('dl-panel');
    await panel.getByText('Clean-up list').click(); // collapsed behind its one-line title (issue 13 §10)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export the bounced addresses for the CRM (CSV)' }).click(),
    ]);
    const text = (await streamToBuffer(await download.createReadStream())).toString('utf8');
    // Paging is by buttons: the static first page gives 10 of the 392.
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(11);
    await expect(panel.getByTestId('dl-export-done')).toContainText('— 10 of 392 — incomplete.');
  });
});

async function streamToBuffer(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks);
}

test('the report tells the popup its domain, ESP and account', async ({ page, context, extensionId }) => {
  await page.goto('https://us21.admin.mailchimp.com/reports/summary?id=4409731');
  await expect(page.getByTestId('dl-panel').locator('input[name=domain]')).toHaveValue('atelier-example.be');
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/popup.html`);
  // What the popup asks the active tab, asked here of the report's tab by URL.
  const answer = await ext.evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: {
          tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
        };
      }
    ).chrome;
    const [tab] = await c.tabs.query({ url: 'https://us21.admin.mailchimp.com/*' });
    // The typed messenger's envelope (@webext-core/messaging): { id, type, data, timestamp } → { res }.
    return c.tabs.sendMessage(tab!.id, { id: 1, type: 'get-report-context', data: {}, timestamp: Date.now() });
  });
  expect(answer).toEqual({
    res: { domain: 'atelier-example.be', esp: 'mailchimp', accountKey: 'mailchimp:us21.admin.mailchimp.com' },
  });
});

test("a custom ActiveCampaign address is only registered with the user's permission", async ({
  context,
  extensionId,
}) => {
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/popup.html`);
  const answer = await ext.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome;
    return c.runtime.sendMessage({
      id: 1,
      type: 'register-esp-origin',
      data: { origin: 'https://mail.atelier-example.be' },
      timestamp: Date.now(),
    });
  });
  expect(answer).toEqual({ res: { ok: false, error: 'no permission for https://mail.atelier-example.be' } });
});
