import { beforeEach, describe, expect, it, vi } from 'vitest';

// WXT's fake browser (wxt/testing re-exports @webext-core/fake-browser) behind the polyfill,
// `browser` and `chrome`, as in storage.test.ts.
const fakeBrowser = await vi.hoisted(async () => (await import('../../support/fake-browser')).installFakeBrowser());
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
import { loadAllReadings, loadReadings, saveReading } from '../../../lib/platform/readings-store';
import type { TabReading } from '../../../lib/esp/merge';

const A = 'activecampaign:atelier.activehosted.com:42';
const B = 'mailchimp:us21.admin.mailchimp.com:7700001';
const overview: TabReading = {
  tab: 'overview',
  readAt: 1_770_000_000_000,
  report: {
    provider: 'activecampaign',
    campaignId: '42',
    accountKey: 'activecampaign:atelier.activehosted.com',
    sentAt: '2026-03-10T09:00:00Z',
    recipients: 2000,
    opens: { unique: 700, rate: 0.35 },
  },
};
const bounces: TabReading = {
  tab: 'bounces',
  readAt: 1_770_000_060_000,
  report: {
    provider: 'activecampaign',
    campaignId: '42',
    accountKey: 'activecampaign:atelier.activehosted.com',
    recipients: 2000,
    bounces: { total: 40, hard: 12, soft: 28 },
  },
};
const mailchimp: TabReading = {
  tab: 'overview',
  readAt: 1_770_000_120_000,
  report: {
    provider: 'mailchimp',
    campaignId: '7700001',
    accountKey: 'mailchimp:us21.admin.mailchimp.com',
    recipients: 12,
  },
};
const stored = async () =>
  (await fakeBrowser.storage.local.get(['espReadings', 'espReadings$'])) as Record<string, unknown>;

beforeEach(() => fakeBrowser.reset());

describe('readings per campaign', () => {
  it('keeps figures only, the newest reading of each tab, and versions the item', async () => {
    const saved = await saveReading({
      ...overview,
      report: { ...overview.report, campaignName: 'Lente 2026', subject: 'Nieuw!', senderEmail: 'nieuws@atelier.be' },
    });
    expect(saved).toStrictEqual({ saved: true, readings: [overview] });
    await saveReading(bounces);
    await saveReading({ ...overview, readAt: overview.readAt + 5, report: { ...overview.report, recipients: 2001 } });
    expect(await loadReadings(overview.report)).toStrictEqual([
      bounces,
      { ...overview, readAt: overview.readAt + 5, report: { ...overview.report, recipients: 2001 } },
    ]);
    expect((await stored())['espReadings$']).toEqual({ v: 2 });
  });

  it('drops one bad entry alone: a bad reading, a bad figure, a campaign that is not a list', async () => {
    await fakeBrowser.storage.local.set({
      espReadings: {
        [A]: [
          overview,
          { ...bounces, tab: 'settings' },
          { ...bounces, readAt: 'yesterday' },
          { ...bounces, report: { ...bounces.report, bounces: { total: 'forty', hard: 12, soft: 28 } } },
        ],
        [B]: [mailchimp, null, { tab: 'overview' }],
        'campaign-monitor:x:1': 'garbage',
      },
      espReadings$: { v: 2 },
    });
    expect(await loadAllReadings()).toEqual({
      [A]: [overview, { ...bounces, report: { ...bounces.report, bounces: { hard: 12, soft: 28 } } }],
      [B]: [mailchimp],
    });
    // The next write keeps every other campaign's readings.
    await saveReading({ ...mailchimp, readAt: mailchimp.readAt + 1 });
    expect(Object.keys(await loadAllReadings())).toEqual([A, B]);
  });

  it('checks stored figures again: an impossible one is left out, the others kept', async () => {
    await fakeBrowser.storage.local.set({
      espReadings: {
        [A]: [{ ...overview, report: { ...overview.report, recipients: -3, opens: { unique: 700, rate: 35 } } }],
      },
      espReadings$: { v: 2 },
    });
    expect((await loadReadings(overview.report))[0]!.report).toEqual({
      provider: 'activecampaign',
      campaignId: '42',
      accountKey: 'activecampaign:atelier.activehosted.com',
      sentAt: '2026-03-10T09:00:00Z',
      opens: { unique: 700 },
    });
  });

  it('migrates the unversioned value of the first release on start: bad entries and names left out', async () => {
    await fakeBrowser.storage.local.set({
      espReadings: {
        [A]: [{ ...overview, report: { ...overview.report, campaignName: 'Lente 2026' } }, { tab: 'opens' }],
        [B]: 'garbage',
      },
    });
    vi.resetModules();
    const fresh = await import('../../../lib/platform/readings-store');
    expect(await fresh.loadAllReadings()).toEqual({ [A]: [overview] });
    expect(await stored()).toEqual({ espReadings: { [A]: [overview] }, espReadings$: { v: 2 } });
  });

  it('a full quota leaves the reading unsaved, reported, and the readings still usable', async () => {
    await saveReading(overview);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const r = await saveReading(bounces);
    set.mockRestore();
    expect(r.saved).toBe(false);
    expect(r.readings.map((x) => x.tab)).toEqual(['overview', 'bounces']);
    expect(await loadReadings(overview.report)).toEqual([overview]);
  });

  it('a report without a campaign key is not stored', async () => {
    expect(await saveReading({ ...overview, report: { provider: 'manual', recipients: 10 } })).toEqual({
      saved: true,
      readings: [],
    });
    expect(await loadReadings({ provider: 'manual' })).toEqual([]);
  });
});
