// Mailchimp report pages (esp-pages.md "Mailchimp"). Every label, path and pattern this adapter
// relies on is in SELECTORS; alternatives newest first, each dated with the layout it matches.
import { countBefore, parseCount, parseRate } from './numbers';
import { containerWithLabel, findByText, linksTo, readLabelled, textOf } from './dom';
import { emailIn, looksLikeEmail, readTable } from './table';
import { validateReport } from './validate';
import type { BouncedAddress, CampaignReport, EspAdapter, ExtractResult, PageKind } from './types';

export const SELECTORS = {
  hosts: /^us\d+\.admin\.mailchimp\.com$/,
  paths: {
    // 2024-12 new overview and the newer analytics route; the classic summary shares the first.
    overview: [/^\/analytics\/reports\/overview\/?$/, /^\/reports\/summary\/?$/, /^\/i\/reports\/summary\/?$/],
    bounces: [/^\/reports\/activity\/bounced\/?$/],
    abuse: [/^\/reports\/activity\/abuse\/?$/],
  },
  recipients: { labels: ['Recipients'], link: '/reports/activity/sent' },
  subject: ['Subject'],
  // The status badge "Sent" (new) or the "Delivered" row (classic) is followed by the send time.
  sentBadge: ['Sent', 'Delivered'],
  // 2024-12 new overview: tiles with img[alt], a label, an h3 rate and a "N opened" link.
  tiles: {
    opens: { labels: ['Open rate'], link: '/reports/activity/opened', word: 'opened' },
    clicks: { labels: ['Click rate'], link: '/reports/activity/clicked', word: 'clicked' },
    bounces: { labels: ['Bounce rate'], link: '/reports/activity/bounced', word: 'bounced' },
    unsubscribes: { labels: ['Unsubscribe rate', 'Unsubscribed rate'], link: '/reports/activity/unsubscribed', word: 'unsubscribed' },
  },
  // Classic summary (before 2024-12): label/value pairs "Opened 1,234", "Open rate 21.4%".
  classic: {
    opened: ['Opened'],
    clicked: ['Clicked'],
    bounced: ['Bounced'],
    unsubscribed: ['Unsubscribed'],
    openRate: ['Open rate'],
    clickRate: ['Click rate'],
  },
  // "Additional email details" (new, often collapsed) and the classic stats list alike.
  details: {
    delivered: ['Successful deliveries'],
    totalOpens: ['Total opens'],
    totalClicks: ['Total clicks'],
    abuse: ['Abuse reports'],
  },
  // Bounced activity list (help-page description; markup guessed): address, type, reason link.
  bounceTable: {
    columns: { email: ['Email address', 'Email', 'Subscriber'], type: ['Bounce type', 'Type'], reason: ['Bounce reason', 'Reason'], date: ['Bounce date', 'Date'] },
    required: ['email', 'type'] as const,
  },
  abuseTable: { columns: { email: ['Email address', 'Email', 'Subscriber'], date: ['Date', 'Complaint date'] }, required: ['email'] as const },
  loading: /loading|just a moment/i,
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

/** Is this a Mailchimp report page this adapter reads (URL only)? */
export function matchesUrl(url: URL): boolean {
  return SELECTORS.hosts.test(url.hostname) && Object.values(SELECTORS.paths).some((ps) => ps.some((p) => p.test(url.pathname)));
}

function pageKind(url: URL, doc?: Document): PageKind | undefined {
  if (!SELECTORS.hosts.test(url.hostname)) return undefined;
  const kind = (Object.keys(SELECTORS.paths) as PageKind[]).find((k) => SELECTORS.paths[k].some((p) => p.test(url.pathname)));
  if (!kind || !doc) return kind;
  // Content confirms the URL: an overview links to its activity lists, a list has its table.
  if (kind === 'overview') return linksTo(doc, SELECTORS.recipients.link).length || findByText(doc, SELECTORS.classic.opened).length ? kind : undefined;
  const table = kind === 'bounces' ? readTable(doc, SELECTORS.bounceTable) : readTable(doc, SELECTORS.abuseTable);
  return table ? kind : undefined;
}

function readOverview(doc: Document, url: URL): ExtractResult<CampaignReport> {
  const recipientsLink = linksTo(doc, SELECTORS.recipients.link)[0];
  const tiles = Object.values(SELECTORS.tiles).flatMap((t) => linksTo(doc, t.link));
  const classicOpened = readLabelled(doc, SELECTORS.classic.opened);
  if (!recipientsLink && tiles.length === 0 && classicOpened === undefined)
    return SELECTORS.loading.test(textOf(doc.body)) || textOf(doc.body).length < 400 ? { ok: false, reason: 'still-loading' } : { ok: false, reason: 'not-a-report-page' };
  const isNew = tiles.some((a) => /\d/.test(textOf(a)));
  const tile = (k: keyof typeof SELECTORS.tiles) => (isNew ? readTile(doc, SELECTORS.tiles[k]) : undefined);
  const classic = (labels: readonly string[]) => (isNew ? undefined : parseCount(readLabelled(doc, labels)));
  const classicRate = (labels: readonly string[]) => (isNew ? undefined : parseRate(readLabelled(doc, labels)?.split(' ')[0]));
  const opens = tile('opens');
  const clicks = tile('clicks');
  const bounces = tile('bounces');
  const unsubs = tile('unsubscribes');
  const sentLabel = findByText(doc, SELECTORS.sentBadge)[0];
  const sentText = sentLabel?.nextElementSibling ? textOf(sentLabel.nextElementSibling) : undefined;
  const allText = textOf(doc.body);
  const fromText = readLabelled(doc, SELECTORS.fromRow);
  const senderEmail = emailIn(fromText);
  const user = Array.from(doc.querySelectorAll('a[href]'))
    .map((a) => SELECTORS.archiveUser.exec(a.getAttribute('href') ?? '')?.[1])
    .find(Boolean);
  const recipientsText = recipientsLink ? textOf(recipientsLink) : readLabelled(doc, SELECTORS.recipients.labels);
  const report: CampaignReport = {
    provider: 'mailchimp',
    campaignId: url.searchParams.get('id') ?? undefined,
    campaignName: textOf(doc.querySelector('h1')) || undefined,
    subject: readLabelled(doc, SELECTORS.subject),
    sentAt: sentText ? parseMailchimpDate(sentText) : undefined,
    recipients: parseCount(recipientsText) ?? parseCount(readLabelled(doc, SELECTORS.recipients.labels)),
    delivered: parseCount(readLabelled(doc, SELECTORS.details.delivered)?.split(/[(\s](?=[\d.,]*%)/)[0]),
    opens: { unique: opens?.count ?? classic(SELECTORS.classic.opened), total: parseCount(readLabelled(doc, SELECTORS.details.totalOpens)), rate: opens?.rate ?? classicRate(SELECTORS.classic.openRate) },
    clicks: { unique: clicks?.count ?? classic(SELECTORS.classic.clicked), total: parseCount(readLabelled(doc, SELECTORS.details.totalClicks)), rate: clicks?.rate ?? classicRate(SELECTORS.classic.clickRate) },
    bounces: { total: bounces?.count ?? classic(SELECTORS.classic.bounced), rate: bounces?.rate },
    unsubscribes: { count: unsubs?.count ?? classic(SELECTORS.classic.unsubscribed), rate: unsubs?.rate },
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

function extractReport(doc: Document, href: string): ExtractResult<CampaignReport> {
  const url = new URL(href);
  const kind = pageKind(url);
  if (kind === 'overview') return readOverview(doc, url);
  if (kind === 'abuse') {
    const table = readTable(doc, SELECTORS.abuseTable);
    if (!table) return { ok: false, reason: 'layout-changed', missing: ['abuse list'] };
    const count = table.rows.filter((r) => looksLikeEmail(r.cells.email ?? '')).length;
    return validateReport({ provider: 'mailchimp', campaignId: url.searchParams.get('id') ?? undefined, complaints: { count } }, ['complaints.count']);
  }
  return { ok: false, reason: 'not-a-report-page' };
}

function extractBounces(doc: Document, href: string): ExtractResult<BouncedAddress[]> {
  const url = new URL(href);
  if (pageKind(url) !== 'bounces') return { ok: false, reason: 'not-a-report-page' };
  const table = readTable(doc, SELECTORS.bounceTable);
  if (!table) return SELECTORS.loading.test(textOf(doc.body)) ? { ok: false, reason: 'still-loading' } : { ok: false, reason: 'layout-changed', missing: ['bounce list'] };
  const out: BouncedAddress[] = [];
  for (const { cells, links } of table.rows) {
    const email = cells.email ?? '';
    if (!looksLikeEmail(email)) continue; // a "no bounces" row or a footer
    const type = (cells.type ?? '').toLowerCase();
    // Reasons are fetched with the user's login: only from Mailchimp's own origin (issue 4 §2).
    const reasonHref = links.reason ? new URL(links.reason, url) : undefined;
    const reasonLink = reasonHref?.origin === url.origin ? reasonHref.href : undefined;
    const date = cells.date ? parseMailchimpDate(cells.date) : undefined;
    out.push({
      email,
      espType: type.startsWith('hard') ? 'hard' : type.startsWith('soft') ? 'soft' : 'unknown',
      espLabel: cells.type || undefined,
      ...(reasonLink ? { reasonUrl: reasonLink } : {}),
      ...(date ? { date } : {}),
    });
  }
  return { ok: true, value: out };
}

export const mailchimp: EspAdapter = {
  provider: 'mailchimp',
  selectors: SELECTORS,
  matchesUrl,
  pageKind,
  extractReport,
  extractBounces,
  bounceListUrl: (url) => `${url.origin}/reports/activity/bounced?id=${encodeURIComponent(url.searchParams.get('id') ?? '')}`,
};
