// A report tab's stores through the background (lib/platform/tab-stores.ts → the router →
// store-messages.ts → storage): what the panel reads and writes, what is kept of what it sends, and
// what a refusal does. The triggers of store-watch.ts as well.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fakeBrowser = await vi.hoisted(async () => (await import('../../support/fake-browser')).installFakeBrowser());
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

import {
  dismissCampaign,
  loadPanelStores,
  loadReadings,
  loadSettings,
  recordHistory,
  savePanelCollapsed,
  saveReading,
  saveSenderDomain,
  saveUiState,
} from '../../../lib/platform/tab-stores';
import { onDismissalsRestored, onSettingsChanged } from '../../../lib/platform/store-watch';
import { defaultSettings } from '../../../lib/platform/settings-schema';
import type { HistoryEntry } from '../../../lib/history/entries';
import type { TabReading } from '../../../lib/esp/merge';
import { REPORT_TAB, serveStores } from '../../support/fake-background';

const ACCOUNT = 'mailchimp:us21.admin.mailchimp.com';
const march: HistoryEntry = {
  provider: 'mailchimp',
  campaignId: '7700001',
  sentAt: '2026-03-10T09:00:00Z',
  recipients: 2000,
  bounces: { total: 40, hard: 12, soft: 28, rate: 0.02 },
};
const april: HistoryEntry = {
  provider: 'mailchimp',
  campaignId: '7700002',
  sentAt: '2026-04-14T09:00:00Z',
  recipients: 2100,
};
const overview: TabReading = {
  tab: 'overview',
  readAt: 1_770_000_000_000,
  report: {
    provider: 'mailchimp',
    campaignId: '7700001',
    accountKey: ACCOUNT,
    campaignName: 'Voorjaarsactie – klanten Gent',
    senderEmail: 'nieuws@bakkerij-example.be',
    recipients: 2000,
    opens: { unique: 700, rate: 0.35 },
  },
};

let stop = () => {};
beforeEach(() => {
  fakeBrowser.reset();
  stop = serveStores();
});

describe("a report tab's stores, through the background", () => {
  it('reads the defaults from an empty store', async () => {
    expect(await loadSettings()).toEqual(defaultSettings());
    expect(await loadPanelStores()).toEqual({
      senderDomains: {},
      history: {},
      panelState: { version: 1, collapsed: false, dismissed: {} },
      uiState: { sections: {} },
    });
  });

  it('records the history and gives the account its list back, oldest first', async () => {
    const first = recordHistory(ACCOUNT, april, []);
    expect(first.entries).toEqual([april]);
    expect(await first.written).toBe(true);
    const second = recordHistory(ACCOUNT, march, [april]);
    expect(second.entries).toEqual([march, april]);
    expect(await second.written).toBe(true);
    expect((await loadPanelStores()).history).toEqual({ [ACCOUNT]: [march, april] });
  });

  it('writes what the panel remembers: sender domain, layout, collapsed, a dismissal', async () => {
    await saveSenderDomain(ACCOUNT, 'bakkerij-example.be');
    await saveUiState({ sections: { dns: true }, position: { top: 120, right: 16 } });
    await savePanelCollapsed(true);
    await dismissCampaign(`${ACCOUNT}#7700001`);
    const stores = await loadPanelStores();
    expect(stores.senderDomains).toEqual({ [ACCOUNT]: 'bakkerij-example.be' });
    expect(stores.uiState).toEqual({ sections: { dns: true }, position: { top: 120, right: 16 } });
    expect(stores.panelState.collapsed).toBe(true);
    expect(Object.keys(stores.panelState.dismissed)).toEqual([`${ACCOUNT}#7700001`]);
  });

  it("keeps a reading's figures, never its names or addresses", async () => {
    await saveReading(overview);
    const { campaignName: _n, senderEmail: _e, ...figures } = overview.report;
    expect(await loadReadings(overview.report)).toEqual([{ ...overview, report: figures }]);
    const { espReadings } = await fakeBrowser.storage.local.get('espReadings');
    expect(JSON.stringify(espReadings)).not.toContain('bakkerij');
    expect(JSON.stringify(espReadings)).not.toContain('Voorjaarsactie');
    // A report without a campaign key has no readings to ask for.
    expect(await loadReadings({ provider: 'mailchimp', recipients: 10 })).toEqual([]);
  });

  it('refuses a history entry that cannot be true, and stores nothing of it', async () => {
    const impossible = { ...april, recipients: -5 };
    // The panel still shows the report beside what it had read; nothing is stored.
    const recorded = recordHistory(ACCOUNT, impossible, [march]);
    expect(recorded.entries).toEqual([march, impossible]);
    expect(await recorded.written).toBe(false);
    expect((await loadPanelStores()).history).toEqual({});
  });

  it('answers no page on an origin the user did not grant', async () => {
    stop();
    serveStores({ ...REPORT_TAB, url: 'https://evil.example/reports/summary?id=1' });
    await expect(loadPanelStores()).rejects.toThrow('refused: origin-not-granted');
    await expect(loadSettings()).rejects.toThrow('refused: origin-not-granted');
    await saveSenderDomain(ACCOUNT, 'evil.example');
    expect(await fakeBrowser.storage.local.get('senderDomains')).toEqual({});
  });
});

describe('what a report tab watches', () => {
  it('hears a change of settings, and nothing else', async () => {
    const heard: string[] = [];
    const off = onSettingsChanged(() => heard.push('settings'));
    await fakeBrowser.storage.local.set({ ui: { sections: {} } });
    await fakeBrowser.storage.local.set({ settings: { lang: 'nl' } });
    off();
    await fakeBrowser.storage.local.set({ settings: { lang: 'fr' } });
    expect(heard).toEqual(['settings']);
  });

  it('hears dismissals forgotten, not a new one', async () => {
    let heard = 0;
    const off = onDismissalsRestored(() => heard++);
    await dismissCampaign(`${ACCOUNT}#1`);
    await dismissCampaign(`${ACCOUNT}#2`);
    expect(heard).toBe(0);
    await fakeBrowser.storage.local.set({ panelState: { version: 1, collapsed: false, dismissed: {} } });
    expect(heard).toBe(1);
    off();
  });
});
