// Shapes of what the adapters read (api-contract.md "Reading report pages").
import type { AdapterEspId } from './providers';

/** The ESPs an adapter reads (derived from the registry, lib/esp/providers.ts). */
export type EspProvider = AdapterEspId;

/**
 * What an adapter or the cross-checks concluded about the figures, as data (issue 11 §1); the
 * words are in lib/i18n/esp.ts. `figure` params are report paths such as 'bounces.rate'.
 */
export type EspNote =
  | { id: 'missing-figure'; params: { figure: string } }
  | { id: 'refused-number'; params: { figure: string; text: string } }
  | { id: 'rate-mismatch'; params: { figure: string; shown: number; count: number; of: number } }
  | { id: 'exceeds'; params: { figure: string; value: number; limit: string; max: number } }
  | { id: 'truncated'; params: { field: string; length: number } }
  | { id: 'impossible-value'; params: { figure: string } }
  | { id: 'reader-failed'; params: { provider: string } };

export type ExtractResult<T> =
  | {
      ok: true;
      value: T;
      notes?: EspNote[];
      /** The figures were still changing when the reading had to stop (read-stable.ts). */
      unsettled?: boolean;
    }
  | {
      ok: false;
      reason: 'not-a-report-page' | 'still-loading' | 'layout-changed';
      missing?: string[];
      /** Why, as data (e.g. a figure that exceeds another). */
      problems?: EspNote[];
      /** Kept for older callers; never set by the adapters (words live in lib/i18n). */
      detail?: string;
    };

/** Every figure optional: absent = not on this page. Rates are fractions in [0, 1]. */
export interface CampaignReport {
  /** 'manual': figures typed into the popup when no report page could be read (extension). */
  provider: EspProvider | 'manual' | 'taught';
  campaignId?: string;
  campaignName?: string;
  subject?: string;
  sentAt?: string;
  recipients?: number;
  delivered?: number;
  opens?: { unique?: number; total?: number; rate?: number };
  /** rate: clicks ÷ delivered (÷ recipients when delivered is unknown); toOpenRate: clicks ÷ unique opens. */
  clicks?: { unique?: number; total?: number; rate?: number; toOpenRate?: number };
  bounces?: { total?: number; hard?: number; soft?: number; rate?: number };
  unsubscribes?: { count?: number; rate?: number };
  complaints?: { count?: number; rate?: number };
  senderEmail?: string;
  senderName?: string;
  mppExcluded?: boolean;
  /** Extension: the account the report belongs to, for per-account settings and history. */
  accountKey?: string;
  /** Extension: a sender domain the page itself names (prefill only). */
  senderDomainHint?: string;
}

export interface BouncedAddress {
  email: string;
  espType: 'hard' | 'soft' | 'syntax' | 'unknown';
  code?: string;
  reason?: string;
  date?: string;
  /** Extension: the same-origin page holding the full reason (Mailchimp's "Bounce Reason"). */
  reasonUrl?: string;
  /** Extension: the ESP's own label as shown ("Soft Bounce - Mailbox Full"). */
  espLabel?: string;
}

/** A bounce list page as read (api-contract.md). */
export interface BounceList {
  /** The addresses read from this page. */
  rows: BouncedAddress[];
  /** How many bounced addresses the page says there are ("1 - 10 of 392" → 392). */
  stated?: number;
  /** True only when rows.length === stated, or the page shows no paging. */
  complete: boolean;
}

/**
 * The report tabs an adapter reads: the overview, and the lists of one figure each (sent,
 * opens, clicks, bounces, unsubscribes, abuse). 'api' is the account's own JSON (ActiveCampaign).
 */
export type PageKind = 'overview' | 'sent' | 'opens' | 'clicks' | 'bounces' | 'unsubscribes' | 'abuse';

/**
 * What the caller already read from the same document, unchanged since (issue 17 "Speed": a
 * 10,000-row table read once, not twice). `listRows`: the rows extractBounces gave on this
 * bounce-list page, so the tab's figures do not count the rows again.
 */
export interface AlreadyRead {
  listRows?: number;
}

/** One provider's reader of report pages. */
export interface EspAdapter {
  provider: EspProvider;
  /** Cheap URL test: the content script does nothing more on pages that fail it. */
  matchesUrl(url: URL): boolean;
  /** Which report page this is: by URL, confirmed by content when the document is given. */
  pageKind(url: URL, doc?: Document): PageKind | undefined;
  extractReport(doc: Document, url: string, known?: AlreadyRead): ExtractResult<CampaignReport>;
  extractBounces(doc: Document, url: string): ExtractResult<BounceList>;
  /** Every label, id and pattern the adapter relies on (kept in one object, house-style.md). */
  selectors: unknown;
  /** Where the bounce list of this report lives (same origin), for the export. */
  bounceListUrl?(url: URL, report?: CampaignReport): string | undefined;
  /** A cheap text that changes whenever the page's figures or rows do (settling without re-reading). */
  signature?(doc: Document): string;
}
