import { describe, expect, it } from 'vitest';
import { addToHistory, MAX_PER_ACCOUNT, toHistoryEntry } from '../../lib/history/entries';

describe('history', () => {
  it('keeps figures only', () => {
    expect(
      toHistoryEntry({
        provider: 'mailchimp',
        campaignId: '1',
        campaignName: 'Voor Jan',
        subject: 'Hoi Jan',
        senderEmail: 'a@b.be',
        sentAt: '2026-03-10T10:00',
        recipients: 2000,
        bounces: { total: 392 },
        accountKey: 'k',
        senderDomainHint: 'b.be',
      }),
    ).toEqual({
      provider: 'mailchimp',
      campaignId: '1',
      sentAt: '2026-03-10T10:00',
      recipients: 2000,
      bounces: { total: 392 },
    });
    expect(toHistoryEntry({ provider: 'mailchimp', recipients: 5 })).toBeUndefined();
  });

  it('replaces a campaign seen again, sorts by send time and caps the account', () => {
    let h = {};
    for (let i = 0; i < MAX_PER_ACCOUNT + 5; i++)
      h = addToHistory(h, 'acc', {
        provider: 'mailchimp',
        campaignId: `c${i}`,
        sentAt: `2026-01-01T${String(i % 24).padStart(2, '0')}:${String(i).padStart(2, '0')}`,
        recipients: i,
      });
    h = addToHistory(h, 'acc', {
      provider: 'mailchimp',
      campaignId: 'c54',
      sentAt: '2026-01-01T06:54',
      recipients: 999,
    });
    const list = (h as Record<string, { campaignId?: string; recipients?: number }[]>).acc!;
    expect(list).toHaveLength(MAX_PER_ACCOUNT);
    expect(list.filter((e) => e.campaignId === 'c54')).toEqual([
      { provider: 'mailchimp', campaignId: 'c54', sentAt: '2026-01-01T06:54', recipients: 999 },
    ]);
  });
});
