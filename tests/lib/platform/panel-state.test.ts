// The panel's remembered collapse and per-campaign dismissal (issue 13 §10), on an in-memory
// storage area with browser.storage.local's shape.
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { storage: { local: {} } } }));
const {
  campaignKey,
  dismissCampaign,
  isDismissed,
  loadPanelState,
  MAX_DISMISSED,
  parsePanelState,
  restoreDismissed,
  savePanelCollapsed,
} = await import('../../../lib/platform/panel-state');

function memory(initial: Record<string, unknown> = {}) {
  const data = { ...initial };
  return {
    data,
    get: async (k: string) => (k in data ? { [k]: data[k] } : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
  };
}

describe('panel state', () => {
  it('remembers collapse and dismissal per campaign, not per ESP', async () => {
    const area = memory();
    expect(await loadPanelState(area)).toEqual({ version: 1, collapsed: false, dismissed: {} });
    await savePanelCollapsed(true, area);
    const key = campaignKey(
      'mailchimp:us21.admin.mailchimp.com:8f2c',
      'mailchimp:us21.admin.mailchimp.com',
      '4409731',
    )!;
    await dismissCampaign(key, new Date('2026-03-11T09:00:00Z'), area);
    const state = await loadPanelState(area);
    expect(state).toEqual({
      version: 1,
      collapsed: true,
      dismissed: { 'mailchimp:us21.admin.mailchimp.com:8f2c#4409731': '2026-03-11T09:00:00.000Z' },
    });
    expect(isDismissed(state, key)).toBe(true);
    expect(isDismissed(state, campaignKey('mailchimp:us21.admin.mailchimp.com:8f2c', 'x', '4409732'))).toBe(false);
    expect(isDismissed(state, campaignKey(undefined, 'x', undefined))).toBe(false);
  });

  it('restores every hidden panel, keeping the collapse', async () => {
    const area = memory({
      panelState: { version: 1, collapsed: true, dismissed: { a: '2026-01-01', b: '2026-01-02' } },
    });
    expect(await restoreDismissed(area)).toBe(2);
    expect(await loadPanelState(area)).toEqual({ version: 1, collapsed: true, dismissed: {} });
  });

  it('an unreadable field falls back alone', () => {
    expect(parsePanelState({ collapsed: 'yes', dismissed: { a: '2026-01-01' } })).toEqual({
      version: 1,
      collapsed: false,
      dismissed: { a: '2026-01-01' },
    });
    expect(parsePanelState({ collapsed: true, dismissed: [1] })).toEqual({
      version: 1,
      collapsed: true,
      dismissed: {},
    });
    expect(parsePanelState('garbage')).toEqual({ version: 1, collapsed: false, dismissed: {} });
  });

  it('keeps the newest dismissals only', async () => {
    const dismissed = Object.fromEntries(
      Array.from({ length: MAX_DISMISSED }, (_, i) => [`k${i}`, new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString()]),
    );
    const area = memory({ panelState: { version: 1, collapsed: false, dismissed } });
    await dismissCampaign('new', new Date('2026-06-01T00:00:00Z'), area);
    const state = await loadPanelState(area);
    expect(Object.keys(state.dismissed)).toHaveLength(MAX_DISMISSED);
    expect(state.dismissed.new).toBe('2026-06-01T00:00:00.000Z');
    expect(state.dismissed.k0).toBeUndefined();
  });
});
