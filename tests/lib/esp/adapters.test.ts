// ActiveCampaign and Campaign Monitor against the refusals and decoys of issue 17, and the URL
// checks the content script relies on.
// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractBounces, extractReport } from '../../../lib/esp';
import { espOfUrl } from '../../../lib/esp/routes';
import { panelFile } from '../../../lib/esp/providers';
import { PAGE_FIXTURES } from '../../fixtures/esp';
import { loadFixtureDocument } from '../../support/load-fixture';

const fixture = (file: string) => PAGE_FIXTURES.find((f) => f.file === file)!;

describe('URL checks (the content script does nothing more on other pages)', () => {
  it.each([
    ['https://us21.admin.mailchimp.com/analytics/report/overview?id=1', true],
    ['https://us21.admin.mailchimp.com/reports/activity/bounced?id=1', true],
    ['https://us21.admin.mailchimp.com/campaigns/', false],
    ['https://atelier.activehosted.com/report/#/campaign/42/bounces', true],
    ['https://atelier.activehosted.com/report/#/campaign/42/links', false],
    ['https://atelier.activehosted.com/app/anything/57', true], // a candidate: content decides
    ['https://atelier.createsend.com/campaigns/reports/snapshot?cID=1', true],
    ['https://atelier.createsend.com/campaigns/reports/viewCampaign.aspx?d=j&source=SnapshotHtml', false],
    ['https://atelier.createsend.com/reports/wv/r/ABC', false],
    ['https://mailchimp.com/resources/email-marketing-benchmarks/', false],
  ])('%s → %s', (url, yes) => expect(espOfUrl(url) !== undefined).toBe(yes));

  // The background injects the panel built for the ESP the URL names (lib/esp/routes.ts).
  it.each([
    ['https://us21.admin.mailchimp.com/reports/summary?id=1', 'mailchimp', '/esp-panel-mailchimp.js'],
    ['https://atelier.activehosted.com/report/#/campaign/42/bounces', 'activecampaign', '/esp-panel-activecampaign.js'],
    // A custom account domain, granted by the user, is ActiveCampaign's by its routes.
    ['https://nieuws.atelier-example.be/app/campaigns/57/report', 'activecampaign', '/esp-panel-activecampaign.js'],
    [
      'https://atelier.createsend.com/campaigns/reports/snapshot?cID=1',
      'campaign-monitor',
      '/esp-panel-campaign-monitor.js',
    ],
  ] as const)('%s → the %s panel', (url, esp, file) => {
    expect(espOfUrl(url)).toBe(esp);
    expect(panelFile(esp)).toBe(file);
  });

  it('names no ESP for another page, or no URL', () => {
    expect(espOfUrl('https://us21.admin.mailchimp.com/campaigns/')).toBeUndefined();
    expect(espOfUrl('not a url')).toBeUndefined();
    expect(espOfUrl(undefined)).toBeUndefined();
  });
});

describe('ActiveCampaign', () => {
  it('refuses a signed counter on a classic tab and names it', () => {
    const f = fixture('activecampaign/classic-bounces.html');
    const doc = loadFixtureDocument(f.file);
    doc.querySelector('#bounce_total_t')!.textContent = '-87';
    expect(extractReport(doc, f.url)).toEqual({
      ok: false,
      reason: 'layout-changed',
      missing: ['bounces.total'],
      problems: [{ id: 'refused-number', params: { figure: 'bounces.total', text: '-87' } }],
    });
  });

  it('reads the From name and the address behind it on the new reporting', () => {
    const f = fixture('activecampaign/new-report.html');
    const r = extractReport(loadFixtureDocument(f.file), f.url);
    expect(r.ok && [r.value.senderName, r.value.senderEmail]).toEqual(['Atelier Nieuws', 'nieuws@atelier-example.be']);
  });

  it('leaves out a click-to-open rate that is not clicks ÷ unique opens', () => {
    const f = fixture('activecampaign/new-report.html');
    const html = loadFixtureDocument(f.file);
    const label = Array.from(html.querySelectorAll('.metric-label')).find(
      (e) => e.textContent === 'Click-to-open rate',
    )!;
    label.nextElementSibling!.textContent = '3,4%';
    const r = extractReport(html, f.url);
    expect(r.ok && r.value.clicks).toEqual({ unique: 41, rate: 0.034 });
    expect(r.ok && r.notes).toEqual([
      { id: 'rate-mismatch', params: { figure: 'clicks.toOpenRate', shown: 0.034, count: 41, of: 296 } },
    ]);
  });

  it('reads the classic bounce list with how much of it the page shows', () => {
    const f = fixture('activecampaign/classic-bounces.html');
    const r = extractBounces(loadFixtureDocument(f.file), f.url);
    expect(r.ok && [r.value.rows.length, r.value.stated, r.value.complete]).toEqual([12, 87, false]);
  });
});

describe('Campaign Monitor', () => {
  it('puts the % beside "clicked a link" in clicks.toOpenRate, never in clicks.rate', () => {
    const f = fixture('campaign-monitor/snapshot.html');
    const r = extractReport(loadFixtureDocument(f.file), f.url);
    expect(r.ok && r.value.clicks).toEqual({ unique: 98, toOpenRate: 0.139 });
  });

  it('leaves out a bounce share that does not fit its counts', () => {
    const f = fixture('campaign-monitor/snapshot.html');
    const doc = loadFixtureDocument(f.file);
    Array.from(doc.querySelectorAll('small')).find((s) => s.textContent?.includes('of emails sent'))!.textContent =
      '0.5% of emails sent';
    const r = extractReport(doc, f.url);
    expect(r.ok && r.value.bounces).toEqual({ total: 110 });
    expect(r.ok && r.notes).toEqual([
      { id: 'rate-mismatch', params: { figure: 'bounces.rate', shown: 0.005, count: 110, of: 2286 } },
    ]);
  });

  it('does not read the public web version even when its text looks like a report', () => {
    const f = fixture('campaign-monitor/web-version.html');
    expect(extractReport(loadFixtureDocument(f.file), f.url)).toEqual({ ok: false, reason: 'not-a-report-page' });
  });
});
