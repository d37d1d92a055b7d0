// Every fixture is claimed by exactly the adapter and page kind it says (none for non-report
// pages), every adapter has fixtures for each page kind it reads, and each fixture with an
// expected file is read to exactly that value.
// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ADAPTERS, claim, extractBounces, extractReport } from '../../../lib/esp';
import { PAGE_FIXTURES } from '../../fixtures/esp';
import { loadExpected, loadFixtureDocument } from '../../support/load-fixture';

describe('ESP fixtures', () => {
  for (const f of PAGE_FIXTURES) {
    it(`${f.file} is claimed by ${f.provider ? `${f.provider} ${f.kind}` : 'no adapter'}`, () => {
      expect(claim(loadFixtureDocument(f.file), f.url)).toEqual(f.provider ? [{ provider: f.provider, kind: f.kind }] : []);
    });
    if (f.expected)
      it(`${f.file} is read exactly`, () => {
        const doc = loadFixtureDocument(f.file);
        // Late-filling pages: the settled state, as the page's own script leaves it.
        doc.querySelectorAll('[data-later]').forEach((el) => (el.textContent = el.getAttribute('data-later')));
        const res = f.kind === 'bounces' ? extractBounces(doc, f.url) : extractReport(doc, f.url);
        expect(res).toEqual({ ok: true, value: loadExpected(f.expected!) });
      });
  }

  it('has at least two fixtures for every adapter and page kind it reads', () => {
    const counts = new Map<string, number>();
    for (const f of PAGE_FIXTURES) if (f.provider) counts.set(`${f.provider} ${f.kind}`, (counts.get(`${f.provider} ${f.kind}`) ?? 0) + 1);
    for (const a of ADAPTERS) for (const kind of a.provider === 'mailchimp' ? ['overview', 'bounces', 'abuse'] : ['overview', 'bounces'])
      expect(counts.get(`${a.provider} ${kind}`) ?? 0, `${a.provider} ${kind}`).toBeGreaterThanOrEqual(2);
  });
});
