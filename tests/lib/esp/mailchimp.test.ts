// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../lib/esp';
import { isPlaceholderReading } from '../../../lib/esp/validate';
import { parseMailchimpDate } from '../../../lib/esp/mailchimp';
import { PAGE_FIXTURES } from '../../fixtures/esp';
import { loadExpected, loadFixtureDocument } from '../../support/load-fixture';

const fixture = (file: string) => PAGE_FIXTURES.find((f) => f.file === file)!;

describe('Mailchimp overview', () => {
  it("reads the article's report exactly, collapsed accordion included", () => {
    const f = fixture('mailchimp/overview-article.html');
    const res = extractReport(loadFixtureDocument(f.file), f.url);
    expect(res).toEqual({ ok: true, value: loadExpected(f.expected!) });
  });

  it('sees the first render of a late-filling page as a placeholder, then reads the filled figures', () => {
    const f = fixture('mailchimp/overview-late-filling.html');
    const doc = loadFixtureDocument(f.file);
    const first = extractReport(doc, f.url);
    expect(first.ok && isPlaceholderReading(first.value)).toBe(true);
    // What the page's own script does 1.2 s later.
    doc.querySelectorAll('[data-later]').forEach((el) => (el.textContent = el.getAttribute('data-later')));
    expect(extractReport(doc, f.url)).toEqual({ ok: true, value: loadExpected(f.expected!) });
  });

  it('does not claim the campaign list', () => {
    const f = fixture('mailchimp/campaigns-list.html');
    expect(extractReport(loadFixtureDocument(f.file), f.url)).toEqual({ ok: false, reason: 'not-a-report-page' });
  });

  it('refuses impossible figures instead of building a panel on them', () => {
    const f = fixture('mailchimp/overview-article.html');
    const doc = loadFixtureDocument(f.file);
    const bounced = Array.from(doc.querySelectorAll('a')).find((a) => a.textContent?.includes('bounced'))!;
    bounced.querySelector('span')!.textContent = '2,400';
    expect(extractReport(doc, f.url)).toEqual({
      ok: false,
      reason: 'layout-changed',
      detail: 'bounces (2400) exceed recipients (2000); deliveries (1608) plus bounces (2400) exceed recipients (2000)',
    });
  });

  it('says what it could not read when a tile is gone', () => {
    const f = fixture('mailchimp/overview-article.html');
    const doc = loadFixtureDocument(f.file);
    doc.querySelectorAll('a[href*="/reports/activity/bounced"]').forEach((a) => a.remove());
    const res = extractReport(doc, f.url);
    expect(res.ok).toBe(true);
    if (res.ok) {
      expect(res.notes).toEqual(['could not read bounces.total']);
      expect(res.value.bounces).toBeUndefined();
      expect(res.value.recipients).toBe(2000);
    }
  });

  it('keeps hostile page text as inert text', () => {
    const f = fixture('mailchimp/overview-article.html');
    const doc = loadFixtureDocument(f.file);
    doc.querySelector('h1')!.textContent = '<img src=x onerror=alert(1)>';
    const res = extractReport(doc, f.url);
    expect(res.ok && res.value.campaignName).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('Mailchimp bounce list', () => {
  it('keeps a reason link only when it stays on Mailchimp', async () => {
    const { extractBounces } = await import('../../../lib/esp');
    const f = fixture('mailchimp/bounced.html');
    const doc = loadFixtureDocument(f.file);
    doc.querySelectorAll('a[href*="bounce-reason"]')[1]!.setAttribute('href', 'https://evil.example/steal?e=1001');
    const r = extractBounces(doc, f.url);
    expect(r.ok && r.value.map((b) => b.reasonUrl).slice(0, 3)).toEqual([
      'https://us21.admin.mailchimp.com/reports/activity/bounce-reason?id=4409731&e=1000',
      undefined,
      'https://us21.admin.mailchimp.com/reports/activity/bounce-reason?id=4409731&e=1002',
    ]);
  });
});

describe('parseMailchimpDate', () => {
  it.each([
    ['Tue, Dec 10, 2024 9:41 am', '2024-12-10T09:41'],
    ['Tue, Dec 10, 2024 12:05 pm', '2024-12-10T12:05'],
    ['Wed, Jan 1, 2025 12:00 am', '2025-01-01T00:00'],
    ['Tue, March 10, 2026', '2026-03-10'],
  ])('%j → %s', (text, iso) => expect(parseMailchimpDate(text)).toBe(iso));
  it('refuses what is not a date', () => expect(parseMailchimpDate('yesterday')).toBeUndefined());
});
