// Mailchimp report pages (esp-pages.md "Mailchimp", revised; evidence: Mailchimp's list of
// analytics screens and a public clone of the live report DOM, early 2025). Anchored on hrefs
// (/reports/show, /reports/activity/*), img[alt], h3 and structure; label text only confirms.
import {
  cellsOf,
  findByText,
  firstInDescendants,
  tableRows,
  isInside,
  isLabel,
  ownText,
  readLabelled,
  textOf,
} from './dom';
import { parseRate, rateIn } from './numbers';
import { bounceListOf, hasPaging, statedTotal } from './paging';
import { createCollector } from './reading';
import { emailIn, looksLikeEmail } from './table';
import { validateReport } from './validate';
import type {
  AlreadyRead,
  BouncedAddress,
  BounceList,
  CampaignReport,
  EspAdapter,
  ExtractResult,
  PageKind,
} from './types';

const ACTIVITY = ['sent', 'opened', 'clicked', 'bounced', 'unsubscribed', 'abuse'] as const;
type Activity = (typeof ACTIVITY)[number];
const KIND_OF: Record<Activity, PageKind> = {
  sent: 'sent',
  opened: 'opens',
  clicked: 'clicks',
  bounced: 'bounces',
  unsubscribed: 'unsubscribes',
  abuse: 'abuse',
};
/** The figure each activity list's stated total is (esp-pages.md: "Showing results 1 - 10 of N"). */
const FIGURE_OF: Record<Activity, string> = {
  sent: 'recipients',
  opened: 'opens.unique',
  clicked: 'clicks.unique',
  bounced: 'bounces.total',
  unsubscribed: 'unsubscribes.count',
  abuse: 'complaints.count',
};

export const SELECTORS = {
  hosts: /^us\d+\.admin\.mailchimp\.com$/,
  // Seen 2025 in Mailchimp's list of analytics screens: both plural and singular /analytics route.
  overview: [/^\/reports\/summary\/?$/, /^\/i\/reports\/summary\/?$/, /^\/analytics\/reports?\/overview\/?$/],
  activity: /^\/reports\/activity\/(sent|opened|clicked|bounced|unsubscribed|abuse)\/?$/,
  viewEmail: 'a[href^="/reports/show"]',
  activityLink: (a: Activity) => `a[href^="/reports/activity/${a}"]`,
  // The 24-hour snapshot chart holds img[alt="Click rate"]: a decoy for tile lookups (seen).
  snapshot: '[data-testid="metric-label-with-coin"]',
  // Beside the rates in help pages (seen): never the campaign's own figure.
  decoys: [
    'Industry average',
    'List average',
    'Branchegemiddelde',
    'Lijstgemiddelde',
    'Moyenne du secteur',
    'Moyenne de la liste',
    'Branchendurchschnitt',
    'Listendurchschnitt',
    'Promedio del sector',
    'Promedio de la lista',
  ],
  // Labels confirm (en seen; nl/fr/de/es [guess]).
  labels: {
    // Row labels of the summary and the recipient tables: they confirm, and "copy page structure" keeps them.
    recipients: ['Recipients', 'Ontvangers', 'Destinataires', 'Empfänger', 'Destinatarios'],
    email: ['Email Address', 'E-mailadres', 'Adresse e-mail', 'E-Mail-Adresse', 'Dirección de correo electrónico'],
    deliveries: [
      'Successful deliveries',
      'Geslaagde afleveringen',
      'Livraisons réussies',
      'Erfolgreiche Zustellungen',
      'Entregas correctas',
    ],
    subject: ['Subject', 'Onderwerp', 'Objet', 'Betreff', 'Asunto'],
    sent: ['Sent', 'Verzonden', 'Envoyé', 'Envoyée', 'Gesendet', 'Enviado'],
    totalOpens: [
      'Total opens',
      'Totaal aantal opens',
      'Ouvertures totales',
      'Öffnungen insgesamt',
      'Aperturas totales',
    ],
    totalClicks: ['Total clicks', 'Totaal aantal klikken', 'Clics totaux', 'Klicks insgesamt', 'Clics totales'],
    clicksPerOpen: [
      'Clicks per unique opens',
      'Klikken per unieke opens',
      'Clics par ouverture unique',
      'Klicks pro eindeutige Öffnung',
      'Clics por apertura única',
    ],
    abuse: ['Abuse reports', 'Misbruikmeldingen', "Signalements d'abus", 'Missbrauchsmeldungen', 'Informes de abuso'],
  },
  tileAlts: {
    opened: ['Open rate', 'Openingspercentage', "Taux d'ouverture", 'Öffnungsrate', 'Tasa de apertura'],
    clicked: ['Click rate', 'Klikpercentage', 'Taux de clics', 'Klickrate', 'Tasa de clics'],
    bounced: ['Bounce rate', 'Bouncepercentage', 'Taux de rebond', 'Bounce-Rate', 'Tasa de rebote'],
    unsubscribed: [
      'Unsubscribe rate',
      'Uitschrijvingspercentage',
      'Taux de désabonnement',
      'Abmelderate',
      'Tasa de bajas',
    ],
  },
  hard: /^(hard|hard bounce|permanent|définitif|dauerhaft|permanente)$/i,
  soft: /^(soft|soft bounce|zacht|tijdelijk|temporaire|temporär|temporal)$/i,
  hardSoftCount: /^(\d[\d.,\u00a0]*)\s+(hard|soft)\b/i,
  authBanner: /authenticat|authentific|authentifiz|authentiseer|autentica/i,
  archiveUser: /campaign-archive\d*\.com\/?\?u=([0-9a-f]+)/i,
} as const;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The send time as Mailchimp prints it, MM/DD or DD/MM account setting, 12- or 24-hour clock
 * (esp-pages.md): "Tue, Dec 10, 2024 10:00 am" / "Tue, 10 Dec 2024 22:00" → local ISO time.
 */
export function parseMailchimpDate(text: string): string | undefined {
  const md = /([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})/.exec(text);
  const dm = /(\d{1,2}) ([A-Za-z]{3})[a-z]*\.?,? (\d{4})/.exec(text);
  const [mon, day, year] = md ? [md[1]!, md[2]!, md[3]!] : dm ? [dm[2]!, dm[1]!, dm[3]!] : [];
  const month = mon ? MONTHS.indexOf(mon.toLowerCase()) : -1;
  if (month < 0 || !day || !year || Number(day) > 31) return undefined;
  const t = /(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?/i.exec(text.slice((md ?? dm)!.index + (md ?? dm)![0].length));
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${year}-${pad(month + 1)}-${pad(Number(day))}`;
  if (!t) return date;
  let hour = Number(t[1]);
  if (t[3]) hour = (hour % 12) + (t[3].toLowerCase().startsWith('p') ? 12 : 0);
  return hour < 24 ? `${date}T${pad(hour)}:${t[2]}` : date;
}

function route(url: URL): { kind: PageKind; activity?: Activity } | undefined {
  if (!SELECTORS.hosts.test(url.hostname)) return undefined;
  if (SELECTORS.overview.some((p) => p.test(url.pathname))) return { kind: 'overview' };
  const m = SELECTORS.activity.exec(url.pathname);
  return m ? { kind: KIND_OF[m[1] as Activity], activity: m[1] as Activity } : undefined;
}

/** Is this a Mailchimp report page this adapter reads (URL only)? */
export function matchesUrl(url: URL): boolean {
  return route(url) !== undefined;
}

/** Tile links outside the snapshot chart whose text starts with a count ("392 bounced"). */
function tileLink(doc: Document, a: Activity): HTMLAnchorElement | undefined {
  const charts = Array.from(doc.querySelectorAll(SELECTORS.snapshot)).map((m) => m.closest('section') ?? m);
  return Array.from(doc.querySelectorAll<HTMLAnchorElement>(SELECTORS.activityLink(a))).find(
    (l) => !charts.some((ch) => ch.contains(l)) && /^\s*[+\-\u2212]?\d/.test(textOf(l)) && !/%/.test(textOf(l)),
  );
}

/** The tile's own rate: the h3 in the nearest container of the link, never an average beside it. */
function tileRate(link: Element): { rate?: number; text?: string } {
  for (let el = link.parentElement; el && el.tagName !== 'BODY'; el = el.parentElement) {
    const h3s = Array.from(el.querySelectorAll('h3')).filter(
      (h) => !findByText(h, SELECTORS.decoys, '*').length && !isLabel(textOf(h), SELECTORS.decoys),
    );
    if (!h3s.length) continue;
    const text = textOf(h3s[0]!);
    return { rate: parseRate(text), text };
  }
  return {};
}

function campaignName(doc: Document): string | undefined {
  const link = doc.querySelector(SELECTORS.viewEmail);
  // Absent on the activity lists and on a page that is not the overview.
  if (!link) return undefined;
  for (let el = link.parentElement, depth = 0; el && depth < 3; el = el.parentElement, depth++) {
    const ps = Array.from(el.querySelectorAll('p')).filter((p) => !p.contains(link) && textOf(p));
    if (ps.length) return textOf(ps[0]!);
  }
  return undefined;
}

/** The send time: the text node after the "Sent" badge in the same p (seen, clone). */
function sentAt(doc: Document): string | undefined {
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const badge = p.firstElementChild;
    if (!badge || !isLabel(textOf(badge), SELECTORS.labels.sent)) continue;
    const when = parseMailchimpDate(ownText(p));
    if (when) return when;
  }
  return undefined;
}

/** The From address: the bold address at the end of the sender banner (seen; only place shown). */
function senderEmail(doc: Document): string | undefined {
  for (const el of Array.from(doc.querySelectorAll('b, strong, span'))) {
    const t = textOf(el);
    if (el.children.length || !looksLikeEmail(t) || isInside(el, 'table')) continue;
    for (let up = el.parentElement, d = 0; up && d < 4; up = up.parentElement, d++)
      if (SELECTORS.authBanner.test(textOf(up))) return t;
  }
  return undefined;
}

function readOverview(doc: Document, url: URL): ExtractResult<CampaignReport> {
  const c = createCollector();
  const sentLinks = Array.from(doc.querySelectorAll(SELECTORS.activityLink('sent'))).filter(
    (a) => !isInside(a, 'table'),
  );
  const tiles = (['opened', 'clicked', 'bounced', 'unsubscribed'] as const).map((a) => tileLink(doc, a));
  if (!doc.querySelector(SELECTORS.viewEmail) && !sentLinks.length && !tiles.some(Boolean))
    return textOf(doc.body).length < 200
      ? { ok: false, reason: 'still-loading' }
      : { ok: false, reason: 'layout-changed', missing: ['recipients', 'bounces.total', 'opens.rate'] };
  // Recipients: the summary's plain count linking to the sent list; deliveries: "N (x%)" to the same list.
  const recLink = sentLinks.find((a) => !/%/.test(textOf(a)));
  const delLink = sentLinks.find((a) => /%/.test(textOf(a)));
  const tile = (i: number, figure: string): { count?: number; rate?: number } => {
    const link = tiles[i];
    if (!link) return {};
    return { count: c.lead(figure, textOf(link)), ...tileRate(link) };
  };
  const [opens, clicks, bounces, unsubs] = [
    tile(0, 'opens.unique'),
    tile(1, 'clicks.unique'),
    tile(2, 'bounces.total'),
    tile(3, 'unsubscribes.count'),
  ];
  const label = (labels: readonly string[], figure: string) => c.count(figure, readLabelled(doc, labels));
  const email = senderEmail(doc);
  const user = Array.from(doc.querySelectorAll('a[href]'))
    .map((a) => SELECTORS.archiveUser.exec(a.getAttribute('href') ?? '')?.[1])
    .find(Boolean);
  const allText = textOf(doc.body);
  const report: CampaignReport = {
    provider: 'mailchimp',
    campaignId: url.searchParams.get('id') ?? undefined,
    campaignName: campaignName(doc),
    subject: readLabelled(doc, SELECTORS.labels.subject),
    sentAt: sentAt(doc),
    recipients: recLink ? c.count('recipients', textOf(recLink)) : undefined,
    delivered: delLink ? c.lead('delivered', textOf(delLink)) : undefined,
    opens: { unique: opens.count, total: label(SELECTORS.labels.totalOpens, 'opens.total'), rate: opens.rate },
    clicks: {
      unique: clicks.count,
      total: label(SELECTORS.labels.totalClicks, 'clicks.total'),
      rate: clicks.rate,
      toOpenRate: rateIn(readLabelled(doc, SELECTORS.labels.clicksPerOpen)),
    },
    bounces: { total: bounces.count, rate: bounces.rate },
    unsubscribes: { count: unsubs.count, rate: unsubs.rate },
    complaints: { count: label(SELECTORS.labels.abuse, 'complaints.count') },
    senderEmail: email,
    // knowledge.md §2: Mailchimp excludes Apple MPP opens for sends from 2024-06-22; only say so
    // when the page itself says so.
    mppExcluded: /exclud\w*[^.]{0,80}Apple|Apple[^.]{0,80}exclud/i.test(allText) || undefined,
    accountKey: `mailchimp:${url.hostname}${user ? `:${user}` : ''}`,
    senderDomainHint: emailIn(email)?.split('@')[1]?.toLowerCase(),
  };
  return validateReport(report, ['recipients', 'bounces.total', 'opens.rate'], c.notes);
}

/** The address in a cell: its whole text, else the whole text of one of its leaf elements (a badge may sit beside it). */
function emailOfCell(cell: Element): string | undefined {
  const t = textOf(cell);
  if (!t.includes('@')) return undefined;
  // Adjacent elements' texts run together ("Hard" + address): with children, only a leaf counts.
  if (!cell.firstElementChild) return looksLikeEmail(t) ? t : undefined;
  return firstInDescendants(cell, (e) => {
    if (e.firstElementChild) return undefined;
    const leaf = textOf(e);
    return looksLikeEmail(leaf) ? leaf : undefined;
  });
}

/** A hard/soft word in a cell: its whole text, its own text, or a badge inside it. */
function typeOfCell(cell: Element | undefined): string | undefined {
  if (!cell) return undefined;
  const isType = (x: string) => SELECTORS.hard.test(x) || SELECTORS.soft.test(x);
  const t = textOf(cell);
  if (isType(t)) return t;
  const own = ownText(cell);
  if (isType(own)) return own;
  return firstInDescendants(cell, (e) => {
    const x = e.firstElementChild ? ownText(e) : textOf(e);
    return isType(x) ? x : undefined;
  });
}

/** The addresses of a recipient table (the abuse list's complainers, issue 13 §3). */
export function readRecipientEmails(doc: Document, url: string): string[] {
  return [...new Set(readRows(doc, new URL(url), false).map((r) => r.email))];
}

/** The rows of a recipient table: the address cell, a hard/soft note beside it, the reason link at the end. */
function readRows(doc: Document, url: URL, withType: boolean): BouncedAddress[] {
  const out: BouncedAddress[] = [];
  for (const tr of tableRows(doc)) {
    const cells = cellsOf(tr);
    let email: string | undefined;
    let at = -1;
    while (!email && ++at < cells.length) email = emailOfCell(cells[at]!);
    if (!email) continue; // a "no subscribers" row or a footer
    if (!withType) {
      out.push({ email, espType: 'unknown' });
      continue;
    }
    // Hard/soft is "noted next to each address" (help): a badge in the address cell or the next one.
    const badge = typeOfCell(cells[at]) ?? typeOfCell(cells[at + 1]);
    let href: string | null = null;
    for (let i = cells.length - 1; i > at && href === null; i--) {
      const links = cells[i]!.getElementsByTagName('a');
      href = links.length ? links[links.length - 1]!.getAttribute('href') : null;
    }
    // Reasons are fetched with the user's login: only from Mailchimp's own origin (issue 4 §2).
    const reasonUrl =
      href === null
        ? undefined
        : href.startsWith('/') && !href.startsWith('//')
          ? url.origin + href
          : new URL(href, url).origin === url.origin
            ? new URL(href, url).href
            : undefined;
    out.push({
      email,
      espType: badge && SELECTORS.hard.test(badge) ? 'hard' : badge && SELECTORS.soft.test(badge) ? 'soft' : 'unknown',
      ...(badge ? { espLabel: badge } : {}),
      ...(reasonUrl ? { reasonUrl } : {}),
    });
  }
  return out;
}

function readActivity(doc: Document, url: URL, activity: Activity, known?: AlreadyRead): ExtractResult<CampaignReport> {
  const table = doc.querySelector('table, [role=table], [role=grid]');
  if (!table)
    return textOf(doc.body).length < 200
      ? { ok: false, reason: 'still-loading' }
      : { ok: false, reason: 'layout-changed', missing: [FIGURE_OF[activity]] };
  // The stated total is the figure; the rows are counted only when the page states none and
  // shows no paging, and not at all when extractBounces just read them (a 10,000-row list is
  // read once). readRows keeps the same rows with or without their type, so the counts agree.
  const stated = statedTotal(doc);
  const listRows = activity === 'bounced' ? known?.listRows : undefined;
  const total = stated ?? (hasPaging(doc) ? undefined : (listRows ?? readRows(doc, url, false).length));
  const [group, field] = FIGURE_OF[activity].split('.') as [string, string | undefined];
  const report: Record<string, unknown> = {
    provider: 'mailchimp',
    campaignId: url.searchParams.get('id') ?? undefined,
    accountKey: `mailchimp:${url.hostname}`,
  };
  if (field) report[group] = { [field]: total };
  else report[group] = total;
  if (activity === 'bounced') {
    // "the page shows how many hard and soft bounces there were" (help; markup [guess]).
    for (const el of Array.from(doc.querySelectorAll('p, li'))) {
      const m = SELECTORS.hardSoftCount.exec(textOf(el));
      if (m && el.children.length <= 2)
        (report.bounces as Record<string, number>)[m[2]!.toLowerCase()] ??= Number(m[1]!.replace(/[.,\u00a0]/g, ''));
    }
  }
  return validateReport(report as unknown as CampaignReport, [FIGURE_OF[activity]]);
}

function pageKind(url: URL, doc?: Document): PageKind | undefined {
  const r = route(url);
  if (!r || !doc) return r?.kind;
  const res = r.activity ? readActivity(doc, url, r.activity) : readOverview(doc, url);
  return res.ok ? r.kind : undefined;
}

function extractReport(doc: Document, href: string, known?: AlreadyRead): ExtractResult<CampaignReport> {
  const url = new URL(href);
  const r = route(url);
  if (!r) return { ok: false, reason: 'not-a-report-page' };
  return r.activity ? readActivity(doc, url, r.activity, known) : readOverview(doc, url);
}

function extractBounces(doc: Document, href: string): ExtractResult<BounceList> {
  const url = new URL(href);
  if (route(url)?.kind !== 'bounces') return { ok: false, reason: 'not-a-report-page' };
  if (!doc.querySelector('table, [role=table], [role=grid]'))
    return textOf(doc.body).length < 200
      ? { ok: false, reason: 'still-loading' }
      : { ok: false, reason: 'layout-changed', missing: ['bounce list'] };
  return { ok: true, value: bounceListOf(readRows(doc, url, true), doc) };
}

export const mailchimp: EspAdapter = {
  provider: 'mailchimp',
  selectors: SELECTORS,
  matchesUrl,
  pageKind,
  extractReport,
  extractBounces,
  bounceListUrl: (url) =>
    `${url.origin}/reports/activity/bounced?id=${encodeURIComponent(url.searchParams.get('id') ?? '')}`,
};
