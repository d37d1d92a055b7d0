// @vitest-environment happy-dom
// Locators anchor on stable things only (issue 18 §2). A property test builds pages whose every
// element carries generated class names (and generated ids and test ids, as single-page apps
// do), teaches a figure on them, and checks none of those strings ever enters a locator.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPageIndex, locatorsFor, locatorStrings, resolveLocator } from '../../../lib/teach/locator';
import { hrefTemplate, isStableId, looksGenerated } from '../../../lib/teach/stable';

const BASE = 'https://app.brevo.com/camp/report/123';
const hashed = fc
  .tuple(
    fc.constantFrom('root', 'StatCard_value', 'kaleText', 'sc', 'css', 'Tile_box_'),
    fc.stringMatching(/^[A-Za-z0-9]{5}$/),
  )
  .filter(([, h]) => /\d/.test(h) && /[A-Za-z]/.test(h))
  .map(([p, h]) => `${p}-${h}`);

describe('stable anchors', () => {
  it('tells generated names from words', () => {
    for (const g of [
      'root-3TDqk',
      'kaleText-kjDis',
      'css-1x2y3z',
      'sc-bdVaJa',
      ':r1:',
      'ember1234',
      'a1b2c3d4-0000-4000',
    ])
      expect(looksGenerated(g)).toBe(true);
    for (const w of ['stats', 'campaign-report', 'bounces', 'main-nav', 'stat-opens'])
      expect(looksGenerated(w)).toBe(false);
    expect(isStableId('root-3TDqk')).toBe(false);
    expect(isStableId('stats')).toBe(true);
  });

  it('turns hrefs into templates, and refuses other sites', () => {
    expect(hrefTemplate('/camp/report/123/bounces', BASE)).toBe('/camp/report/{n}/bounces');
    expect(hrefTemplate('https://app.brevo.com/camp/a1b2C3d4e5/x', BASE)).toBe('/camp/{id}/x');
    expect(hrefTemplate('https://evil.example/camp/report/1', BASE)).toBeUndefined();
    expect(hrefTemplate('javascript:alert(1)', BASE)).toBeUndefined();
  });

  it('never puts a generated class name, id or test id into a locator (property)', () => {
    fc.assert(
      fc.property(fc.array(hashed, { minLength: 12, maxLength: 12 }), fc.integer({ min: 0, max: 3 }), (names, card) => {
        const [a, b, c, d, e, f, g, h, i, j, k, l] = names;
        const cards = ['Recipients', 'Bounces', 'Opens', 'Clicks']
          .map(
            (label, n) =>
              `<div class="${c} ${d}" id="${e}${n}"><span class="${f}">${label}</span><span class="${g}" data-testid="${h}">${(n + 1) * 111}</span></div>`,
          )
          .join('');
        document.body.innerHTML = `<div class="${a}" id="${b}"><main class="${i}"><section class="${j} ${k}" data-testid="${l}">${cards}</section></main></div>`;
        const target = document.querySelectorAll('section > div')[card]!.children[1]!;
        const index = createPageIndex(document, BASE);
        const locs = locatorsFor(target, index);
        expect(locs.length).toBeGreaterThanOrEqual(2);
        const strings = locs.flatMap(locatorStrings);
        for (const name of names) expect(strings.some((s) => s.includes(name))).toBe(false);
        for (const loc of locs) expect(resolveLocator(createPageIndex(document, BASE), loc)).toBe(target);
      }),
      { numRuns: 60 },
    );
  });

  it('tries alternatives in order: a label still finds the figure when its card moved', () => {
    document.body.innerHTML =
      '<main><section><div><span>Bounces</span><b>392</b></div><div><span>Opens</span><b>704</b></div></section></main>';
    const target = document.querySelector('div b')!;
    const locs = locatorsFor(target, createPageIndex(document, BASE));
    expect(locs.map((l) => l.anchor.by)).toEqual(['label', 'landmark', 'landmark']);
    // The cards swap places: the position paths now point at Opens, the label still at Bounces.
    document.body.innerHTML =
      '<main><section><div><span>Opens</span><b>704</b></div><div><span>Bounces</span><b>392</b></div></section></main>';
    const index = createPageIndex(document, BASE);
    expect(locs.map((l) => resolveLocator(index, l)?.textContent)).toEqual(['392', '704', '704']);
  });
});
