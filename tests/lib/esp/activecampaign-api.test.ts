// ActiveCampaign's own JSON, through an injected fetch (no network): used when the session is
// accepted, refused otherwise so the page is read instead.
import { describe, expect, it } from 'vitest';
import { readActiveCampaignApi } from '../../../lib/esp/activecampaign-api';

const ORIGIN = 'https://atelier.activehosted.com';
const json =
  (body: unknown, status = 200) =>
  async (url: string | URL | Request, init?: RequestInit) => {
    calls.push([String(url), init?.credentials]);
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
  };
let calls: [string, RequestCredentials | undefined][] = [];

describe('readActiveCampaignApi', () => {
  it('reads the campaign with the user session and no token', async () => {
    calls = [];
    const body = {
      campaign: {
        id: '42',
        name: 'Zomercollectie 2026',
        send_amt: '3120',
        uniqueopens: '512',
        opens: '760',
        uniquelinkclicks: '97',
        linkclicks: '131',
        hardbounces: '60',
        softbounces: '27',
        unsubscribes: '14',
      },
    };
    const r = await readActiveCampaignApi(ORIGIN, '42', json(body) as typeof fetch);
    expect(calls).toEqual([['https://atelier.activehosted.com/api/3/campaigns/42', 'include']]);
    expect(r).toEqual({
      ok: true,
      result: {
        ok: true,
        value: {
          provider: 'activecampaign',
          campaignId: '42',
          campaignName: 'Zomercollectie 2026',
          recipients: 3120,
          opens: { unique: 512, total: 760 },
          clicks: { unique: 97, total: 131 },
          bounces: { hard: 60, soft: 27, total: 87 },
          unsubscribes: { count: 14 },
          accountKey: 'activecampaign:atelier.activehosted.com',
        },
      },
    });
  });

  it('is refused on 403, on a login page and on an unknown shape', async () => {
    expect(await readActiveCampaignApi(ORIGIN, '42', json({ message: 'no' }, 403) as typeof fetch)).toEqual({
      ok: false,
      refused: 'status',
      status: 403,
    });
    expect(await readActiveCampaignApi(ORIGIN, '42', json('<html>Log in</html>') as typeof fetch)).toEqual({
      ok: false,
      refused: 'not-json',
    });
    expect(await readActiveCampaignApi(ORIGIN, '42', json({ campaigns: [] }) as typeof fetch)).toEqual({
      ok: false,
      refused: 'shape',
    });
    expect(
      await readActiveCampaignApi(ORIGIN, '42', (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch),
    ).toEqual({ ok: false, refused: 'network' });
  });

  it('refuses a signed or exponent count in the JSON too', async () => {
    const r = await readActiveCampaignApi(
      ORIGIN,
      '42',
      json({
        campaign: { send_amt: '3120', uniqueopens: '512', hardbounces: '-3', softbounces: '1e3' },
      }) as typeof fetch,
    );
    expect(r.ok && r.result.ok && r.result.value.bounces).toBeUndefined();
    expect(r.ok && r.result.ok && r.result.notes?.slice(0, 2)).toEqual([
      { id: 'refused-number', params: { figure: 'bounces.hard', text: '-3' } },
      { id: 'refused-number', params: { figure: 'bounces.soft', text: '1e3' } },
    ]);
  });
});
