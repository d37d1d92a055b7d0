// Cross-checks before anything is shown (issue 17 §2): figures that cannot be true are left out
// and named as data.
import { describe, expect, it } from 'vitest';
import { crossCheck, rateFits, validateReport } from '../../../lib/esp/validate';
import type { CampaignReport } from '../../../lib/esp/types';

const base: CampaignReport = {
  provider: 'mailchimp',
  campaignId: '1',
  recipients: 2000,
  delivered: 1608,
  bounces: { total: 392, rate: 0.196 },
  opens: { unique: 158, rate: 0.098 },
};

describe('rateFits', () => {
  it('accepts a rate within half a unit of its last shown digit (rounded, not truncated)', () => {
    expect(rateFits(0.196, 392, 2000)).toBe(true);
    expect(rateFits(0.007, 12, 1608)).toBe(true); // 0.746 % shown as 0.7 %
    expect(rateFits(0.2, 392, 2000)).toBe(true); // "20%": whole percent
    expect(rateFits(0.004, 392, 2000)).toBe(false);
    expect(rateFits(0, 0, 0)).toBe(true);
    expect(rateFits(0.1, 0, 0)).toBe(false);
  });

  it('refuses a rate a whole unit off, which only truncation would give', () => {
    expect(rateFits(0.195, 392, 2000)).toBe(false); // 19.6 % shown as 19.5 %
    expect(rateFits(0.008, 12, 1608)).toBe(false); // 0.746 % shown as 0.8 %
    expect(rateFits(0.0075, 12, 1608)).toBe(true); // 0.746 % shown as 0.75 %
  });

  it('uses the decimals the page showed when they are known', () => {
    // "20.0%" reads as 0.2: inferred, whole percent (19.6 fits); shown with one decimal, it does not.
    expect(rateFits(0.2, 392, 2000)).toBe(true);
    expect(rateFits(0.2, 392, 2000, 1)).toBe(false);
    expect(rateFits(0.196, 392, 2000, 1)).toBe(true);
    expect(rateFits(0.197, 392, 2000, 1)).toBe(false);
    expect(rateFits(0.0196, 392, 20000, 2)).toBe(true); // 1.96 %
    expect(rateFits(0.0195, 392, 20000, 2)).toBe(false);
  });
});

describe('crossCheck', () => {
  it('keeps figures that fit together', () => expect(crossCheck(base)).toEqual({ report: base, notes: [] }));

  it('leaves out a bounce rate that is not 392 of 2,000, naming what it compared', () => {
    const r = crossCheck({ ...base, bounces: { total: 392, rate: 0.004 } });
    expect(r.report.bounces).toEqual({ total: 392 });
    expect(r.notes).toEqual([
      { id: 'rate-mismatch', params: { figure: 'bounces.rate', shown: 0.004, count: 392, of: 2000 } },
    ]);
  });

  it('accepts an open rate over deliveries or over recipients, nothing else', () => {
    expect(crossCheck({ ...base, opens: { unique: 158, rate: 0.079 } }).notes).toEqual([]); // 158 / 2000
    expect(crossCheck({ ...base, opens: { unique: 158, rate: 0.5 } }).notes[0]).toMatchObject({
      id: 'rate-mismatch',
      params: { figure: 'opens.rate', of: 1608 },
    });
  });

  it('checks click-to-open against unique opens, never against deliveries', () => {
    const ok = crossCheck({ ...base, clicks: { unique: 12, toOpenRate: 0.076 } });
    expect(ok.notes).toEqual([]);
    const bad = crossCheck({ ...base, clicks: { unique: 12, toOpenRate: 0.007 } });
    expect(bad.report.clicks).toEqual({ unique: 12 });
    expect(bad.notes).toEqual([
      { id: 'rate-mismatch', params: { figure: 'clicks.toOpenRate', shown: 0.007, count: 12, of: 158 } },
    ]);
  });

  it('leaves out bounces over recipients', () => {
    const r = crossCheck({ ...base, bounces: { total: 2400, rate: 0.196 } });
    expect(r.report.bounces).toBeUndefined();
    expect(r.notes[0]).toEqual({
      id: 'exceeds',
      params: { figure: 'bounces.total', value: 2400, limit: 'recipients', max: 2000 },
    });
  });

  it('keeps a rate whose counts are unknown (it cannot be checked, so it is not called wrong)', () => {
    expect(crossCheck({ provider: 'activecampaign', recipients: 3120, bounces: { rate: 0.028 } }).notes).toEqual([]);
  });

  it('drops negative, fractional and unsafe counts', () => {
    const r = crossCheck({ provider: 'mailchimp', recipients: -5, delivered: 1.5, bounces: { total: 2 ** 60 } });
    expect(r.report).toEqual({ provider: 'mailchimp' });
    expect(r.notes.map((n) => n.id)).toEqual(['impossible-value', 'impossible-value', 'impossible-value']);
  });
});

describe('validateReport', () => {
  it('names the required figures it could not read', () => {
    expect(validateReport({ provider: 'mailchimp', recipients: 10 }, ['recipients', 'bounces.total'])).toEqual({
      ok: true,
      value: { provider: 'mailchimp', recipients: 10 },
      notes: [{ id: 'missing-figure', params: { figure: 'bounces.total' } }],
    });
  });
  it('is no report without any required figure', () => {
    expect(validateReport({ provider: 'mailchimp' }, ['recipients'])).toEqual({
      ok: false,
      reason: 'layout-changed',
      missing: ['recipients'],
    });
  });
  it('shortens a 600-character subject instead of refusing the report', () => {
    const r = validateReport({ provider: 'mailchimp', recipients: 10, subject: 's'.repeat(600) }, ['recipients']);
    expect(r.ok && r.value.subject).toBe(`${'s'.repeat(299)}…`);
    expect(r.ok && r.notes).toEqual([{ id: 'truncated', params: { field: 'subject', length: 600 } }]);
  });
});
