import { beforeEach, describe, expect, it, vi } from 'vitest';

// WXT's fake browser (wxt/testing re-exports @webext-core/fake-browser) behind the polyfill,
// `browser` and `chrome`, as WXT's vitest plugin sets it up.
const fakeBrowser = await vi.hoisted(async () => (await import('../../support/fake-browser')).installFakeBrowser());
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
import {
  clearHistory,
  loadAccountHistory,
  loadHistory,
  loadSenderDomains,
  loadSettings,
  loadUiState,
  recordHistory,
  saveSettings,
  takeSettingsNotice,
} from '../../../lib/platform/storage';
import { DEFAULT_ENDPOINTS } from '../../../lib/dns/endpoints';

const entry = (id: string, sentAt: string) => ({
  provider: 'mailchimp' as const,
  campaignId: id,
  sentAt,
  recipients: 2000,
});

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('keeps the api-contract names: resolvers and lang prepared from outside are read as they are', async () => {
    await fakeBrowser.storage.local.set({ settings: { resolvers: ['https://dns.example.net/dns-query'], lang: 'fr' } });
    const s = await loadSettings();
    expect(s.resolvers).toEqual(['https://dns.example.net/dns-query']);
    expect(s.lang).toBe('fr');
    expect(s.exportCheckDomains).toBe(true);
  });

  it('falls back per field: a bad field takes its default, every other field is kept', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        resolvers: ['https://private.example.be/dns-query'],
        exportCheckDomains: false,
        lang: 'klingon',
        csvBom: 'yes',
      },
    });
    const s = await loadSettings();
    expect(s.resolvers).toEqual(['https://private.example.be/dns-query']);
    expect(s.exportCheckDomains).toBe(false);
    expect(s.lang).toBe('auto');
    expect(s.csvBom).toBe(true);
    // The refused values are kept aside, the repair is written, and the user is told once.
    const stored = await fakeBrowser.storage.local.get(['settings', 'settingsRejected']);
    expect(stored.settingsRejected).toEqual({ lang: 'klingon', csvBom: 'yes' });
    expect((stored.settings as { exportCheckDomains: boolean }).exportCheckDomains).toBe(false);
    expect((await takeSettingsNotice())?.fields).toEqual(['lang', 'csvBom']);
    expect(await takeSettingsNotice()).toBeUndefined();
  });

  it('a saved change keeps the private resolver and "no look-ups" after a bad field was repaired', async () => {
    await fakeBrowser.storage.local.set({
      settings: { resolvers: ['https://private.example.be/dns-query'], exportCheckDomains: false, thresholds: 'x' },
    });
    await saveSettings({ lang: 'nl' });
    const s = await loadSettings();
    expect(s).toMatchObject({
      resolvers: ['https://private.example.be/dns-query'],
      exportCheckDomains: false,
      lang: 'nl',
      thresholds: {},
    });
  });

  it('reads defaults from nothing and from a value that is not an object', async () => {
    expect((await loadSettings()).resolvers).toEqual([...DEFAULT_ENDPOINTS]);
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect((await loadSettings()).resolvers).toEqual([...DEFAULT_ENDPOINTS]);
    expect((await fakeBrowser.storage.local.get('settingsRejected')).settingsRejected).toEqual({ '*': 'garbage' });
  });

  it('refuses a resolver that is not a DoH URL from our own UI', async () => {
    await expect(saveSettings({ resolvers: ['ftp://x'] })).rejects.toThrow();
    expect((await loadSettings()).resolvers).toEqual([...DEFAULT_ENDPOINTS]);
  });

  it('migrates a v1 profile to v2 on start and records the version', async () => {
    await fakeBrowser.storage.local.set({ settings: { resolvers: ['https://dns.example.net/dns-query'], lang: 'nl' } });
    vi.resetModules();
    const fresh = await import('../../../lib/platform/storage');
    expect((await fresh.loadSettings()).lang).toBe('nl');
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 2 });
  });
});

describe('history', () => {
  it('one bad entry is dropped alone and no other account loses anything on the next write', async () => {
    const a = Array.from({ length: 20 }, (_, i) => entry(`a${i}`, `2026-01-${String(i + 1).padStart(2, '0')}`));
    const b = Array.from({ length: 20 }, (_, i) => entry(`b${i}`, `2026-02-${String(i + 1).padStart(2, '0')}`));
    await fakeBrowser.storage.local.set({
      'history:acct-a': [...a.slice(0, 5), { provider: 'mailchimp', recipients: -3 }, ...a.slice(5)],
    });
    await fakeBrowser.storage.local.set({ 'history:acct-b': b });
    expect(await loadAccountHistory('acct-a')).toHaveLength(20);
    const recorded = await recordHistory('acct-a', entry('a20', '2026-01-31'));
    expect(recorded).toMatchObject({ saved: true });
    expect(recorded.entries).toHaveLength(21);
    const all = await loadHistory();
    expect(all['acct-b']).toHaveLength(20);
    expect(all['acct-a']).toHaveLength(21);
  });

  it('migrates the single-key history of the first releases into one key per account', async () => {
    await fakeBrowser.storage.local.set({
      history: { x: [entry('1', '2026-03-01'), { junk: true }], y: [entry('2', '2026-03-02')] },
    });
    expect(await loadHistory()).toEqual({ x: [entry('1', '2026-03-01')], y: [entry('2', '2026-03-02')] });
    expect((await fakeBrowser.storage.local.get('history')).history).toBeUndefined();
  });

  it('a full quota leaves the history unsaved, reported, and the figures still usable', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const recorded = await recordHistory('acct', entry('1', '2026-04-01'));
    set.mockRestore();
    expect(recorded).toEqual({ saved: false, entries: [entry('1', '2026-04-01')] });
    expect(await loadAccountHistory('acct')).toEqual([]);
  });

  it('reads every account by key, never the whole store (the kept bounce pages can be megabytes)', async () => {
    // Written before the index existed: found once by a full read, then kept.
    await fakeBrowser.storage.local.set({ 'history:acct-a': [entry('1', '2026-05-01')] });
    expect(await loadHistory()).toEqual({ 'acct-a': [entry('1', '2026-05-01')] });
    expect((await fakeBrowser.storage.local.get('historyAccounts')).historyAccounts).toEqual(['acct-a']);
    await recordHistory('acct-b', entry('2', '2026-05-02'));
    await fakeBrowser.storage.local.set({ bouncePages: { big: { savedAt: 1, rows: [] } } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await loadHistory()).toEqual({ 'acct-a': [entry('1', '2026-05-01')], 'acct-b': [entry('2', '2026-05-02')] });
    expect(get.mock.calls.map((c) => c[0])).toEqual([
      'history',
      'historyAccounts',
      ['history:acct-a', 'history:acct-b'],
    ]);
    get.mockRestore();
  });

  it('an account missing from the index (two tabs wrote it at once) comes back with its next report', async () => {
    await recordHistory('acct-a', entry('1', '2026-05-01'));
    await fakeBrowser.storage.local.set({ historyAccounts: [] });
    expect(await loadHistory()).toEqual({});
    await recordHistory('acct-a', entry('2', '2026-05-02'));
    expect(Object.keys(await loadHistory())).toEqual(['acct-a']);
  });

  it('clears every account', async () => {
    await recordHistory('a', entry('1', '2026-04-01'));
    await recordHistory('b', entry('2', '2026-04-02'));
    await clearHistory();
    expect(await loadHistory()).toEqual({});
    expect((await fakeBrowser.storage.local.get('historyAccounts')).historyAccounts).toEqual([]);
  });
});

describe('sender domains and layout', () => {
  it('drops an unreadable sender-domain entry alone', async () => {
    await fakeBrowser.storage.local.set({ senderDomains: { a: 'example.be', b: 42, c: 'x'.repeat(300) } });
    expect(await loadSenderDomains()).toEqual({ a: 'example.be' });
  });

  it('keeps the open sections when the stored position is unreadable', async () => {
    await fakeBrowser.storage.local.set({ ui: { sections: { dns: true }, position: { top: 'x' } } });
    expect(await loadUiState()).toEqual({ sections: { dns: true }, position: undefined });
  });
});
