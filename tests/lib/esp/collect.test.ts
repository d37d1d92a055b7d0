// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectBounceList, nextPageUrl } from '../../../lib/esp/collect';
import { extractBounces as extractList } from '../../../lib/esp';
import type { BouncedAddress, ExtractResult } from '../../../lib/esp/types';

// collect.ts (wt-lists) still takes the rows of a page; the BounceList's rows are them.
const extractBounces = (doc: Document, url: string): ExtractResult<BouncedAddress[]> => {
  const r = extractList(doc, url);
  return r.ok ? { ...r, value: r.value.rows } : r;
};
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
    expect(r).toMatchObject({ pages: 2, complete: false, stopped: 'page 3 could not be loaded (HTTP 503)' });
    expect(r.items).toHaveLength(200);
  });

  it('stops on cancel', async () => {
    const ctl = new AbortController();
    const r = await collectBounceList(BASE, async (u) => parse(pageHtml(pageOf(u))), extractBounces, { signal: ctl.signal, onProgress: () => ctl.abort() });
    expect(r).toMatchObject({ pages: 1, complete: false, stopped: 'cancelled' });
  });

  it('says so when the list is built by script and cannot be fetched', async () => {
    const r = await collectBounceList(BASE, async () => parse('<html><body><div id="app"></div></body></html>'), extractBounces);
    expect(r).toMatchObject({ pages: 0, complete: false, stopped: 'the bounce list is built in the browser; open it and export from there' });
  });

  it('finds next links by rel or by text, same origin only', () => {
    expect(nextPageUrl(parse('<a rel="next" href="?page=2">2</a>'), BASE)).toBe('https://us21.admin.mailchimp.com/reports/activity/bounced?page=2');
    expect(nextPageUrl(parse('<a href="/x?page=3">Volgende</a>'), BASE)).toBe('https://us21.admin.mailchimp.com/x?page=3');
    expect(nextPageUrl(parse('<a href="https://evil.example/next">Next</a>'), BASE)).toBeUndefined();
    expect(nextPageUrl(parse('<a href="/help">Help</a>'), BASE)).toBeUndefined();
  });
});
