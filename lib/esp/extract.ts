// One adapter's reading of a page, isolated (house-style.md "Errors": a crash is a layout we did not
// foresee). Apart from the registry (index.ts) so a report tab's panel, which is built for one ESP
// (entrypoints/esp-panel-<esp>.ts), carries that ESP's adapter and no other.
import type { AlreadyRead, BounceList, CampaignReport, EspAdapter, ExtractResult } from './types';

const NOT_A_REPORT = { ok: false, reason: 'not-a-report-page' } as const;

function claims(adapter: EspAdapter, url: string): boolean {
  try {
    return adapter.matchesUrl(new URL(url));
  } catch {
    return false;
  }
}

/** Runs one adapter call isolated: a throw becomes "layout changed", naming the reader. */
function isolated<T>(adapter: EspAdapter, run: () => ExtractResult<T>): ExtractResult<T> {
  try {
    return run();
  } catch {
    return {
      ok: false,
      reason: 'layout-changed',
      problems: [{ id: 'reader-failed', params: { provider: adapter.provider } }],
    };
  }
}

/** The campaign figures this adapter reads from a page it claims (with what was already read from it). */
export function readReport(
  adapter: EspAdapter,
  doc: Document,
  url: string,
  known?: AlreadyRead,
): ExtractResult<CampaignReport> {
  return claims(adapter, url) ? isolated(adapter, () => adapter.extractReport(doc, url, known)) : NOT_A_REPORT;
}

/** The bounced addresses this adapter reads from a bounce-list page it claims. */
export function readBounces(adapter: EspAdapter, doc: Document, url: string): ExtractResult<BounceList> {
  return claims(adapter, url) ? isolated(adapter, () => adapter.extractBounces(doc, url)) : NOT_A_REPORT;
}
