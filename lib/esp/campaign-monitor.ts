// Campaign Monitor report pages (esp-pages.md "Campaign Monitor"): the Snapshot report and the
// bounced recipient activity with its reasons. URLs are guessed; pages are confirmed by content.
import { parseCountAndRate } from './numbers';
import { findByText, linksTo, readLabelled, textOf } from './dom';
import { emailIn, looksLikeEmail, readTable } from './table';
import { validateReport } from './validate';
import type { BouncedAddress, CampaignReport, EspAdapter, ExtractResult, PageKind } from './types';

export const SELECTORS = {
  hosts: /\.createsend\.com$/,
  // URLs guessed (esp-pages.md); the campaign id is the cID query parameter.
  paths: { overview: /^\/campaigns\/reports\/(snapshot|viewcampaign(\.aspx)?)\/?$/i, bounces: /^\/campaigns\/reports\/recipientactivity\/bounced\/?$/i },
  snapshot: ['Snapshot'],
  // Snapshot wording (seen): "Unique opens", "Total opens to date", "Clicked a link", "Bounced".
  labels: {
    recipients: ['Recipients', 'Sent to'],
    uniqueOpens: ['Unique opens', 'Opened'],
    totalOpens: ['Total opens to date', 'Total opens'],
    clicks: ['Clicked a link', 'Clicked'],
    unsubscribes: ['Unsubscribed'],
    bounces: ['Bounced', 'Bounced emails'],
    complaints: ['Marked as spam', 'Spam complaints'],
    subject: ['Subject'],
    from: ['From'],
  },
  bouncedLink: '/recipientactivity/bounced',
  bounceTable: {
    columns: { email: ['Email address', 'Email'], reason: ['Bounce type', 'Reason', 'Bounce reason'], date: ['Date', 'Bounce date'] },
    required: ['email', 'reason'] as const,
  },
} as const;

/** Which Campaign Monitor report page a URL is, if any. */
export function kindOf(url: URL): PageKind | undefined {
  if (!SELECTORS.hosts.test(url.hostname)) return undefined;
  if (SELECTORS.paths.overview.test(url.pathname)) return 'overview';
  if (SELECTORS.paths.bounces.test(url.pathname)) return 'bounces';
  return undefined;
}

function pageKind(url: URL, doc?: Document): PageKind | undefined {
  const kind = kindOf(url);
  if (!kind || !doc) return kind;
  if (kind === 'bounces') return readTable(doc, SELECTORS.bounceTable) ? kind : undefined;
  return findByText(doc, SELECTORS.snapshot).length && readLabelled(doc, SELECTORS.labels.recipients) !== undefined ? kind : undefined;
}

function extractReport(doc: Document, href: string): ExtractResult<CampaignReport> {
  const url = new URL(href);
  if (kindOf(url) !== 'overview') return { ok: false, reason: 'not-a-report-page' };
  const L = SELECTORS.labels;
  const get = (labels: readonly string[]) => parseCountAndRate(readLabelled(doc, labels));
  const recipients = get(L.recipients).count;
  if (recipients === undefined && findByText(doc, SELECTORS.snapshot).length === 0) return { ok: false, reason: 'still-loading' };
  const opens = get(L.uniqueOpens);
  const clicks = get(L.clicks);
  const unsubs = get(L.unsubscribes);
  const complaints = get(L.complaints);
  let bounces = get(L.bounces);
  if (bounces.count === undefined) {
    // "<N> emails bounced" link to the bounced list (seen wording).
    const link = linksTo(doc, SELECTORS.bouncedLink)[0];
    bounces = { ...bounces, ...parseCountAndRate(link ? textOf(link) : undefined) };
  }
  const from = readLabelled(doc, L.from);
  const report: CampaignReport = {
    provider: 'campaign-monitor',
    campaignId: url.searchParams.get('cID') ?? undefined,
    campaignName: textOf(doc.querySelector('h1')) || undefined,
    subject: readLabelled(doc, L.subject),
    recipients,
    opens: { unique: opens.count, total: get(L.totalOpens).count, rate: opens.rate },
    clicks: { unique: clicks.count, rate: clicks.rate },
    unsubscribes: { count: unsubs.count, rate: unsubs.rate },
    bounces: { total: bounces.count, rate: bounces.rate },
    complaints: { count: complaints.count, rate: complaints.rate },
    senderEmail: emailIn(from),
    accountKey: `campaign-monitor:${url.hostname}`,
  };
  return validateReport(report, ['recipients', 'bounces.total', 'opens.unique']);
}

/** "Soft Bounce - Mailbox Full" → soft; "Hard Bounce" → hard; "Mail Block - …" → unknown (CM's own label kept). */
export function campaignMonitorTypeOf(label: string): BouncedAddress['espType'] {
  const l = label.toLowerCase();
  if (l.startsWith('hard bounce')) return 'hard';
  if (l.startsWith('soft bounce')) return 'soft';
  return 'unknown';
}

function extractBounces(doc: Document, href: string): ExtractResult<BouncedAddress[]> {
  if (kindOf(new URL(href)) !== 'bounces') return { ok: false, reason: 'not-a-report-page' };
  const table = readTable(doc, SELECTORS.bounceTable);
  if (!table) return { ok: false, reason: 'layout-changed', missing: ['bounce list'] };
  const out: BouncedAddress[] = [];
  for (const { cells } of table.rows) {
    if (!looksLikeEmail(cells.email ?? '')) continue;
    const label = cells.reason ?? '';
    const date = /^\d{4}-\d{2}-\d{2}/.exec(cells.date ?? '')?.[0];
    out.push({ email: cells.email!, espType: campaignMonitorTypeOf(label), espLabel: label, reason: label, ...(date ? { date } : {}) });
  }
  return { ok: true, value: out };
}

export const campaignMonitor: EspAdapter = {
  provider: 'campaign-monitor',
  selectors: SELECTORS,
  matchesUrl: (url) => kindOf(url) !== undefined,
  pageKind,
  extractReport,
  extractBounces,
  bounceListUrl: (url) => `${url.origin}/campaigns/reports/recipientactivity/bounced?cID=${encodeURIComponent(url.searchParams.get('cID') ?? '')}`,
};
