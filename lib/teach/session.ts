// From the user's picks to a layout (issue 18 §1): each pick is read back at once, and the layout
// is only built when every pick is still on the page and the finished layout, applied to this very
// page, reads back what the user saw — so nothing is ever stored half-way.
import { textOf } from '../esp/dom';
import { FIGURES, kindOf, readFigure, type FigureId, type FigureReading } from './figures';
import { createPageIndex, locatorsFor } from './locator';
import { LAYOUT_FORMAT, LAYOUT_VERSION, type TaughtLayout, type TeachEsp } from './layout';
import { applyLayout, type TeachFailure } from './apply';
import { pathTemplate } from './stable';

/** What one click on the page gave for a figure. */
export function readPick(el: Element, figure: FigureId): FigureReading {
  return readFigure(textOf(el), kindOf(figure));
}

/** Why a set of picks cannot become a layout (data). */
export type BuildProblem =
  | { kind: 'need-recipients' }
  | { kind: 'page-changed'; figure: FigureId }
  | { kind: 'no-locator'; figure: FigureId }
  | { kind: 'bad-pick'; figure: FigureId }
  | { kind: 'self-check'; failures: TeachFailure[] };

/** Builds and self-checks a layout from the picks; the layout only when all of it holds. */
export function buildLayout(
  doc: Document,
  href: string,
  picks: Partial<Record<FigureId, Element>>,
  esp: TeachEsp,
  now: Date,
): { ok: true; layout: TaughtLayout } | { ok: false; problem: BuildProblem } {
  if (!picks.recipients && !picks.delivered) return { ok: false, problem: { kind: 'need-recipients' } };
  const url = new URL(href);
  const index = createPageIndex(doc, href);
  const figures: TaughtLayout['figures'] = {};
  for (const figure of FIGURES) {
    const el = picks[figure];
    if (!el) continue;
    if (!el.isConnected || el.ownerDocument !== doc) return { ok: false, problem: { kind: 'page-changed', figure } };
    if (!readPick(el, figure).ok) return { ok: false, problem: { kind: 'bad-pick', figure } };
    const locators = locatorsFor(el, index);
    if (!locators.length) return { ok: false, problem: { kind: 'no-locator', figure } };
    figures[figure] = { locators };
  }
  const layout: TaughtLayout = {
    format: LAYOUT_FORMAT,
    version: LAYOUT_VERSION,
    host: url.hostname,
    path: pathTemplate(url.pathname),
    kind: 'overview',
    esp,
    taughtAt: now.toISOString().replace(/\.\d+Z$/, 'Z'),
    figures,
  };
  const check = applyLayout(doc, href, layout);
  if (!check.ok) return { ok: false, problem: { kind: 'self-check', failures: check.failures } };
  return { ok: true, layout };
}
