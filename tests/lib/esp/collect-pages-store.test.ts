// Rows kept per campaign as the user clicks through the bounce pages (issue 17 §4): keyed by
// provider, account origin and campaign id; union by address; 30 days; 20 campaigns; an
// unreadable entry costs only itself.
// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} })); // the storage area is injected below

import {
  addBouncePage,
  campaignKeyOf,
  forgetBouncePages,
  loadBouncePages,
  watchBouncePages,
  type KeyValueArea,
} from '../../../lib/platform/bounce-pages-store';

function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea & { data: Record<string, unknown> } {
  const data = structuredClone(initial);
  return {
    data,
    get: async (k) => ({ [k]: structuredClone(data[k]) }),
    set: async (items) => void Object.assign(data, structuredClone(items)),
  };
}
const DAY = 24 * 3600 * 1000;

describe('bounce pages store', () => {
  it('keys a campaign by provider, origin and id', () => {
    expect(campaignKeyOf('mailchimp', 'https://us21.admin.mailchimp.com/reports/activity/bounced?id=9000001')).toBe(
      'mailchimp|https://us21.admin.mailchimp.com|9000001',
    );
    expect(campaignKeyOf('activecampaign', 'https://acme.activehosted.com/report/#/campaign/42/bounces')).toBe(
      'activecampaign|https://acme.activehosted.com|42',
    );
    expect(campaignKeyOf('mailchimp', 'https://us21.admin.mailchimp.com/reports/activity/bounced')).toBeUndefined();
  });

  it('accumulates pages by address and keeps the stated count', async () => {
    const area = memoryArea();
    await addBouncePage('k', [{ email: 'a@example.be', espType: 'hard' }], 392, area, 1000);
    const e = await addBouncePage(
      'k',
      [
        { email: 'A@example.be', espType: 'hard' },
        { email: 'b@example.be', espType: 'soft' },
      ],
      undefined,
      area,
      2000,
    );
    expect(e).toEqual({
      savedAt: 2000,
      stated: 392,
      rows: [
        { email: 'a@example.be', espType: 'hard' },
        { email: 'b@example.be', espType: 'soft' },
      ],
    });
    expect(await loadBouncePages('k', area, 2000 + 29 * DAY)).toEqual(e);
    expect(await loadBouncePages('k', area, 2000 + 31 * DAY)).toBeUndefined();
    await forgetBouncePages('k', area);
    expect(await loadBouncePages('k', area, 2000)).toBeUndefined();
  });

  it('keeps the 20 most recent campaigns; one unreadable entry costs only itself', async () => {
    const area = memoryArea({ bouncePages: { broken: { savedAt: 'x', rows: 3 }, good: { savedAt: 1, rows: [] } } });
    expect(await loadBouncePages('good', area, 1)).toEqual({ savedAt: 1, rows: [] });
    for (let i = 0; i < 25; i++)
      await addBouncePage(`c${i}`, [{ email: `r${i}@example.be`, espType: 'soft' }], undefined, area, 10 + i);
    const keys = Object.keys(area.data.bouncePages as object);
    expect(keys).toHaveLength(20);
    expect(keys).toContain('c24');
    expect(keys).not.toContain('c4');
  });

  it('reads each page the user opens once the list is quiet, and not twice the same', async () => {
    document.body.innerHTML = '<ul id="l"><li>a@example.be</li></ul>';
    const seen: string[][] = [];
    const read = () =>
      Array.from(document.querySelectorAll('li')).map((li) => ({ email: li.textContent!, espType: 'soft' as const }));
    const ctl = new AbortController();
    watchBouncePages(document, read, (rows) => seen.push(rows.map((r) => r.email)), ctl.signal, 10);
    document.getElementById('l')!.innerHTML = '<li>b@example.be</li><li>c@example.be</li>';
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    document.getElementById('l')!.setAttribute('data-x', '1');
    document.body.append(document.createElement('span'));
    await new Promise((r) => setTimeout(r, 40));
    expect(seen).toEqual([['a@example.be'], ['b@example.be', 'c@example.be']]);
    ctl.abort();
  });

  it('starts from the rows the panel already read while the page is unchanged, without reading it again', async () => {
    document.body.innerHTML = '<ul id="l"><li>a@example.be</li></ul>';
    let reads = 0;
    const read = () => {
      reads++;
      return Array.from(document.querySelectorAll('li')).map((li) => ({
        email: li.textContent!,
        espType: 'soft' as const,
      }));
    };
    const seen: string[][] = [];
    const ctl = new AbortController();
    const initial = { rows: [{ email: 'a@example.be', espType: 'hard' as const }], unchanged: () => true };
    watchBouncePages(
      document,
      read,
      (rows) => seen.push(rows.map((r) => `${r.email} ${r.espType}`)),
      ctl.signal,
      10,
      initial,
    );
    expect([reads, seen]).toEqual([0, [['a@example.be hard']]]);
    document.getElementById('l')!.innerHTML = '<li>b@example.be</li>';
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect([reads, seen]).toEqual([1, [['a@example.be hard'], ['b@example.be soft']]]);
    ctl.abort();
  });

  it('reads the page when it changed since the panel read it', () => {
    document.body.innerHTML = '<ul id="l"><li>b@example.be</li></ul>';
    const read = () =>
      Array.from(document.querySelectorAll('li')).map((li) => ({ email: li.textContent!, espType: 'soft' as const }));
    const seen: string[][] = [];
    const ctl = new AbortController();
    const initial = { rows: [{ email: 'a@example.be', espType: 'hard' as const }], unchanged: () => false };
    watchBouncePages(document, read, (rows) => seen.push(rows.map((r) => r.email)), ctl.signal, 10, initial);
    expect(seen).toEqual([['b@example.be']]);
    ctl.abort();
  });
});
