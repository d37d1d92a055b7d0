// The fault matrix of issue 12 end to end in Chromium: the built extension's service worker asks
// the local DoH server over real HTTP; every fault (time-out, SERVFAIL, REFUSED, garbage, cut
// short, padded, wrong id, wrong question, TC, HTTP 500/429, 5 s slow, CNAME loop, huge TXT) on
// the whole domain and on one name at a time. Rows are batched: one popup page runs every check
// at once over the 'check-domain' port, then each row is judged: 0 false "fine", 0 false "missing".
import { test, expect } from './fixtures';
import { faultMatrix, judgeRow } from '../fixtures/zones/fault-matrix';
import { startDohServer } from '../support/doh-server';
import { setResolver } from '../support/browser';
import { articleZone } from '../fixtures/zones/article';
import type { DomainCheck } from '../../lib/auth/types';
import type { Page } from '@playwright/test';

// The extension pages' own API (no @types/chrome here): only what these tests call.
declare const chrome: {
  runtime: {
    connect(o: { name: string }): {
      onMessage: { addListener(f: (m: never) => void): void };
      postMessage(m: unknown): void;
    };
  };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

const { rows, zone, control } = faultMatrix();

// The DoH server is shared by the worker's tests: give the next spec back the zone it expects.
test.afterEach(({ doh }) => doh.setZone(articleZone));

/** Runs checks in the extension page over the port, all at once; returns each final check. */
async function checkAll(page: Page, domains: string[]): Promise<DomainCheck[]> {
  return page.evaluate(async (ds) => {
    const run = (domain: string) =>
      new Promise<DomainCheck>((resolve, reject) => {
        const port = chrome.runtime.connect({ name: 'check-domain' });
        port.onMessage.addListener((m: { type: string; check?: DomainCheck; reason?: { id: string } }) => {
          if (m.type === 'done') resolve(m.check!);
          if (m.type === 'error') reject(new Error(JSON.stringify(m.reason)));
        });
        port.postMessage({ type: 'check-domain', domain, esp: 'mailchimp' });
      });
    return Promise.all(ds.map(run));
  }, domains);
}

// The stream's errors are data (lib/platform/check-stream.ts), worded by the page in the user's language.
test('a request the background cannot read gets a reason, not an English message', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const answer = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const port = chrome.runtime.connect({ name: 'check-domain' });
        port.onMessage.addListener(resolve);
        port.postMessage({ type: 'check-domain', domain: '' });
      }),
  );
  expect(answer).toEqual({ type: 'error', reason: { id: 'check-bad-request' } });
});

test('every fault, on the whole domain and on each name: no false fine, no false missing', async ({
  page,
  extensionId,
  doh,
}) => {
  test.setTimeout(90_000);
  doh.setZone(zone);
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const [controlCheck, ...checks] = await checkAll(page, [control, ...rows.map((r) => r.domain)]);
  expect(controlCheck!.overall).toBe('pass');
  const lies = rows.map((row, i) => ({
    row: `${row.fault} on ${row.target}`,
    lies: judgeRow(row, checks[i]!, controlCheck!),
  }));
  expect(lies.filter((l) => l.lies.length > 0)).toEqual([]);
  expect(lies).toHaveLength(rows.length);
});

test('k2 timing out shows "couldn\'t check" for k2 next to k3\'s key, and the row is unknown', async ({
  page,
  extensionId,
  doh,
}) => {
  doh.setZone(zone);
  const row = rows.find((r) => r.fault === 'servfail' && r.target === 'k2')!;
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.locator('input[name=domain]').fill(row.domain);
  await page.locator('select[name=esp]').selectOption('mailchimp');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByTestId('dl-result')).not.toHaveAttribute('data-overall', 'pass');
  const dkim = page.getByTestId('dl-dns-dkim');
  await expect(dkim).toHaveAttribute('data-status', 'unknown');
  await dkim.locator('summary').click();
  await expect(dkim.locator('[data-selector=k2]')).toHaveAttribute('data-outcome', 'unknown');
  await expect(dkim.locator('[data-selector=k3]')).toHaveAttribute('data-outcome', 'key');
  await expect(page.getByTestId('dl-fixes')).toHaveCount(0);
});

test('rows appear as they are known: DMARC and DKIM while a slow include holds SPF, the headline last', async ({
  page,
  extensionId,
  doh,
}) => {
  doh.setZone(zone);
  const row = rows.find((r) => r.fault === 'slow' && r.target === 'include')!;
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.locator('input[name=domain]').fill(row.domain);
  await page.locator('select[name=esp]').selectOption('mailchimp');
  await page.getByRole('button', { name: 'Check' }).click();
  const partial = page.getByTestId('dl-result-partial');
  await expect(partial.getByTestId('dl-dns-dmarc')).toHaveAttribute('data-status', 'pass', { timeout: 3000 });
  await expect(partial.getByTestId('dl-dns-dkim')).toHaveAttribute('data-status', 'pass');
  await expect(partial.getByTestId('dl-dns-spf')).toHaveAttribute('data-status', 'pending');
  await expect(page.getByTestId('dl-result')).toHaveCount(0);
  await expect(page.getByTestId('dl-result')).toHaveAttribute('data-overall', 'unknown', { timeout: 10_000 });
  await expect(page.getByTestId('dl-dns-spf')).toHaveAttribute('data-status', 'unknown');
});

test('a silent first endpoint is skipped after one hedge; all endpoints down is "couldn\'t check"', async ({
  page,
  extensionId,
  doh,
  worker,
}) => {
  doh.setZone(zone);
  const dead = await startDohServer({ nodes: {} });
  dead.setFault('timeout');
  try {
    await setResolver(worker, dead.url);
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const [none] = await checkAll(page, [control]);
    expect([none!.spf, none!.dkim, none!.dmarc, none!.alignment, none!.mx].map((a) => a.status)).toEqual([
      'unknown',
      'unknown',
      'unknown',
      'unknown',
      'unknown',
    ]);
    await worker.evaluate(
      async ([a, b]) => chrome.storage.local.set({ settings: { resolvers: [a, b], lang: 'en', extraSelectors: [] } }),
      [dead.url, doh.url],
    );
    const started = Date.now();
    const [hedged] = await checkAll(page, [rows[rows.length - 1]!.domain.replace(/faults-r\d+/, 'faults-r0')]);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(hedged!.overall).toBe('pass');
    expect(hedged!.resolvers!.failed).toEqual([new URL(dead.url).host]);
  } finally {
    await dead.close();
  }
});
