// Applying a taught layout to a page, with the self-check run on every visit (issue 18 §3):
// every figure's locators are tried in order; what they point at must still read as the kind of
// figure it was taught as, alternatives that still resolve must agree, and the whole must pass
// the adapters' cross-checks. Any failure names the figure and no figure is shown — never a guess.
import { textOf } from '../esp/dom';
import type { CampaignReport } from '../esp/types';
import { FIGURES, kindOf, readFigure, type FigureId, type FigureReading } from './figures';
import { createPageIndex, resolveLocator, type PageIndex } from './locator';
import { matchPath, type TaughtLayout } from './layout';
import { checkRate, crossCheck, type RateFigure } from './checks';

/** Why a figure failed the self-check (data; worded in lib/i18n/teach.ts). */
export type TeachFailure =
  | {
      figure: FigureId;
      problem: 'not-found' | 'disagree' | 'rate-mismatch' | Extract<FigureReading, { ok: false }>['problem'];
    }
  | { figure: 'all'; problem: 'implausible'; detail: string };

/** A note on a reading that is still shown (data). */
export type TeachNote = { figure: FigureId; note: 'rate-other-base' };

export type TeachReading =
  { ok: true; report: CampaignReport; notes: TeachNote[] } | { ok: false; failures: TeachFailure[] };

/** Does this layout describe this URL (host and path template)? */
export function layoutFits(layout: TaughtLayout, url: URL): boolean {
  return url.hostname === layout.host && matchPath(layout.path, url.pathname) !== undefined;
}

/** Reads one taught figure: the first alternative that reads, confirmed by the others. */
export function readTaughtFigure(
  index: PageIndex,
  layout: TaughtLayout,
  figure: FigureId,
): FigureReading | { ok: false; problem: 'not-found' | 'disagree' } {
  const spec = layout.figures[figure];
  if (!spec) return { ok: false, problem: 'not-found' };
  let first: FigureReading | undefined;
  let problem: Extract<FigureReading, { ok: false }> | undefined;
  for (const loc of spec.locators) {
    const el = resolveLocator(index, loc);
    if (!el) continue;
    const r = readFigure(textOf(el), kindOf(figure));
    if (!r.ok) {
      problem ??= r;
      continue;
    }
    if (!first) first = r;
    else if (JSON.stringify(valueOf(first)) !== JSON.stringify(valueOf(r))) return { ok: false, problem: 'disagree' };
  }
  return first ?? problem ?? { ok: false, problem: 'not-found' };
}

const valueOf = (r: FigureReading) =>
  'email' in r ? r.email : 'date' in r ? r.date : 'count' in r ? r.count : undefined;

/** Applies a layout to a document: the report, or every figure that no longer fits. */
export function applyLayout(doc: Document, href: string, layout: TaughtLayout): TeachReading {
  const url = new URL(href);
  const index = createPageIndex(doc, href);
  const failures: TeachFailure[] = [];
  const read: Partial<Record<FigureId, Extract<FigureReading, { ok: true }>>> = {};
  for (const figure of FIGURES) {
    if (!layout.figures[figure]) continue;
    const r = readTaughtFigure(index, layout, figure);
    if (r.ok) read[figure] = r;
    else failures.push({ figure, problem: r.problem });
  }
  if (failures.length) return { ok: false, failures };
  const count = (f: FigureId) => (read[f] && 'count' in read[f] ? read[f].count : undefined);
  const email = read.sender && 'email' in read.sender ? read.sender.email : undefined;
  const report: CampaignReport = {
    provider: 'taught',
    campaignId: matchPath(layout.path, url.pathname)?.at(-1),
    recipients: count('recipients'),
    delivered: count('delivered'),
    bounces: read.bounces ? { total: count('bounces') } : undefined,
    opens: read.opens ? { unique: count('opens') } : undefined,
    clicks: read.clicks ? { unique: count('clicks') } : undefined,
    unsubscribes: read.unsubscribes ? { count: count('unsubscribes') } : undefined,
    complaints: read.complaints ? { count: count('complaints') } : undefined,
    sentAt: read.sent && 'date' in read.sent ? read.sent.date : undefined,
    senderEmail: email,
    accountKey: `taught:${layout.host}`,
    senderDomainHint: email?.split('@')[1],
  };
  const notes: TeachNote[] = [];
  const rateFigures: RateFigure[] = ['bounces', 'opens', 'clicks', 'unsubscribes', 'complaints'];
  for (const figure of rateFigures) {
    const r = read[figure];
    if (!r || !('count' in r) || r.rate === undefined) continue;
    const verdict = checkRate(report, figure, r.count, r.rate, r.rateDecimals ?? 0);
    if (verdict === 'mismatch') failures.push({ figure, problem: 'rate-mismatch' });
    else if (verdict === 'other-base') notes.push({ figure, note: 'rate-other-base' });
    else Object.assign(report[figure]!, { rate: r.rate });
  }
  const implausible = crossCheck(report);
  if (implausible.length) failures.push({ figure: 'all', problem: 'implausible', detail: implausible.join('; ') });
  if (failures.length) return { ok: false, failures };
  return { ok: true, report: prune(report), notes };
}

/** Drops absent fields so "absent" means absent, as the adapters' reports do. */
function prune(r: CampaignReport): CampaignReport {
  return JSON.parse(JSON.stringify(r)) as CampaignReport;
}
