// Every page of an account uses its remembered sender domain and history (issue 13 §3).
// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { resolvePageContext } from '../../../lib/diagnosis/page-context';
import { readComplainers } from '../../../lib/esp/complainers';
import { loadFixtureDocument } from '../../support/load-fixture';

const ACCOUNT = 'mailchimp:us21.admin.mailchimp.com:8f2c41d7a9b3e6f0c1d2e3a4b';
const entry = {
  provider: 'mailchimp' as const,
  campaignId: '4409731',
  sentAt: '2026-03-10T10:00',
  recipients: 2000,
  delivered: 1608,
};
const stored = {
  senderDomains: { [ACCOUNT]: 'atelier-example.be', 'mailchimp:us1.admin.mailchimp.com': 'other-example.be' },
  history: { [ACCOUNT]: [entry], 'mailchimp:us21.admin.mailchimp.com:0000': [{ ...entry, campaignId: '1' }] },
};

describe('resolvePageContext', () => {
  it('an overview uses its own account', () => {
    const c = resolvePageContext({
      provider: 'mailchimp',
      url: 'https://us21.admin.mailchimp.com/reports/summary?id=4409731',
      report: {
        provider: 'mailchimp',
        accountKey: ACCOUNT,
        campaignId: '4409731',
        senderDomainHint: 'atelier-example.be',
      },
      ...stored,
    });
    expect(c).toEqual({
      accountKey: ACCOUNT,
      remembered: 'atelier-example.be',
      hint: 'atelier-example.be',
      history: [entry],
      campaignId: '4409731',
    });
  });

  it('the abuse page, which names no account, uses the one whose history holds its campaign', () => {
    const c = resolvePageContext({
      provider: 'mailchimp',
      url: 'https://us21.admin.mailchimp.com/reports/activity/abuse?id=4409731',
      report: { provider: 'mailchimp', campaignId: '4409731', complaints: { count: 2 } },
      ...stored,
    });
    expect([c.accountKey, c.remembered, c.history]).toEqual([ACCOUNT, 'atelier-example.be', [entry]]);
  });

  it('the bounce list of an unknown campaign still finds the login host\u2019s remembered domain', () => {
    const c = resolvePageContext({
      provider: 'mailchimp',
      url: 'https://us1.admin.mailchimp.com/reports/activity/bounced?id=77',
      ...stored,
    });
    expect([c.accountKey, c.remembered, c.campaignId]).toEqual([
      'mailchimp:us1.admin.mailchimp.com',
      'other-example.be',
      '77',
    ]);
  });

  it('another ESP or host never borrows a domain', () => {
    const c = resolvePageContext({
      provider: 'mailchimp',
      url: 'https://us2.admin.mailchimp.com/reports/activity/abuse?id=1',
      ...stored,
    });
    expect(c).toEqual({ accountKey: undefined, remembered: undefined, hint: undefined, history: [], campaignId: '1' });
  });
});

describe('readComplainers', () => {
  it('reads the addresses from the abuse list', () => {
    expect(
      readComplainers(
        loadFixtureDocument('mailchimp/abuse.html'),
        'https://us21.admin.mailchimp.com/reports/activity/abuse?id=4409731',
      ),
    ).toEqual(['lien.maes@telenet.be', 'bart.jacobs@gmail.com']);
  });
});
