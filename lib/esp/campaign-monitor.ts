// Campaign Monitor report pages (esp-pages.md "Campaign Monitor", revised). The Snapshot and
// bounced-list URLs are unknown ([guess]), so pages under /campaigns/reports/ are recognised by
// content; the public web version of the email (viewCampaign.aspx) and the public Worldview
// page (/reports/wv/r/…) are never reports (seen). The % beside "clicked a link" is clicks ÷
// unique opens in CM's help (seen): it goes to clicks.toOpenRate. Runs on *.createsend.com and on
// custom login domains the user added (seen: "a custom domain can be used to log in").
import { readLabelled, textOf } from './dom';
import { isFigureText, leadingCount, parseCountAndRate, parseRate } from './numbers';
import { bounceListOf } from './paging';
import { isProviderHost } from './providers';
import { createCollector } from './reading';
import { isoDateOf, readContentRows } from './rows';
import { validateReport } from './validate';
import type { BouncedAddress, BounceList, CampaignReport, EspAdapter, ExtractResult, PageKind } from './types';

export const SELECTORS = {
  reports: /^\/campaigns\/reports\//i,
  // Seen: not report pages, though they show a campaign's figures or its content.
  notReports: [/\/viewcampaign\.aspx$/i, /^\/reports\/wv\/r\//i],
  bouncedLink: 'a[href*="bounced" i]',
  // Wording seen in CM help (en); nl/fr/de/es [guess].
  labels: {
    recipients: ['Recipients', 'Ontvangers', 'Destinataires', 'Empfänger', 'Destinatarios'],
    uniqueOpens: ['Unique opens', 'Unieke opens', 'Ouvertures uniques', 'Eindeutige Öffnungen', 'Aperturas únicas'],
    totalOpens: [
      'Total opens to date',
      'Totaal aantal opens tot nu toe',
      'Total des ouvertures à ce jour',
      'Öffnungen bis heute',
      'Aperturas totales hasta la fecha',
    ],
    opened: ['Opened', 'Geopend', 'Ouvert', 'Geöffnet', 'Abierto'],
    clicked: ['Clicked', 'Geklikt', 'Cliqué', 'Geklickt', 'Con clic'],
    unsubscribed: ['Unsubscribed', 'Uitgeschreven', 'Désabonnés', 'Abgemeldet', 'Bajas'],
    bounced: [
      'Bounced emails',
      'Bounced',
      'Gebouncede e-mails',
      'E-mails rebondis',
      'Unzustellbare E-Mails',
      'Correos rebotados',
    ],
    complaints: [
      'Marked as spam',
      'Als spam gemarkeerd',
      'Signalés comme spam',
      'Als Spam markiert',
      'Marcados como spam',
    ],
    subject: ['Subject', 'Onderwerp', 'Objet', 'Betreff', 'Asunto'],
    from: ['From', 'Van', 'De', 'Von', 'Remitente'],
  },
  // "<rate> <phrase>" lines (seen: "opened so far", "clicked a link", the share "of emails sent").
  phrases: {
    openRate:
      /^(\d[\d.,\s\u00a0\u202f]*%)\s*(opened so far|tot nu toe geopend|ont ouvert jusqu'ici|bisher geöffnet|abierto hasta ahora)$/i,
    clickToOpen:
      /^(\d[\d.,\s\u00a0\u202f]*%)\s*(clicked a link|klikten op een link|ont cliqué sur un lien|haben einen link geklickt|hicieron clic en un enlace)$/i,
    bounceRate:
      /^(\d[\d.,\s\u00a0\u202f]*%)\s*(of emails sent|van de verzonden e-mails|des e-mails envoyés|der gesendeten e-mails|de los correos enviados)$/i,
    emailsBounced:
      /^(.*?)\s*(emails bounced|e-mails gebounced|e-mails ont rebondi|e-mails unzustellbar|correos rebotaron)$/i,
  },
  // Bounce reasons follow the BounceStudio taxonomy (seen in code); BounceType is Hard/Soft.
  /** The lower-cased start of CM's "Bounce - But No Email Address Returned" label (a soft bounce). */
  noAddressBounce: 'bounce - but no email',
  bounceWord:
    /^(hard|soft|hard bounce|soft bounce( - .+)?|bounce - but no email address returned|general bounce|mail block( - .+)?|auto reply|transient bounce|subscribe request|unsubscribe request|challenge response)$/i,
} as const;

function kindByUrl(url: URL): 'report' | undefined {
  if (
    url.protocol !== 'https:' ||
    isProviderHost('mailchimp', url.hostname) ||
    isProviderHost('activecampaign', url.hostname)
  )
    return undefined;
  if (SELECTORS.notReports.some((p) => p.test(url.pathname))) return undefined;
  return SELECTORS.reports.test(url.pathname) ? 'report' : undefined;
}

/** Is this possibly a Campaign Monitor report page (URL only, any host; confirmed by content)? */
export function matchesUrl(url: URL): boolean {
  return kindByUrl(url) !== undefined;
}

/** The rate in the first element whose whole text is "<rate> <phrase>". */
function phraseRate(doc: Document, re: RegExp): number | undefined {
  for (const el of Array.from(doc.querySelectorAll('p, span, div, small, li'))) {
    if (el.children.length > 2) continue;
    const m = re.exec(textOf(el));
    if (m) return parseRate(m[1]!.trim());
  }
  return undefined;
}

function isSnapshot(doc: Document): boolean {
  const L = SELECTORS.labels;
  const found = [L.recipients, L.uniqueOpens, L.opened, L.clicked, L.bounced].filter((l) =>
    isFigureText(readLabelled(doc, l)),
  );
  return found.length >= 3;
}

function bounceRows(doc: Document) {
  return readContentRows(doc, SELECTORS.bounceWord).filter((r) => r.type);
}

function pageKind(url: URL, doc?: Document): PageKind | undefined {
  if (!kindByUrl(url) || !doc) return undefined;
  if (isSnapshot(doc)) return 'overview';
  return bounceRows(doc).length ? 'bounces' : undefined;
}

function readSnapshot(doc: Document, url: URL): ExtractResult<CampaignReport> {
  const c = createCollector();
  const L = SELECTORS.labels;
  const get = (labels: readonly string[], figure: string) => {
    const shown = readLabelled(doc, labels);
    const text = isFigureText(shown) ? shown : undefined;
    return c.reading(figure, parseCountAndRate(text).count, text);
  };
  let bounces = get(L.bounced, 'bounces.total');
  if (bounces === undefined) {
    // "<N> emails bounced" links to who bounced and why (seen wording).
    const link = Array.from(doc.querySelectorAll(SELECTORS.bouncedLink))
      .map((a) => SELECTORS.phrases.emailsBounced.exec(textOf(a)))
      .find(Boolean);
    bounces = link ? c.reading('bounces.total', leadingCount(link[1]!), link[1]) : undefined;
  }
  const from = readLabelled(doc, L.from);
  const senderEmail = /[^\s<>@]+@[a-z0-9.-]+\.[a-z]{2,}/i.exec(from ?? '')?.[0];
  const report: CampaignReport = {
    provider: 'campaign-monitor',
    campaignId: url.searchParams.get('cID') ?? undefined,
    campaignName: textOf(doc.querySelector('h1')) || undefined,
    subject: readLabelled(doc, L.subject),
    recipients: get(L.recipients, 'recipients'),
    opens: {
      unique: get(L.uniqueOpens, 'opens.unique') ?? get(L.opened, 'opens.unique'),
      total: get(L.totalOpens, 'opens.total'),
      rate: phraseRate(doc, SELECTORS.phrases.openRate),
    },
    clicks: { unique: get(L.clicked, 'clicks.unique'), toOpenRate: phraseRate(doc, SELECTORS.phrases.clickToOpen) },
    unsubscribes: { count: get(L.unsubscribed, 'unsubscribes.count') },
    bounces: { total: bounces, rate: phraseRate(doc, SELECTORS.phrases.bounceRate) },
    complaints: { count: get(L.complaints, 'complaints.count') },
    senderEmail,
    senderName:
      from && senderEmail ? from.replace(senderEmail, '').replace(/[<>"]/g, '').trim() || undefined : undefined,
    senderDomainHint: senderEmail?.split('@')[1]?.toLowerCase(),
    accountKey: `campaign-monitor:${url.hostname}`,
  };
  return validateReport(report, ['recipients', 'bounces.total', 'opens.unique'], c.notes);
}

function extractReport(doc: Document, href: string): ExtractResult<CampaignReport> {
  const url = new URL(href);
  if (!kindByUrl(url)) return { ok: false, reason: 'not-a-report-page' };
  if (isSnapshot(doc)) return readSnapshot(doc, url);
  return textOf(doc.body).length < 200
    ? { ok: false, reason: 'still-loading' }
    : { ok: false, reason: 'not-a-report-page' };
}

/** "Soft Bounce - Mailbox Full" → soft; "Hard Bounce" → hard; "Mail Block - …" → unknown (CM's own label kept). */
export function campaignMonitorTypeOf(label: string): BouncedAddress['espType'] {
  const l = label.toLowerCase();
  if (l.startsWith('hard')) return 'hard';
  if (l.startsWith('soft') || l.startsWith(SELECTORS.noAddressBounce)) return 'soft';
  return 'unknown';
}

function extractBounces(doc: Document, href: string): ExtractResult<BounceList> {
  if (!kindByUrl(new URL(href))) return { ok: false, reason: 'not-a-report-page' };
  const rows = bounceRows(doc);
  if (!rows.length) return { ok: false, reason: 'not-a-report-page' };
  const out = rows.map((row): BouncedAddress => {
    // The type and the reason may be two columns (API: BounceType separate from Reason).
    const reasonLabel =
      [row.type!, ...row.text].find((t) => SELECTORS.bounceWord.test(t) && !/^(hard|soft)$/i.test(t)) ?? row.type!;
    const date = isoDateOf(row.date);
    return {
      email: row.email,
      espType: campaignMonitorTypeOf(row.type!),
      espLabel: reasonLabel,
      reason: reasonLabel,
      ...(date ? { date } : {}),
    };
  });
  return { ok: true, value: bounceListOf(out, doc) };
}

export const campaignMonitor: EspAdapter = {
  provider: 'campaign-monitor',
  selectors: SELECTORS,
  matchesUrl,
  pageKind,
  extractReport,
  extractBounces,
  bounceListUrl: (url) =>
    `${url.origin}/campaigns/reports/recipientactivity/bounced?cID=${encodeURIComponent(url.searchParams.get('cID') ?? '')}`,
};
