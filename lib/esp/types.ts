// Shapes of what the adapters read (api-contract.md "Reading report pages").

export type EspProvider = 'mailchimp' | 'activecampaign' | 'campaign-monitor';

export type ExtractResult<T> =
  | { ok: true; value: T; notes?: string[] }
  | {
      ok: false;
      reason: 'not-a-report-page' | 'still-loading' | 'layout-changed';
      missing?: string[];
      /** Why, in plain words (e.g. "bounces (2,400) exceed recipients (2,000)"). */
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
  clicks?: { unique?: number; total?: number; rate?: number };
  bounces?: { total?: number; hard?: number; soft?: number; rate?: number };
  unsubscribes?: { count?: number; rate?: number };
  complaints?: { count?: number; rate?: number };
  senderEmail?: string;
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

/** The report pages an adapter reads. */
export type PageKind = 'overview' | 'bounces' | 'abuse';

/** One provider's reader of report pages. */
export interface EspAdapter {
  provider: EspProvider;
  /** Cheap URL test: the content script does nothing more on pages that fail it. */
  matchesUrl(url: URL): boolean;
  /** Which report page this is: by URL, confirmed by content when the document is given. */
  pageKind(url: URL, doc?: Document): PageKind | undefined;
  extractReport(doc: Document, url: string): ExtractResult<CampaignReport>;
  extractBounces(doc: Document, url: string): ExtractResult<BouncedAddress[]>;
  /** Every label, id and pattern the adapter relies on (kept in one object, house-style.md). */
  selectors: unknown;
  /** Where the bounce list of this report lives (same origin), for the export. */
  bounceListUrl?(url: URL, report?: CampaignReport): string | undefined;
}
