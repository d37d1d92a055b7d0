// Mailchimp report pages (esp-pages.md "Mailchimp"). Every label, path and pattern this adapter
// relies on is in SELECTORS; alternatives newest first, each dated with the layout it matches.
import { countBefore, parseCount, parseRate } from './numbers';
import { containerWithLabel, linksTo, readLabelled, textOf, findByText } from './dom';
import { validateReport } from './validate';
import type { CampaignReport, EspAdapter, ExtractResult } from './types';

export const SELECTORS = {
  // 2024-12 "new overview" (public DOM copy, esp-pages.md): /reports/summary and the newer
  // /analytics/reports/overview, both ?id=<web_id>.
  overviewPaths: [/^\/analytics\/reports\/overview\/?$/, /^\/reports\/summary\/?$/, /^\/i\/reports\/summary\/?$/],
  hosts: /^us\d+\.admin\.mailchimp\.com$/,
  recipients: { labels: ['Recipients'], link: '/reports/activity/sent' },
  subject: ['Subject'],
  audience: ['Audience'],
  // The status badge "Sent" is followed by the send time: "Tue, Dec 10, 2024 9:41 am".
  sentBadge: ['Sent'],
  tiles: {
    opens: { labels: ['Open rate'], link: '/reports/activity/opened', word: 'opened' },
    clicks: { labels: ['Click rate'], link: '/reports/activity/clicked', word: 'clicked' },
    bounces: { labels: ['Bounce rate'], link: '/reports/activity/bounced', word: 'bounced' },
    unsubscribes: { labels: ['Unsubscribe rate', 'Unsubscribed rate'], link: '/reports/activity/unsubscribed', word: 'unsubscribed' },
  },
  // "Additional email details" accordion, often collapsed (read as text, never clicked).
  details: {
    delivered: ['Successful deliveries'],
    totalOpens: ['Total opens'],
    totalClicks: ['Total clicks'],
    abuse: ['Abuse reports'],
  },
  // Where the page names a sender domain (guess, esp-pages.md: the authentication banner).
  domainBanner: /sender requirements for (?:your domain )?([a-z0-9.-]+\.[a-z]{2,})/i,
  fromRow: ['From', 'From email', 'From email address'],
  // The archive link carries the account's user id: https://us1.campaign-archive.com/?u=<hex>&id=…
  archiveUser: /campaign-archive\d*\.com\/?\?u=([0-9a-f]+)/i,
} as const;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Tue, Dec 10, 2024 9:41 am" → "2024-12-10T09:41" (local time: the page names no zone). */
export function parseMailchimpDate(text: string): string | undefined {
  const m = /([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})(?:,? (?:at )?(\d{1,2}):(\d{2}) ?([ap]m)?)?/i.exec(text);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1]!.toLowerCase());
  if (month < 0) return undefined;
  let hour = m[4] ? Number(m[4]) : undefined;
  if (hour !== undefined && m[6]) hour = (hour % 12) + (m[6].toLowerCase() === 'pm' ? 12 : 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${m[3]}-${pad(month + 1)}-${pad(Number(m[2]))}`;
  return hour === undefined ? date : `${date}T${pad(hour)}:${m[5]}`;
}

function readTile(doc: Document, tile: { labels: readonly string[]; link: string; word: string }) {
  const link = linksTo(doc, tile.link).find((a) => countBefore(textOf(a), tile.word) !== undefined);
  if (!link) return undefined;
  const count = countBefore(textOf(link), tile.word);
  const box = containerWithLabel(link, tile.labels);
  // The rate is the tile's only "NN.N%" text; absent when the tile has not rendered yet.
  const rateEl = box && Array.from(box.querySelectorAll('*')).find((e) => e.children.length === 0 && parseRate(textOf(e)) !== undefined);
  return { count, rate: rateEl ? parseRate(textOf(rateEl)) : undefined };
}

/** Is this a Mailchimp report URL this adapter reads? */
function matchesUrl(url: URL): boolean {
  return SELECTORS.hosts.test(url.hostname) && SELECTORS.overviewPaths.some((p) => p.test(url.pathname));
}

function extractReport(doc: Document, href: string): ExtractResult<CampaignReport> {
  const url = new URL(href);
  if (!matchesUrl(url)) return { ok: false, reason: 'not-a-report-page' };
  const perfTiles = Object.values(SELECTORS.tiles).flatMap((t) => linksTo(doc, t.link));
  const recipientsLink = linksTo(doc, SELECTORS.recipients.link)[0];
  // Content test: an overview has the "Recipients" link or the performance tiles.
  if (!recipientsLink && perfTiles.length === 0) {
    const body = textOf(doc.body);
    return body.length < 400 || /loading/i.test(body) ? { ok: false, reason: 'still-loading' } : { ok: false, reason: 'not-a-report-page' };
  }
  const opens = readTile(doc, SELECTORS.tiles.opens);
  const clicks = readTile(doc, SELECTORS.tiles.clicks);
  const bounces = readTile(doc, SELECTORS.tiles.bounces);
  const unsubs = readTile(doc, SELECTORS.tiles.unsubscribes);
  const delivered = readLabelled(doc, SELECTORS.details.delivered);
  const sentLabel = findByText(doc, SELECTORS.sentBadge)[0];
  const sentText = sentLabel?.nextElementSibling ? textOf(sentLabel.nextElementSibling) : undefined;
  const allText = textOf(doc.body);
  const fromText = readLabelled(doc, SELECTORS.fromRow);
  const senderEmail = fromText && /[^\s<>@]+@[a-z0-9.-]+\.[a-z]{2,}/i.exec(fromText)?.[0];
  const user = Array.from(doc.querySelectorAll('a[href]'))
    .map((a) => SELECTORS.archiveUser.exec(a.getAttribute('href') ?? '')?.[1])
    .find(Boolean);
  const report: CampaignReport = {
    provider: 'mailchimp',
    campaignId: url.searchParams.get('id') ?? undefined,
    campaignName: textOf(doc.querySelector('h1')) || undefined,
    subject: readLabelled(doc, SELECTORS.subject),
    sentAt: sentText ? parseMailchimpDate(sentText) : undefined,
    recipients: parseCount(recipientsLink ? textOf(recipientsLink) : readLabelled(doc, SELECTORS.recipients.labels)),
    delivered: parseCount(delivered?.split('(')[0]),
    opens: { unique: opens?.count, total: parseCount(readLabelled(doc, SELECTORS.details.totalOpens)), rate: opens?.rate },
    clicks: { unique: clicks?.count, total: parseCount(readLabelled(doc, SELECTORS.details.totalClicks)), rate: clicks?.rate },
    bounces: { total: bounces?.count, rate: bounces?.rate },
    unsubscribes: { count: unsubs?.count, rate: unsubs?.rate },
    complaints: { count: parseCount(readLabelled(doc, SELECTORS.details.abuse)) },
    senderEmail: senderEmail || undefined,
    // knowledge.md §2: Mailchimp excludes Apple MPP opens for sends from 2024-06-22; only say so
    // when the page itself says so.
    mppExcluded: /exclud\w*[^.]{0,80}Apple|Apple[^.]{0,80}exclud/i.test(allText) || undefined,
    accountKey: `mailchimp:${url.hostname}${user ? `:${user}` : ''}`,
    senderDomainHint: senderEmail?.split('@')[1]?.toLowerCase() ?? SELECTORS.domainBanner.exec(allText)?.[1]?.toLowerCase(),
  };
  return validateReport(report, ['recipients', 'bounces.total', 'opens.rate']);
}

export const mailchimp: EspAdapter = { provider: 'mailchimp', matchesUrl, extractReport };
