// The registry of ESP adapters and the contract's entry points (api-contract.md).
import { mailchimp } from './mailchimp';
import type { BouncedAddress, CampaignReport, EspAdapter, ExtractResult } from './types';

export type { BouncedAddress, CampaignReport, EspAdapter, ExtractResult, EspProvider } from './types';

/** Every adapter, one per provider. */
export const ADAPTERS: readonly EspAdapter[] = [mailchimp];

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

/** Reads the campaign figures from a report page. */
export function extractReport(doc: Document, url: string): ExtractResult<CampaignReport> {
  const adapter = adapterForUrl(url);
  if (!adapter) return { ok: false, reason: 'not-a-report-page' };
  try {
    return adapter.extractReport(doc, url);
  } catch (e) {
    // Adapters run isolated (house-style.md "Errors"): a crash is a layout we did not foresee.
    return { ok: false, reason: 'layout-changed', detail: `the ${adapter.provider} reader failed: ${(e as Error).message}` };
  }
}

/** Reads the bounced addresses from a bounce-list page (adapters arrive with issue 4). */
export function extractBounces(_doc: Document, url: string): ExtractResult<BouncedAddress[]> {
  return adapterForUrl(url) ? { ok: false, reason: 'layout-changed', missing: ['bounce list'] } : { ok: false, reason: 'not-a-report-page' };
}
