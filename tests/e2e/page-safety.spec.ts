// The ESP's page cannot act through the panel (issue 15 §5). The page's own script — served as
// part of the report, so it runs with no user gesture, like a hostile or buggy app script — finds
// the panel in its open shadow root, types a domain and presses Check (click(), requestSubmit(),
// a synthetic submit), presses "Get the bounce reasons", "Export" and "Close", and replays WXT's
// "newer script started" announcement. None of it may start a DNS check, store the domain, fetch
// a reason page or download a file, and the panel stays. Then the user does the same for real,
// which proves the observations would have seen it.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ESP_FIXTURE_DIR } from '../support/load-fixture';
import { panelEntry } from '../../lib/esp/providers';

const REPORT = 'https://us21.admin.mailchimp.com/reports/summary?id=4409731';
const BOUNCES = 'https://us21.admin.mailchimp.com/reports/activity/bounced?id=4409731';

/** The page script: waits for the panel, acts on it every way a script can, then says so. */
function hostileScript(extensionId: string): string {
  // WXT names a script's events after its entrypoint: the panel here is Mailchimp's.
  const body = (extId: string, panel: string) => {
    const root = () => document.querySelector('deliverability-lens')?.shadowRoot ?? null;
    // Whatever the extension announces on this window, the page hears, to replay it later.
    const heard: object[] = [];
    addEventListener('message', (e) => {
      const data = e.data as { type?: string; messageId?: string } | null;
      if (!data?.type?.endsWith('wxt:content-script-started') || data.messageId?.startsWith('forged')) return;
      heard.push(data);
      // At once too, before the panel is up (that left WXT's context dead: deaf to navigation).
      postMessage({ ...data, messageId: `forged-early-${heard.length}` }, '*');
    });
    const act = () => {
      const r = root();
      const form = r?.querySelector('form[data-testid=dl-domain-form]') as HTMLFormElement | null;
      const buttons = Array.from(r?.querySelectorAll('button') ?? []);
      if (!r || (!form && !buttons.some((b) => b.textContent?.startsWith('Get the bounce reasons')))) return false;
      // Once the panel is up: replay what was heard, and the names guessed from the extension id.
      heard.forEach((data, i) => postMessage({ ...data, messageId: `forged-${i}` }, '*'));
      for (const name of [panel, 'esp-panel', 'esp-report'])
        for (let i = 0; i < 2; i++)
          postMessage(
            {
              type: `${extId}:${name}:wxt:content-script-started`,
              contentScriptName: name,
              messageId: `guess-${name}-${i}`,
            },
            '*',
          );
      dispatchEvent(new Event(`${extId}:${panel}:wxt:locationchange`));
      if (form) {
        const input = form.querySelector('input[name=domain]') as HTMLInputElement;
        input.value = 'forged-example.be';
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        (form.querySelector('button[type=submit]') as HTMLButtonElement).click();
        form.requestSubmit();
        form.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true }));
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }
      for (const b of buttons) if (/^(Get the bounce reasons|Export)/.test(b.textContent ?? '')) b.click();
      (r.querySelector('[data-testid=dl-close]') as HTMLButtonElement | null)?.click();
      return true;
    };
    const id = setInterval(() => {
      if (!act()) return;
      clearInterval(id);
      // Give the announcements (posted messages are tasks) time to arrive before saying done.
      setTimeout(() => document.body.setAttribute('data-hostile', 'done'), 0);
    }, 50);
  };
  return `<script>(${body.toString()})(${JSON.stringify(extensionId)}, ${JSON.stringify(panelEntry('mailchimp'))});</script>`;
}

async function serveWithHostileScript(page: Page, url: string, fixture: string, extensionId: string) {
  const html = readFileSync(`${ESP_FIXTURE_DIR}${fixture}`, 'utf8').replace(
    '</body>',
    `${hostileScript(extensionId)}</body>`,
  );
  await page.route(url, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
}

test('a page script can neither check nor store a domain, nor remove the panel', async ({
  page,
  doh,
  worker,
  extensionId,
}) => {
  await serveWithHostileScript(page, REPORT, 'mailchimp/overview-article.html', extensionId);
  await page.goto(REPORT);
  await page.waitForFunction(() => document.body.getAttribute('data-hostile') === 'done');
  const panel = page.getByTestId('dl-panel');
  await expect(panel).toBeVisible();
  const input = panel.locator('input[name=domain]');
  await expect(input).toBeVisible();
  // The user's own check goes through, and only theirs reached the resolver and storage.
  await input.fill('atelier-example.be');
  await panel.getByRole('button', { name: 'Check' }).click();
  await expect(panel.getByTestId('dl-dns-spf')).toHaveAttribute('data-status', 'pass');
  expect(doh.log.filter((q) => q.name.includes('forged-example.be'))).toEqual([]);
  expect(doh.log.some((q) => q.name === 'atelier-example.be')).toBe(true);
  const stored = await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
    ).chrome.storage.local.get('senderDomains'),
  );
  expect(Object.values((stored.senderDomains ?? {}) as Record<string, string>)).toEqual(['atelier-example.be']);
  // The panel still follows the page: it was never invalidated.
  const bounced = readFileSync(`${ESP_FIXTURE_DIR}mailchimp/bounced.html`, 'utf8');
  await page.evaluate(
    (html) => {
      history.pushState({}, '', '/reports/activity/bounced?id=4409731');
      document.querySelector('main')!.outerHTML = html;
    },
    bounced.slice(bounced.indexOf('<body>') + 6, bounced.indexOf('</body>')),
  );
  // The revised fixture's first page: 10 of the list's rows (esp-pages.md, "Showing results 1 - 10").
  await expect(panel.getByTestId('dl-bounce-count')).toHaveText('10 bounced addresses listed: 6 hard, 4 soft.');
});

test('a page script can neither gather bounce reasons nor export, and the user still can', async ({
  page,
  extensionId,
}) => {
  await serveWithHostileScript(page, BOUNCES, 'mailchimp/bounced.html', extensionId);
  const reasonFetches: string[] = [];
  page.on('request', (r) => r.url().includes('/reports/activity/bounce-reason') && reasonFetches.push(r.url()));
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.goto(BOUNCES);
  await page.waitForFunction(() => document.body.getAttribute('data-hostile') === 'done');
  const panel = page.getByTestId('dl-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('dl-gather-progress')).toHaveCount(0);
  await expect(panel.getByTestId('dl-export-done')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Get the bounce reasons (10)' }).click();
  await expect(panel.getByTestId('dl-gather-done')).toHaveText('Done: 10 of 10 read.');
  expect(reasonFetches).toHaveLength(10); // all the user's; the page's click fetched none
  expect(downloads).toBe(0);
});

test('the shortcut message shows a closed panel again and puts the focus in it', async ({ page, worker }) => {
  await page.goto(REPORT);
  const panel = page.getByTestId('dl-panel');
  await expect(panel).toBeVisible();
  await panel.getByTestId('dl-close').click();
  await expect(panel).toHaveCount(0);
  // What the background does on the focus-panel command (lib/platform/lifecycle.ts).
  await worker.evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: {
          tabs: {
            query(q: object): Promise<{ id: number; url?: string }[]>;
            sendMessage(id: number, m: object): Promise<unknown>;
          };
        };
      }
    ).chrome;
    const [tab] = (await c.tabs.query({})).filter((t) => t.url?.includes('/reports/summary'));
    // The typed messenger's envelope (@webext-core/messaging).
    await c.tabs.sendMessage(tab!.id, { id: 1, type: 'focus-panel', data: {}, timestamp: Date.now() });
  });
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('dl-handle')).toBeFocused();
});
