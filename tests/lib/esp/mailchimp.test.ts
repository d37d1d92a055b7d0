// Mailchimp's overview against every decoy and refusal of issue 17 §2, on the clone-based fixture.
// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractBounces, extractReport } from '../../../lib/esp';
import { isPlaceholderReading } from '../../../lib/esp/validate';
import { parseMailchimpDate } from '../../../lib/esp/mailchimp';
import { PAGE_FIXTURES } from '../../fixtures/esp';
import { loadExpected, loadFixtureDocument } from '../../support/load-fixture';

const fixture = (file: string) => PAGE_FIXTURES.find((f) => f.file === file)!;
const OVERVIEW = fixture('mailchimp/overview-article.html');
const tileCount = (doc: Document, act: string) =>
  doc.querySelector(`.tile-3J9kP a[href^="/reports/activity/${act}"] span`)!;
const tileRate = (doc: Document, act: string) =>
  doc.querySelector(`.tile-3J9kP a[href^="/reports/activity/${act}"]`)!.parentElement!.querySelector('h3')!;

describe('Mailchimp overview', () => {
  it('takes the name from the p beside "View email", not the "Email report" h1', () => {
    const r = extractReport(loadFixtureDocument(OVERVIEW.file), OVERVIEW.url);
    expect(r.ok && [r.value.campaignName, r.value.sentAt, r.value.senderEmail]).toEqual([
      'Lente-actie 2026 — nieuwsbrief maart',
      '2026-03-10T10:00',
      'nieuws@atelier-example.be',
    ]);
  });

  it('never takes the List or Industry average, or the 24-hour snapshot, for the campaign figures', () => {
    const doc = loadFixtureDocument(OVERVIEW.file);
    // The snapshot chart moved before the tiles: its "48 clicked" link and img[alt="Click rate"] come first.
    const chart = doc.querySelector('.chart-6FvBn')!;
    chart.parentElement!.insertBefore(chart, doc.querySelector('.tiles-1qQ3Y')!.closest('section'));
    const r = extractReport(doc, OVERVIEW.url);
    expect(r).toEqual({ ok: true, value: loadExpected(OVERVIEW.expected!) });
  });

  it('leaves out a shown rate that does not match its counts, and names it as data', () => {
    const doc = loadFixtureDocument(OVERVIEW.file);
    tileRate(doc, 'bounced').textContent = '0.4%';
    const r = extractReport(doc, OVERVIEW.url);
    expect(r.ok && r.value.bounces).toEqual({ total: 392 });
    expect(r.ok && r.notes).toEqual([
      { id: 'rate-mismatch', params: { figure: 'bounces.rate', shown: 0.004, count: 392, of: 2000 } },
    ]);
  });

  it.each([
    ['-12', { id: 'refused-number', params: { figure: 'bounces.total', text: '-12 bounced' } }],
    ['1e309', { id: 'refused-number', params: { figure: 'bounces.total', text: '1e309 bounced' } }],
  ])('refuses "%s bounced" instead of dropping its sign or exponent', (shown, note) => {
    const doc = loadFixtureDocument(OVERVIEW.file);
    tileCount(doc, 'bounced').textContent = shown;
    const r = extractReport(doc, OVERVIEW.url);
    expect(r.ok && r.value.bounces).toEqual({ rate: 0.196 });
    expect(r.ok && r.notes).toEqual([note]);
  });

  it('leaves out bounces that exceed the recipients, and says so', () => {
    const doc = loadFixtureDocument(OVERVIEW.file);
    tileCount(doc, 'bounced').textContent = '2,400';
    const r = extractReport(doc, OVERVIEW.url);
    expect(r.ok && r.value.bounces).toBeUndefined();
    expect(r.ok && r.value.recipients).toBe(2000);
    expect(r.ok && r.notes?.[0]).toEqual({
      id: 'exceeds',
      params: { figure: 'bounces.total', value: 2400, limit: 'recipients', max: 2000 },
    });
  });

  it('shortens an over-long name instead of dropping the figures', () => {
    const doc = loadFixtureDocument(OVERVIEW.file);
    doc.querySelector('.title-2Wq1M')!.textContent = 'Lente '.repeat(100);
    const r = extractReport(doc, OVERVIEW.url);
    expect(r.ok && r.value.campaignName?.length).toBe(300);
    expect(r.ok && r.value.bounces?.total).toBe(392);
    expect(r.ok && r.notes).toEqual([{ id: 'truncated', params: { field: 'campaignName', length: 599 } }]);
  });

  it('keeps hostile page text as inert text', () => {
    const doc = loadFixtureDocument(OVERVIEW.file);
    doc.querySelector('.title-2Wq1M')!.textContent = '<img src=x onerror=alert(1)>';
    const r = extractReport(doc, OVERVIEW.url);
    expect(r.ok && r.value.campaignName).toBe('<img src=x onerror=alert(1)>');
  });

  it('sees the first render of a late-filling page as a placeholder', () => {
    const f = fixture('mailchimp/overview-late-filling.html');
    const first = extractReport(loadFixtureDocument(f.file), f.url);
    expect(first.ok && isPlaceholderReading(first.value)).toBe(true);
  });

  it('says which required figures it could not read when a tile is gone', () => {
    const doc = loadFixtureDocument(OVERVIEW.file);
    doc.querySelectorAll('a[href^="/reports/activity/bounced"]').forEach((a) => a.remove());
    const r = extractReport(doc, OVERVIEW.url);
    expect(r.ok && r.notes).toEqual([{ id: 'missing-figure', params: { figure: 'bounces.total' } }]);
  });
});

describe('Mailchimp bounce list', () => {
  it('keeps a reason link only when it stays on Mailchimp', () => {
    const f = fixture('mailchimp/bounced.html');
    const doc = loadFixtureDocument(f.file);
    doc.querySelectorAll('a[href*="bounce-reason"]')[1]!.setAttribute('href', 'https://evil.example/steal?e=1001');
    const r = extractBounces(doc, f.url);
    expect(r.ok && r.value.rows.map((b) => b.reasonUrl).slice(0, 3)).toEqual([
      'https://us21.admin.mailchimp.com/reports/activity/bounce-reason?id=4409731&e=1000',
      undefined,
      'https://us21.admin.mailchimp.com/reports/activity/bounce-reason?id=4409731&e=1002',
    ]);
  });

  it('is complete only when every stated row was read', () => {
    const f = fixture('mailchimp/bounced.html');
    const r = extractBounces(loadFixtureDocument(f.file), f.url);
    expect(r.ok && [r.value.rows.length, r.value.stated, r.value.complete]).toEqual([10, 392, false]);
  });

  // Issue 17 "Speed": on a list with neither paging line nor paging, the figure is the row count;
  // the rows extractBounces just read give it, so the table is read once.
  const unpaged = () => {
    const f = fixture('mailchimp/bounced.html');
    const doc = loadFixtureDocument(f.file);
    for (const el of Array.from(doc.querySelectorAll('p, button, [role=button]')))
      if (
        /Showing results|next page/i.test(el.textContent ?? '') ||
        /next page/i.test(el.getAttribute('aria-label') ?? '')
      )
        el.remove();
    return { doc, url: f.url };
  };

  it('counts the rows of an unpaged list for bounces.total, the same with or without the rows already read', () => {
    const { doc, url } = unpaged();
    const list = extractBounces(doc, url);
    expect(list.ok && [list.value.rows.length, list.value.stated, list.value.complete]).toEqual([10, undefined, true]);
    const counted = extractReport(doc, url);
    const known = extractReport(doc, url, { listRows: 10 });
    expect(counted.ok && counted.value.bounces?.total).toBe(10);
    expect(known).toEqual(counted);
  });

  it('takes the count of the rows already read instead of reading them again', () => {
    const { doc, url } = unpaged();
    // A count that is not the page's shows it was taken, not recounted.
    const r = extractReport(doc, url, { listRows: 7 });
    expect(r.ok && r.value.bounces?.total).toBe(7);
  });

  it('prefers the stated total to the rows already read', () => {
    const f = fixture('mailchimp/bounced.html');
    const r = extractReport(loadFixtureDocument(f.file), f.url, { listRows: 10 });
    expect(r.ok && r.value.bounces?.total).toBe(392);
  });
});

describe('parseMailchimpDate', () => {
  it.each([
    ['Tue, Dec 10, 2024 9:41 am', '2024-12-10T09:41'],
    ['Tue, Dec 10, 2024 12:05 pm', '2024-12-10T12:05'],
    ['Wed, Jan 1, 2025 12:00 am', '2025-01-01T00:00'],
    ['Tue, 10 Dec 2024 22:00', '2024-12-10T22:00'],
    ['Tue, March 10, 2026', '2026-03-10'],
  ])('%j → %s', (text, iso) => expect(parseMailchimpDate(text)).toBe(iso));
  it('refuses what is not a date', () => expect(parseMailchimpDate('yesterday')).toBeUndefined());
});
