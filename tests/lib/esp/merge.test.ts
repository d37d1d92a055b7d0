// One campaign across tabs (issue 17 §1), from the ActiveCampaign classic fixtures.
// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../lib/esp';
import { addReading, campaignKeyOf, mergeReadings, type TabReading } from '../../../lib/esp/merge';
import { PAGE_FIXTURES } from '../../fixtures/esp';
import { loadFixtureDocument } from '../../support/load-fixture';

function readingOf(file: string, readAt: number): TabReading {
  const f = PAGE_FIXTURES.find((x) => x.file === file)!;
  const r = extractReport(loadFixtureDocument(f.file), f.url);
  if (!r.ok) throw new Error(file);
  return { tab: f.kind as TabReading['tab'], readAt, report: r.value };
}

describe('mergeReadings', () => {
  const overview = readingOf('activecampaign/classic-overview.html', 1000);
  const bounces = readingOf('activecampaign/classic-bounces.html', 2000);
  const opens = readingOf('activecampaign/classic-opens.html', 3000);

  it('merges the tabs of one campaign, keeping where and when each figure was read', () => {
    const m = mergeReadings([overview, bounces, opens])!;
    expect(m.report).toEqual({
      provider: 'activecampaign',
      campaignId: '42',
      accountKey: 'activecampaign:atelier.activehosted.com',
      campaignName: 'Zomercollectie 2026',
      recipients: 3120,
      opens: { unique: 512, total: 760, rate: 0.164 },
      clicks: { rate: 0.031 },
      bounces: { total: 87, rate: 0.028 },
      unsubscribes: { rate: 0.004 },
    });
    expect(m.sources['bounces.total']).toEqual({ tab: 'bounces', readAt: 2000 });
    expect(m.sources['bounces.rate']).toEqual({ tab: 'overview', readAt: 1000 });
    expect(m.sources['opens.unique']).toEqual({ tab: 'opens', readAt: 3000 });
    expect(m.notes).toEqual([]);
  });

  it('checks a rate from one tab against counts from another', () => {
    const wrong = { ...bounces, report: { ...bounces.report, bounces: { total: 300 } } };
    const m = mergeReadings([overview, wrong])!;
    expect(m.report.bounces).toEqual({ total: 300 });
    expect(m.sources['bounces.rate']).toBeUndefined();
    expect(m.notes).toEqual([
      { id: 'rate-mismatch', params: { figure: 'bounces.rate', shown: 0.028, count: 300, of: 3120 } },
    ]);
  });

  it('never merges another campaign or another account', () => {
    const other = { ...bounces, readAt: 500, report: { ...bounces.report, campaignId: '43', bounces: { total: 1 } } };
    const otherAccount = {
      ...bounces,
      readAt: 600,
      report: { ...bounces.report, accountKey: 'activecampaign:other.activehosted.com' },
    };
    const m = mergeReadings([overview, other, otherAccount])!;
    expect(m.report.bounces).toEqual({ rate: 0.028 });
    expect(campaignKeyOf(overview.report)).toBe('activecampaign:atelier.activehosted.com:42');
  });

  it('lets the newest reading of a figure win', () => {
    const later = { ...bounces, readAt: 9000, report: { ...bounces.report, bounces: { total: 88 } } };
    expect(mergeReadings([overview, bounces, later])!.report.bounces?.total).toBe(88);
  });

  it('stores the newest reading per tab, figures only', () => {
    let store = addReading({}, overview);
    store = addReading(store, bounces);
    store = addReading(store, { ...bounces, readAt: 5000 });
    const list = store['activecampaign:atelier.activehosted.com:42']!;
    expect(list.map((r) => [r.tab, r.readAt])).toEqual([
      ['overview', 1000],
      ['bounces', 5000],
    ]);
    expect(list[0]!.report.campaignName).toBeUndefined();
  });
});
