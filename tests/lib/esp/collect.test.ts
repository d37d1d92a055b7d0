// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { accumulateRows, collectBounceList, coverageOf, nextPageUrl, pagingOf, toBounceList } from '../../../lib/esp/collect';
import { extractBounces } from '../../../lib/esp';
import { bounceListHtml } from '../../support/generate-bounces';

const BASE = 'https://us21.admin.mailchimp.com/reports/activity/bounced?id=9000001';
/** Page n of a 3-page list, 100 rows each, with a "Next" link except on the last. */
function pageHtml(n: number): string {
  const html = bounceListHtml(100, n).replace(/(\w+)\.(\d+)@/g, `$1.p${n}x$2@`);
  return n < 3 ? html.replace('</main>', `<nav><a href="/reports/activity/bounced?id=9000001&amp;page=${n + 1}">Next</a></nav></main>`) : html;
}
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const pageOf = (url: string) => Number(new URL(url).searchParams.get('page') ?? 1);

describe('collectBounceList', () => {
  it('follows pagination to the end', async () => {
    const progress: [number, number][] = [];
    const r = await collectBounceList(BASE, async (u) => parse(pageHtml(pageOf(u))), extractBounces, { onProgress: (p, n) => progress.push([p, n]) });
    expect(r).toMatchObject({ pages: 3, complete: true });
    expect(r.items).toHaveLength(300);
    expect(progress).toEqual([[1, 100], [2, 200], [3, 300]]);
  });

  it('says how far it got when a page fails, and keeps what it has', async () => {
    const r = await collectBounceList(BASE, async (u) => {
      if (pageOf(u) === 3) throw new Error('HTTP 503');
      return parse(pageHtml(pageOf(u)));
    }, extractBounces);
    expect(r).toMatchObject({ pages: 2, complete: false, stopped: { kind: 'page-failed', page: 3, error: 'HTTP 503' } });
    expect(r.items).toHaveLength(200);
  });

  it('stops on cancel', async () => {
    const ctl = new AbortController();
    const r = await collectBounceList(BASE, async (u) => parse(pageHtml(pageOf(u))), extractBounces, { signal: ctl.signal, onProgress: () => ctl.abort() });
    expect(r).toMatchObject({ pages: 1, complete: false, stopped: { kind: 'cancelled' } });
  });

  it('says so when the list is built by script and cannot be fetched', async () => {
    const r = await collectBounceList(BASE, async () => parse('<html><body><div id="app"></div></body></html>'), extractBounces);
    expect(r).toMatchObject({ pages: 0, complete: false, stopped: { kind: 'built-by-script' } });
  });

  it('finds next links by rel or by text, same origin only', () => {
    expect(nextPageUrl(parse('<a rel="next" href="?page=2">2</a>'), BASE)).toBe('https://us21.admin.mailchimp.com/reports/activity/bounced?page=2');
    expect(nextPageUrl(parse('<a href="/x?page=3">Volgende</a>'), BASE)).toBe('https://us21.admin.mailchimp.com/x?page=3');
    expect(nextPageUrl(parse('<a href="https://evil.example/next">Next</a>'), BASE)).toBeUndefined();
    expect(nextPageUrl(parse('<a href="/help">Help</a>'), BASE)).toBeUndefined();
  });
});

describe('how much of the list is known ("10 of 392 read")', () => {
  const withLine = (line: string, next = true) =>
    parse(`<main><table><tr><td>a@example.be</td></tr></table><p>${line}</p>${next ? '<button><span class="visually-hidden">Go to next page</span></button>' : ''}</main>`);

  it.each([
    ['Showing results 1 - 10 of 392', { from: 1, to: 10, total: 392 }],
    ['Showing results 11 – 20 of 1,392', { from: 11, to: 20, total: 1392 }],
    ['Resultaten 1 - 10 van 1.392 weergegeven', { from: 1, to: 10, total: 1392 }],
    ['Résultats 1 - 10 sur 1\u202f392', { from: 1, to: 10, total: 1392 }],
    ['Ergebnisse 1 - 25 von 392', { from: 1, to: 25, total: 392 }],
    ['Resultados 1 - 10 de 392', { from: 1, to: 10, total: 392 }],
  ])('reads %j', (line, want) => expect(pagingOf(withLine(line.replace('\\u202f', '\u202f')))).toEqual(want));

  it('refuses impossible paging lines', () => {
    expect(pagingOf(withLine('Showing results 1 - 10 of 5'))).toBeUndefined();
    expect(pagingOf(withLine('Sent 10 - 12 of December'))).toBeUndefined();
  });

  it('derives stated and complete from the page when the adapter gives rows only', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ email: `r${i}@example.be`, espType: 'hard' as const }));
    expect(toBounceList(rows, withLine('Showing results 1 - 10 of 392'))).toEqual({ rows, stated: 392, complete: false });
    expect(toBounceList(rows, withLine('Showing results 1 - 10 of 10', false))).toEqual({ rows, stated: 10, complete: true });
    expect(toBounceList(rows, withLine('', true))).toEqual({ rows, complete: false });
    expect(toBounceList(rows, withLine('', false))).toEqual({ rows, complete: true });
    expect(toBounceList(rows, withLine('', true), 392)).toEqual({ rows, stated: 392, complete: false });
    const list = { rows, stated: 12, complete: false };
    expect(toBounceList(list, withLine('Showing results 1 - 10 of 392'))).toBe(list);
  });

  it('coverage is complete only when every stated row is known', () => {
    expect(coverageOf(10, 392)).toEqual({ read: 10, stated: 392, complete: false });
    expect(coverageOf(392, 392)).toEqual({ read: 392, stated: 392, complete: true });
    expect(coverageOf(12, undefined, true)).toEqual({ read: 12, complete: true });
  });

  it('accumulates pages by address, filling gaps and never doubling', () => {
    const a = [{ email: 'Jan@Example.be', espType: 'unknown' as const }, { email: 'els@example.be', espType: 'soft' as const }];
    const b = [{ email: 'jan@example.be', espType: 'hard' as const, reason: '550 5.1.1' }, { email: 'piet@example.be', espType: 'soft' as const }];
    expect(accumulateRows(a, b)).toEqual([
      { email: 'Jan@Example.be', espType: 'hard', reason: '550 5.1.1' },
      { email: 'els@example.be', espType: 'soft' },
      { email: 'piet@example.be', espType: 'soft' },
    ]);
    expect(a[0]!.espType).toBe('unknown');
  });
});
