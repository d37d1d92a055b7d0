import { describe, expect, it } from 'vitest';
import { buildRestartPlan, STOP_RULES } from '../../../lib/audit/plan';
import { planFromCampaign } from '../../../lib/audit/campaign-plan';

describe('restart plan (knowledge.md §8)', () => {
  it('the article-shaped list: customers and last-30 first, last-90 at +50 %, older groups at 20 %', () => {
    const p = buildRestartPlan({
      segments: {
        'customers-30': 370,
        'active-90': 260,
        'active-180': 240,
        'new-unengaged': 90,
        reconfirm: 410,
        'do-not-mail': 200,
      },
      providers: { gmail: 155, telenet: 155 },
    });
    expect(
      p.steps.map((s) => [s.n, s.day, s.volume, s.added, s.joins.map((j) => `${j.segment}:${j.count}`).join(' ')]),
    ).toEqual([
      [1, 0, 370, 370, 'customers-30:370'],
      [2, 3, 555, 185, 'active-90:185'],
      // The rest of the last-90 group, and older contacts only up to 20 % of 555 (111) in all.
      [3, 6, 666, 111, 'active-90:75 active-180:36'],
      [4, 9, 800, 134, 'active-180:134'],
      [5, 12, 960, 160, 'active-180:70 new-unengaged:90'],
    ]);
    expect([p.sends, p.audience, p.reconfirm.count, p.notMailed.count, p.capsBind]).toEqual([5, 960, 410, 200, false]);
    expect(p.steps[1]!.growth).toBe(0.5);
    expect(p.stopRules).toBe(STOP_RULES);
    expect(STOP_RULES.map((r) => [r.id, r.above ?? r.codes])).toEqual([
      ['bounces', 0.02],
      ['complaints', 0.001],
      ['deferrals', ['4.7.28', 'TSS04']],
    ]);
    expect(p.steps.every((s) => s.sources.length > 0)).toBe(true);
  });

  it('a small first group is topped up to 200 (SparkPost day 1); no group at all starts at 200', () => {
    const p = buildRestartPlan({ segments: { 'customers-30': 40, undated: 1000 } });
    expect(p.steps.slice(0, 3).map((s) => s.volume)).toEqual([200, 240, 288]);
    expect(p.sends).toBe(11);
    expect(p.steps.at(-1)!.volume).toBe(1040);
  });

  it('per-provider caps appear only where the volume binds', () => {
    const big = buildRestartPlan({
      segments: { 'customers-30': 30000, 'active-90': 20000 },
      providers: { gmail: 30000, 'microsoft-365': 15000, other: 5000 },
    });
    expect(big.capsBind).toBe(true);
    expect(big.steps[0]!.caps).toEqual([
      { provider: 'gmail', planned: 18000, max: 200 },
      { provider: 'microsoft-365', planned: 9000, max: 200 },
    ]);
    const small = buildRestartPlan({
      segments: { 'customers-30': 150, 'active-90': 60 },
      providers: { gmail: 100, telenet: 110 },
    });
    expect(small.capsBind).toBe(false);
  });
});

describe('planFromCampaign (issue 13 item 11)', () => {
  it("the article's campaign: 2,000 sent, 392 bounced, 3 complaints, 41 clicked", () => {
    const p = planFromCampaign({
      provider: 'mailchimp',
      recipients: 2000,
      bounces: { total: 392 },
      complaints: { count: 3 },
      clicks: { unique: 41 },
      opens: { unique: 300 },
    })!;
    expect(p.removed).toBe(395);
    expect(p.audience).toBe(1605);
    expect(p.steps[0]!.volume).toBe(200);
    expect(p.sends).toBe(13);
  });
  it('counts opens as activity only where Apple privacy opens are excluded', () => {
    const p = planFromCampaign({
      provider: 'mailchimp',
      recipients: 2000,
      bounces: { total: 0 },
      opens: { unique: 600 },
      clicks: { unique: 41 },
      mppExcluded: true,
    })!;
    expect(p.steps[0]!.joins).toEqual([{ segment: 'customers-30', count: 600 }]);
  });
  it('gives no plan without a recipient count', () => {
    expect(planFromCampaign({ provider: 'mailchimp' })).toBeUndefined();
  });
});
