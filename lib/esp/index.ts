// The registry of ESP adapters and the contract's entry points (api-contract.md).
import { mailchimp } from './mailchimp';
import { activecampaign } from './activecampaign';
import { campaignMonitor } from './campaign-monitor';
import type { BouncedAddress, CampaignReport, EspAdapter, ExtractResult, PageKind } from './types';

export type { BouncedAddress, CampaignReport, EspAdapter, ExtractResult, EspProvider, PageKind } from './types';

/** Every adapter, one per provider. */
export const ADAPTERS: readonly EspAdapter[] = [mailchimp, activecampaign, campaignMonitor];

/** The adapter whose URL test claims this page, if any (cheap: no DOM access). */
export function adapterForUrl(url: string): EspAdapter | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  return ADAPTERS.find((a) => a.matchesUrl(u));
}

/** Runs one adapter call isolated (house-style.md "Errors"): a crash is a layout we did not foresee. */
function isolated<T>(adapter: EspAdapter, run: () => ExtractResult<T>): ExtractResult<T> {
  try {
    return run();
  } catch (e) {
    return { ok: false, reason: 'layout-changed', detail: `the ${adapter.provider} reader failed: ${(e as Error).message}` };
  }
}

/** Reads the campaign figures from a report page. */
export function extractReport(doc: Document, url: string): ExtractResult<CampaignReport> {
  const adapter = adapterForUrl(url);
  return adapter ? isolated(adapter, () => adapter.extractReport(doc, url)) : { ok: false, reason: 'not-a-report-page' };
}

/** Reads the bounced addresses from a bounce-list page. */
export function extractBounces(doc: Document, url: string): ExtractResult<BouncedAddress[]> {
  const adapter = adapterForUrl(url);
  return adapter ? isolated(adapter, () => adapter.extractBounces(doc, url)) : { ok: false, reason: 'not-a-report-page' };
}

/** Which adapter and page kind claim this page (by URL and content). */
export function claim(doc: Document, url: string): { provider: EspAdapter['provider']; kind: PageKind }[] {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return [];
  }
  return ADAPTERS.flatMap((a) => {
    const kind = a.matchesUrl(u) ? a.pageKind(u, doc) : undefined;
    return kind ? [{ provider: a.provider, kind }] : [];
  });
}
