// Which account a page belongs to, and so which remembered sender domain and campaign history it
// uses (issue 13 §3: every page of an account uses the remembered sender domain). An overview
// names its account; the abuse and bounce lists often do not (Mailchimp's account id is read from
// the overview's archive link), so they use the account already known for this ESP login host —
// the one whose history holds this campaign first. Pure: storage is read by the caller.
import type { CampaignReport, EspProvider } from '../esp/types';
import type { History, HistoryEntry } from '../history/entries';

export interface PageContextInput {
  provider: EspProvider;
  url: string;
  report?: CampaignReport;
  /** Remembered sender domain per account key. */
  senderDomains: Record<string, string>;
  /** Stored campaign history per account key. */
  history: History;
}

export interface PageContext {
  accountKey?: string;
  /** The sender domain remembered for the account. */
  remembered?: string;
  /** A sender domain the page itself names (prefill only). */
  hint?: string;
  /** The account's stored campaigns. */
  history: HistoryEntry[];
  /** This page's campaign id (the report's, or Mailchimp's `id` parameter on its lists). */
  campaignId?: string;
}

/** The account, remembered domain and history for a page. */
export function resolvePageContext({ provider, url, report, senderDomains, history }: PageContextInput): PageContext {
  const u = new URL(url);
  const campaignId = report?.campaignId ?? u.searchParams.get('id') ?? undefined;
  const prefix = `${provider}:${u.hostname}`;
  const sameLogin = (k: string) => k === prefix || k.startsWith(`${prefix}:`);
  const known = [...new Set([...Object.keys(history), ...Object.keys(senderDomains)])].filter(sameLogin);
  const holding = campaignId ? known.find((k) => history[k]?.some((e) => e.campaignId === campaignId)) : undefined;
  const accountKey = report?.accountKey ?? holding ?? known.find((k) => senderDomains[k]) ?? known[0];
  const hint = report?.senderDomainHint ?? report?.senderEmail?.split('@')[1]?.toLowerCase();
  return {
    accountKey,
    remembered: accountKey ? senderDomains[accountKey] : undefined,
    hint,
    history: accountKey ? (history[accountKey] ?? []) : [],
    campaignId,
  };
}
