// The registry of ESP adapters and the contract's entry points (api-contract.md).
import { mailchimp } from './mailchimp';
import { activecampaign } from './activecampaign';
import { campaignMonitor } from './campaign-monitor';
import type { AdapterEspId } from './providers';
import { readBounces, readReport } from './extract';
import { espOfUrl } from './routes';
import type { AlreadyRead, BounceList, CampaignReport, EspAdapter, ExtractResult, PageKind } from './types';

export type {
  AlreadyRead,
  BouncedAddress,
  BounceList,
  CampaignReport,
  EspAdapter,
  EspNote,
  ExtractResult,
  EspProvider,
  PageKind,
} from './types';

/** The adapter of every ESP the registry (providers.ts) says has one; tsc fails when one is missing. */
export const ADAPTER_OF: Record<AdapterEspId, EspAdapter> = {
  mailchimp,
  activecampaign,
  'campaign-monitor': campaignMonitor,
};

/** Every adapter, one per provider. */
export const ADAPTERS: readonly EspAdapter[] = Object.values(ADAPTER_OF);

/** The adapter whose URL test claims this page, if any (cheap: no DOM access). */
export function adapterForUrl(url: string): EspAdapter | undefined {
  const esp = espOfUrl(url);
  return esp && ADAPTER_OF[esp];
}

/** Reads the campaign figures from a report page (with what was already read from it, if anything). */
export function extractReport(doc: Document, url: string, known?: AlreadyRead): ExtractResult<CampaignReport> {
  const adapter = adapterForUrl(url);
  return adapter ? readReport(adapter, doc, url, known) : { ok: false, reason: 'not-a-report-page' };
}

/** Reads the bounced addresses from a bounce-list page, with how much of the list that is. */
export function extractBounces(doc: Document, url: string): ExtractResult<BounceList> {
  const adapter = adapterForUrl(url);
  return adapter ? readBounces(adapter, doc, url) : { ok: false, reason: 'not-a-report-page' };
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
