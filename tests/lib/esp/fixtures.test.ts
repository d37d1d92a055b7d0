// Every fixture is claimed by exactly the adapter and page kind it says (none for non-report
// pages), every adapter has fixtures for each page kind the registry says it reads, and each
// fixture with an expected file is read to exactly that value.
// @vitest-environment happy-dom
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, claim, extractBounces, extractReport } from '../../../lib/esp';
import { PROVIDERS } from '../../../lib/esp/providers';
import { PAGE_FIXTURES } from '../../fixtures/esp';
import { ESP_FIXTURE_DIR, loadExpected, loadFixtureDocument } from '../../support/load-fixture';

/** The settled state of a late-filling page, as the page's own script leaves it. */
function settled(file: string): Document {
  const doc = loadFixtureDocument(file);
  doc.querySelectorAll('[data-later]').forEach((el) => (el.textContent = el.getAttribute('data-later')));
  return doc;
}

describe('ESP fixtures', () => {
  for (const f of PAGE_FIXTURES) {
    it(`${f.file} is claimed by ${f.provider ? `${f.provider} ${f.kind}` : 'no adapter'}`, () => {
      expect(claim(settled(f.file), f.url)).toEqual(f.provider ? [{ provider: f.provider, kind: f.kind }] : []);
    });
    if (f.expected)
      it(`${f.file} gives exactly its figures`, () => {
        expect(extractReport(settled(f.file), f.url)).toEqual({ ok: true, value: loadExpected(f.expected!) });
      });
    if (f.expectedBounces)
      it(`${f.file} gives exactly its bounce list`, () => {
        expect(extractBounces(settled(f.file), f.url)).toEqual({ ok: true, value: loadExpected(f.expectedBounces!) });
      });
    if (!f.provider)
      it(`${f.file} yields no figures`, () => {
        const r = extractReport(settled(f.file), f.url);
        expect(r.ok).toBe(false);
      });
  }

  it('names a README for every provider folder, and every fixture file exists', () => {
    for (const f of PAGE_FIXTURES) expect(existsSync(ESP_FIXTURE_DIR + f.file), f.file).toBe(true);
    for (const dir of new Set(PAGE_FIXTURES.map((f) => f.file.split('/')[0])))
      expect(existsSync(`${ESP_FIXTURE_DIR}${dir}/README.md`), dir).toBe(true);
  });

  it('has fixtures for every page kind each adapter reads (two for overviews and bounce lists) and a negative one', () => {
    for (const p of PROVIDERS.filter((x) => x.adapter)) {
      expect(
        ADAPTERS.some((a) => a.provider === p.id),
        p.id,
      ).toBe(true);
      for (const kind of p.pageKinds) {
        const n = PAGE_FIXTURES.filter(
          (f) => f.provider === p.id && f.kind === kind && (f.expected || f.expectedBounces),
        ).length;
        expect(n, `${p.id} ${kind}`).toBeGreaterThanOrEqual(kind === 'overview' || kind === 'bounces' ? 2 : 1);
      }
      const host = PAGE_FIXTURES.filter(
        (f) => f.provider === null && f.file.startsWith(p.id === 'campaign-monitor' ? 'campaign-monitor' : p.id),
      );
      expect(host.length, `${p.id} negatives`).toBeGreaterThanOrEqual(1);
    }
  });
});
