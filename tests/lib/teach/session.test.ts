// @vitest-environment happy-dom
// Teaching the Brevo-like fixture by its elements, reading it back, and the self-check naming the
// figure a redesign broke (issue 18 "Done when", unit level; the browser run is tests/e2e/teach.spec.ts).
import { describe, expect, it } from 'vitest';
import { buildLayout, readPick } from '../../../lib/teach/session';
import { applyLayout } from '../../../lib/teach/apply';
import { parseLayoutFile, serializeLayout, type TaughtLayout } from '../../../lib/teach/layout';
import { FIGURES, type FigureId } from '../../../lib/teach/figures';
import { BREVO_PICKS, BREVO_REPORT, BREVO_URL, teachFixtureHtml } from '../../support/teach-fixture';

const load = (file: string) => new DOMParser().parseFromString(teachFixtureHtml(file), 'text/html');
const fold = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
/** The innermost element showing this text, as a click would hit it. */
function byText(doc: Document, text: string): Element {
  const all = Array.from(doc.body.querySelectorAll('*')).filter((e) => fold(e.textContent) === text);
  const hit = all.find((e) => !Array.from(e.children).some((c) => fold(c.textContent) === text));
  if (!hit) throw new Error(`no element shows ${text}`);
  return hit;
}
function teach(doc: Document): TaughtLayout {
  const picks = Object.fromEntries(FIGURES.map((f) => [f, byText(doc, BREVO_PICKS[f])])) as Record<FigureId, Element>;
  const r = buildLayout(doc, BREVO_URL, picks, 'brevo', new Date('2026-12-01T09:00:00Z'));
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.layout;
}

describe('teaching a layout', () => {
  it('reads each pick back as the figure asked for', () => {
    const doc = load('brevo-report.html');
    expect(readPick(byText(doc, '392'), 'bounces')).toEqual({ ok: true, count: 392 });
    expect(readPick(byText(doc, '704 (43.78%)'), 'opens')).toEqual({
      ok: true,
      count: 704,
      rate: 0.4378,
      rateDecimals: 2,
    });
    expect(readPick(byText(doc, '19.6%'), 'bounces')).toEqual({ ok: false, problem: 'rate-not-count' });
    expect(readPick(byText(doc, 'Spring newsletter 2025'), 'recipients')).toEqual({
      ok: false,
      problem: 'mostly-text',
    });
    expect(readPick(byText(doc, 'Newsletter BE (2 lists)'), 'recipients')).toEqual({
      ok: false,
      problem: 'mostly-text',
    });
    expect(readPick(byText(doc, 'Bounces'), 'bounces')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(readPick(byText(doc, 'Bounces'), 'sender')).toEqual({ ok: false, problem: 'not-an-email' });
  });

  it('builds a layout that reads the same page exactly, and again on a fresh load', () => {
    const layout = teach(load('brevo-report.html'));
    expect(layout.host).toBe('app.brevo.com');
    expect(layout.path).toBe('/camp/report/{n}');
    expect(applyLayout(load('brevo-report.html'), BREVO_URL, layout)).toEqual({
      ok: true,
      report: BREVO_REPORT,
      notes: [],
    });
    // Another campaign of the same account: same path template, its own id.
    const other = applyLayout(load('brevo-report.html'), 'https://app.brevo.com/camp/report/987', layout);
    expect(other.ok && other.report.campaignId).toBe('987');
  });

  it('gives every figure several alternatives, most stable first', () => {
    const layout = teach(load('brevo-report.html'));
    expect(layout.figures.bounces!.locators.map((l) => l.anchor.by)).toEqual([
      'href',
      'label',
      'id',
      'landmark',
      'landmark',
    ]);
    expect(layout.figures.opens!.locators[0]).toEqual({
      anchor: { by: 'testid', value: 'stat-opens', nth: 0 },
      down: [{ tag: 'span', nth: 1 }],
    });
    expect(layout.figures.unsubscribes!.locators[0]!.anchor).toEqual({
      by: 'aria',
      label: 'Unsubscriptions',
      role: 'group',
      nth: 0,
    });
    expect(layout.figures.complaints!.locators[0]).toEqual({
      anchor: { by: 'label', text: 'Complaints', nth: 0, up: 1 },
      down: [{ tag: 'td', nth: 0 }],
    });
  });

  it('names the figure a redesign broke and shows none (self-check)', () => {
    const layout = teach(load('brevo-report.html'));
    expect(applyLayout(load('brevo-report-redesigned.html'), BREVO_URL, layout)).toEqual({
      ok: false,
      failures: [{ figure: 'bounces', problem: 'rate-not-count' }],
    });
  });

  it('refuses figures that cannot all be true, and a rate that does not match its count', () => {
    const layout = teach(load('brevo-report.html'));
    const doc = load('brevo-report.html');
    byText(doc, '392').textContent = '2,400';
    expect(applyLayout(doc, BREVO_URL, layout)).toEqual({
      ok: false,
      failures: [
        {
          figure: 'all',
          problem: 'implausible',
          detail:
            'bounces (2400) exceed recipients (2000); deliveries (1608) plus bounces (2400) exceed recipients (2000)',
        },
      ],
    });
    const doc2 = load('brevo-report.html');
    byText(doc2, '704 (43.78%)').firstChild!.textContent = '705 ';
    expect(applyLayout(doc2, BREVO_URL, layout)).toEqual({
      ok: false,
      failures: [{ figure: 'opens', problem: 'rate-mismatch' }],
    });
  });

  it('stores nothing when a pick left the page (the page changed under the picker)', () => {
    const doc = load('brevo-report.html');
    const picks = Object.fromEntries(FIGURES.map((f) => [f, byText(doc, BREVO_PICKS[f])])) as Record<FigureId, Element>;
    byText(doc, '392').closest('div')!.replaceWith(doc.createElement('div'));
    expect(buildLayout(doc, BREVO_URL, picks, 'brevo', new Date())).toEqual({
      ok: false,
      problem: { kind: 'page-changed', figure: 'bounces' },
    });
    expect(buildLayout(doc, BREVO_URL, { bounces: byText(doc, '96') }, 'brevo', new Date())).toEqual({
      ok: false,
      problem: { kind: 'need-recipients' },
    });
  });

  it('round-trips through the exported file', () => {
    const layout = teach(load('brevo-report.html'));
    const file = serializeLayout(layout);
    expect(file.length).toBeLessThan(10_000);
    expect(parseLayoutFile(file, 'app.brevo.com')).toEqual({ ok: true, layout });
  });
});
