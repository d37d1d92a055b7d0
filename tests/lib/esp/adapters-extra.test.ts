// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gatherBounceReasons, parseDiagnostic } from '../../../lib/esp/bounce-reason';
import { activeCampaignTypeOf } from '../../../lib/esp/activecampaign';
import { campaignMonitorTypeOf } from '../../../lib/esp/campaign-monitor';
import { parseCountAndRate } from '../../../lib/esp/numbers';
import { labelsOf, redactPageStructure } from '../../../lib/esp/redact';
import { SELECTORS } from '../../../lib/esp/mailchimp';
import { extractBounces } from '../../../lib/esp';
import { ESP_FIXTURE_DIR, loadExpected, loadFixtureDocument } from '../../support/load-fixture';
import { bounceListHtml } from '../../support/generate-bounces';

describe('bounce reasons (Mailchimp)', () => {
  const template = readFileSync(`${ESP_FIXTURE_DIR}mailchimp/bounce-reason.html`, 'utf8');
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const page = (email: string, diagnostic: string) =>
    template.replace('{{EMAIL}}', esc(email)).replace('{{STATUS}}', '5.0.0').replace('{{DIAGNOSTIC}}', esc(diagnostic));

  it('reads the Diagnostic-Code, not the Status', () => {
    const text = new DOMParser().parseFromString(
      page('a@b.example', '550 5.1.1 <a@b.example>: Recipient address rejected: User unknown'),
      'text/html',
    ).body.textContent!;
    expect(parseDiagnostic(text)).toEqual({
      code: '5.1.1',
      reason: '550 5.1.1 <a@b.example>: Recipient address rejected: User unknown',
    });
    expect(parseDiagnostic('Diagnostic-Code: smtp; 452 Mailbox full\nStatus: 4.2.2')).toEqual({
      code: '452',
      reason: '452 Mailbox full',
    });
    expect(parseDiagnostic('no such header')).toEqual({});
  });

  it('gathers every reason, 4 at a time, with progress, and counts failures', async () => {
    const rows = loadExpected('bounce-rows.json') as { email: string; diagnostic: string }[];
    const bounces = (
      loadExpected('mailchimp/bounced-short.bounces.json') as {
        rows: { email: string; espType: 'hard' | 'soft'; reasonUrl: string }[];
      }
    ).rows;
    let active = 0;
    let peak = 0;
    const progress: number[] = [];
    const fetchText = async (url: string) => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 5));
      active--;
      const i = Number(new URL(url).searchParams.get('e')) - 1000;
      if (i === 3) throw new Error('HTTP 500');
      return page(rows[i]!.email, rows[i]!.diagnostic);
    };
    const r = await gatherBounceReasons(bounces, fetchText, { onProgress: (p) => progress.push(p.done) });
    expect(peak).toBe(4);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(r.progress).toEqual({ done: 12, total: 12, failed: 1 });
    expect(r.items[0]).toMatchObject({ code: '5.1.1', reason: rows[0]!.diagnostic });
    expect(r.items[3]!.reason).toBeUndefined();
    expect(r.items[4]).toMatchObject({ code: '5.7.515' });
  });

  it('stops when cancelled and says so', async () => {
    const bounces = (
      loadExpected('mailchimp/bounced-short.bounces.json') as {
        rows: { email: string; espType: 'hard' | 'soft'; reasonUrl: string }[];
      }
    ).rows;
    const ctl = new AbortController();
    let calls = 0;
    const r = await gatherBounceReasons(
      bounces,
      async () => {
        if (++calls === 2) ctl.abort();
        return 'Diagnostic-Code: smtp; 550 5.1.1 unknown';
      },
      { signal: ctl.signal, concurrency: 1 },
    );
    expect(r.cancelled).toBe(true);
    expect(r.progress.done).toBe(1);
    expect(r.items.filter((b) => b.reason).length).toBe(2);
  });
});

describe('ESP bounce labels', () => {
  it.each([
    ['5.1.1', undefined, 'hard'],
    ['5.2.2', undefined, 'soft'],
    ['5.4.5', undefined, 'soft'],
    ['5.5.3', undefined, 'soft'],
    ['5.7.1', undefined, 'hard'],
    ['4.4.7', undefined, 'soft'],
    [undefined, 'Hard', 'hard'],
    [undefined, undefined, 'unknown'],
  ] as const)('ActiveCampaign %s / %s → %s', (code, shown, type) =>
    expect(activeCampaignTypeOf(code, shown)).toBe(type),
  );
  it.each([
    ['Soft Bounce - Mailbox Full', 'soft'],
    ['Hard Bounce', 'hard'],
    ['Mail Block - Spam Detected', 'unknown'],
    // esp-pages.md: that row still carries BounceType Soft in CM's API.
    ['Bounce - But No Email Address Returned', 'soft'],
  ] as const)('Campaign Monitor %s → %s', (label, type) => expect(campaignMonitorTypeOf(label)).toBe(type));
});

describe('parseCountAndRate', () => {
  it.each([
    ['704 (30.8%)', { count: { value: 704 }, rate: 0.308, rateText: '30.8%' }],
    ['30.8% (704)', { count: { value: 704 }, rate: 0.308, rateText: '30.8%' }],
    ['1.204', { count: { value: 1204 }, rate: undefined, rateText: undefined }],
    ['1 (0,08%)', { count: { value: 1 }, rate: 0.0008, rateText: '0,08%' }],
    ['1\u202f150', { count: { value: 1150 }, rate: undefined, rateText: undefined }],
    ['0 (0 %)', { count: { value: 0 }, rate: 0, rateText: '0 %' }],
    ['-12 (0.6%)', { count: { refused: '-12' }, rate: 0.006, rateText: '0.6%' }],
  ])('%j', (text, out) => expect(parseCountAndRate(text)).toEqual(out));
});

describe('a 10,000-row bounce list', () => {
  it('is read whole, with no row lost or invented', () => {
    const doc = new DOMParser().parseFromString(bounceListHtml(10_000, 7), 'text/html');
    const r = extractBounces(doc, 'https://us21.admin.mailchimp.com/reports/activity/bounced?id=9000001');
    expect(r.ok && r.value.rows.length).toBe(10_000);
    expect(r.ok && new Set(r.value.rows.map((b) => b.email)).size).toBe(10_000);
    expect(r.ok && r.value.rows.filter((b) => b.espType === 'hard').length).toBe(6_000);
    // No paging line and no next-page button: the page is the whole list.
    expect(r.ok && r.value.complete).toBe(true);
    // happy-dom is far slower than a browser here; tests/bench/page.ts times it in Chromium.
  }, 90_000);
});

describe('copy page structure', () => {
  it('keeps labels, figures and structure and removes names, addresses and subjects', () => {
    const doc = loadFixtureDocument('mailchimp/overview-article.html');
    const out = redactPageStructure(
      doc,
      'https://us21.admin.mailchimp.com/reports/summary?id=4409731',
      labelsOf(SELECTORS),
    );
    expect(out).toContain('<p class="label-1mHQ9">Recipients</p>');
    expect(out).toContain('<a class="link-4PqRs" href="/reports/activity/bounced?id=x"><span>392</span> xxxxxxx</a>');
    expect(out).toContain('<img alt="Open rate" src="data:">');
    expect(out).not.toMatch(/Lente-actie|atelier-example|Klanten|lente-actie/);
    expect(out).not.toContain('<style');
    expect(
      out.startsWith(
        '<!-- Deliverability Lens page structure of https://us21.admin.mailchimp.com/reports/summary?id=x; texts redacted -->',
      ),
    ).toBe(true);
  });

  it('replaces addresses in a bounce list', () => {
    const out = redactPageStructure(
      loadFixtureDocument('mailchimp/bounced.html'),
      'https://us21.admin.mailchimp.com/reports/activity/bounced?id=1',
      labelsOf(SELECTORS),
    );
    expect(out).not.toMatch(/gmail|janssens|telenet/);
    expect(out).toContain('<th>Email Address</th>');
  });
});
