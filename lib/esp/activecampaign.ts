// ActiveCampaign report pages (esp-pages.md "ActiveCampaign", revised). Classic report: hash
// routes, each counter on its own tab with a stable id (seen in a working Selenium scraper);
// the overview shows bounces only as a percentage (seen in help). New reporting (accounts from
// 2024-12-20): its URL is unknown, so it is recognised by content under any /app/… route; its
// markup is a [guess] read by labels. Runs on *.activehosted.com and custom login domains the
// user added (optional host permission).
import { findByText, isLabel, readLabelled, textOf } from './dom';
import { isFigureText, parseCountAndRate, parseRate, rateIn } from './numbers';
import { bounceListOf } from './paging';
import { isProviderHost } from './providers';
import { createCollector } from './reading';
import { isoDateOf, readContentRows } from './rows';
import { emailIn, looksLikeEmail } from './table';
import { validateReport } from './validate';
import type { BouncedAddress, BounceList, CampaignReport, EspAdapter, ExtractResult, PageKind } from './types';

type ClassicTab = 'overview' | 'opens' | 'clicks' | 'unsubscribes' | 'bounces';

export const SELECTORS = {
  // Seen (scraper, 2023–2025): /report/#/campaign/{ID}/{tab}.
  classicRoute: /^#\/campaign\/(\d+)\/(overview|opens|clicks|unsubscribes|bounces)\/?(?:[?#].*)?$/,
  // Seen: the campaign page is /app/campaigns/{id}; the report's own URL is unknown ([guess]).
  app: /^\/app\/./,
  appId: /\/(\d+)(?:\/|$)/,
  classicIds: {
    sent: 'span.sentto',
    opensTotal: '#open_total_t',
    opensUnique: '#open_unique_t',
    clicksTotal: '#link_total_t',
    clicksUnique: '#link_unique_t',
    unsubscribes: '#unsubscribe_total_t',
    bounces: '#bounce_total_t',
  },
  // The overview's Summary links each figure to its tab; the % is shown, the count only on hover.
  summaryLink: (id: string, tab: ClassicTab) => `#/campaign/${id}/${tab}`,
  // New reporting labels (en seen in help: sends, opens, clicks, unsubscribes, bounces and the
  // rates; nl/fr/de/es [guess]).
  newLabels: {
    sends: ['Sends', 'Sent', 'Verzonden', 'Envois', 'Gesendet', 'Envíos'],
    opens: ['Opens', 'Unique opens', 'Opens (uniek)', 'Ouvertures', 'Öffnungen', 'Aperturas'],
    clicks: ['Clicks', 'Unique clicks', 'Kliks', 'Klikken', 'Clics', 'Klicks'],
    unsubscribes: ['Unsubscribes', 'Uitschrijvingen', 'Désabonnements', 'Abmeldungen', 'Bajas'],
    bounces: ['Bounces', 'Rebonds', 'Bounces (totaal)', 'Rebotes'],
    openRate: ['Open rate', 'Openingspercentage', "Taux d'ouverture", 'Öffnungsrate', 'Tasa de apertura'],
    clickToOpen: [
      'Click-to-open rate',
      'Click to open rate',
      'Klik-per-open',
      'Taux de clics par ouverture',
      'Klick-zu-Öffnungsrate',
      'Tasa de clics por apertura',
    ],
    clickRate: ['Click rate', 'Klikpercentage', 'Taux de clics', 'Klickrate', 'Tasa de clics'],
    unsubscribeRate: [
      'Unsubscribe rate',
      'Uitschrijvingspercentage',
      'Taux de désabonnement',
      'Abmelderate',
      'Tasa de bajas',
    ],
    bounceRate: ['Bounce rate', 'Bouncepercentage', 'Taux de rebond', 'Bounce-Rate', 'Tasa de rebote'],
    from: ['From', 'Van', 'De', 'Von', 'Remitente'],
    subject: ['Subject', 'Onderwerp', 'Objet', 'Betreff', 'Asunto'],
  },
  hard: /^(hard|hard bounce|permanent|définitif|dauerhaft|permanente)$/i,
  soft: /^(soft|soft bounce|zacht|tijdelijk|temporaire|temporär|temporal)$/i,
} as const;

type Route =
  { id: string; kind: PageKind; classic: boolean } | { id?: string; kind?: undefined; classic: false; app: true };

function route(url: URL): Route | undefined {
  if (
    url.protocol !== 'https:' ||
    isProviderHost('mailchimp', url.hostname) ||
    isProviderHost('campaign-monitor', url.hostname)
  )
    return undefined;
  if (url.pathname.replace(/\/$/, '') === '/report') {
    const m = SELECTORS.classicRoute.exec(url.hash);
    return m ? { id: m[1]!, kind: m[2] as ClassicTab, classic: true } : undefined;
  }
  if (!SELECTORS.app.test(url.pathname)) return undefined;
  return { id: SELECTORS.appId.exec(url.pathname)?.[1], classic: false, app: true };
}

/** The campaign id in an ActiveCampaign report URL (classic hash route or an /app/ route). */
export function activeCampaignIdOf(url: URL): string | undefined {
  return route(url)?.id;
}

/** Is this possibly an ActiveCampaign report page (URL only, any host)? New reporting needs content. */
export function matchesUrl(url: URL): boolean {
  return route(url) !== undefined;
}

const NEW_COUNTS = ['sends', 'opens', 'clicks', 'unsubscribes', 'bounces'] as const;

/** New reporting is recognised by content: at least three of its metric labels with a count beside. */
function isNewReport(doc: Document): boolean {
  return NEW_COUNTS.filter((k) => isFigureText(readLabelled(doc, SELECTORS.newLabels[k]))).length >= 3;
}

/** New reporting's bounce list: rows with an address and a hard/soft type or a status code. */
function bounceRows(doc: Document) {
  return readContentRows(doc, new RegExp(`${SELECTORS.hard.source}|${SELECTORS.soft.source}`, 'i')).filter(
    (r) => r.type || r.code,
  );
}

function pageKind(url: URL, doc?: Document): PageKind | undefined {
  const r = route(url);
  if (!r) return undefined;
  if (r.kind) return !doc || readClassic(doc, url, r.id, r.kind as ClassicTab).ok ? r.kind : undefined;
  if (!doc) return undefined;
  if (isNewReport(doc)) return 'overview';
  return bounceRows(doc).length ? 'bounces' : undefined;
}

function readClassic(doc: Document, url: URL, id: string, tab: ClassicTab): ExtractResult<CampaignReport> {
  const c = createCollector();
  const ids = SELECTORS.classicIds;
  const el = (sel: string) => doc.querySelector(sel);
  const num = (figure: string, sel: string) => (el(sel) ? c.count(figure, textOf(el(sel))) : undefined);
  const base: CampaignReport = {
    provider: 'activecampaign',
    campaignId: id,
    accountKey: `activecampaign:${url.hostname}`,
  };
  let report: CampaignReport;
  let required: string[];
  if (tab === 'overview') {
    // Rates from the Summary box's links to each tab (count only on hover: [guess] markup).
    const links = Array.from(doc.querySelectorAll('a[href]'));
    // The tab bar links there too, without a rate: the Summary's link is the one holding a %.
    const rate = (t: ClassicTab) =>
      links
        .filter((a) => a.getAttribute('href')!.endsWith(SELECTORS.summaryLink(id, t)))
        .map((a) => rateIn(textOf(a)))
        .find((r) => r !== undefined);
    report = {
      ...base,
      campaignName: textOf(doc.querySelector('h1')) || undefined,
      recipients: num('recipients', ids.sent),
      opens: { rate: rate('opens') },
      clicks: { rate: rate('clicks') },
      unsubscribes: { rate: rate('unsubscribes') },
      bounces: { rate: rate('bounces') },
    };
    required = ['recipients'];
  } else if (tab === 'opens') {
    report = {
      ...base,
      opens: { unique: num('opens.unique', ids.opensUnique), total: num('opens.total', ids.opensTotal) },
    };
    required = ['opens.unique'];
  } else if (tab === 'clicks') {
    report = {
      ...base,
      clicks: { unique: num('clicks.unique', ids.clicksUnique), total: num('clicks.total', ids.clicksTotal) },
    };
    required = ['clicks.unique'];
  } else if (tab === 'unsubscribes') {
    report = { ...base, unsubscribes: { count: num('unsubscribes.count', ids.unsubscribes) } };
    required = ['unsubscribes.count'];
  } else {
    report = { ...base, bounces: { total: num('bounces.total', ids.bounces) } };
    required = ['bounces.total'];
  }
  const res = validateReport(report, required, c.notes);
  // Before the app renders the tab, none of its ids exist yet.
  if (!res.ok && !c.notes.length && res.reason === 'layout-changed' && textOf(doc.body).length < 200)
    return { ok: false, reason: 'still-loading' };
  return res;
}

function readNew(doc: Document, url: URL, id: string | undefined): ExtractResult<CampaignReport> {
  const c = createCollector();
  const L = SELECTORS.newLabels;
  const get = (labels: readonly string[], figure: string) => {
    const shown = readLabelled(doc, labels);
    // Only a value that is a figure as a whole: prose beside a label is not one.
    const text = isFigureText(shown) ? shown : undefined;
    const v = parseCountAndRate(text);
    return { count: c.reading(figure, v.count, text), rate: v.rate };
  };
  const rate = (labels: readonly string[]) => parseRate(readLabelled(doc, labels)) ?? rateIn(readLabelled(doc, labels));
  // From shows the From *name*; the address only on hover (seen in help): a title/tooltip attribute.
  const fromLabel = findByText(doc, L.from)[0];
  const fromValue = fromLabel?.nextElementSibling ?? fromLabel?.parentElement?.nextElementSibling ?? undefined;
  const hover = fromValue
    ? [fromValue, ...Array.from(fromValue.querySelectorAll('*'))]
        .map((e) => e.getAttribute('title') ?? e.getAttribute('data-tooltip') ?? e.getAttribute('aria-label') ?? '')
        .map(emailIn)
        .find(Boolean)
    : undefined;
  const sends = get(L.sends, 'recipients');
  const opens = get(L.opens, 'opens.unique');
  const clicks = get(L.clicks, 'clicks.unique');
  const unsubs = get(L.unsubscribes, 'unsubscribes.count');
  const bounces = get(L.bounces, 'bounces.total');
  const report: CampaignReport = {
    provider: 'activecampaign',
    campaignId: id,
    campaignName: textOf(doc.querySelector('h1')) || undefined,
    subject: readLabelled(doc, L.subject),
    recipients: sends.count,
    opens: { unique: opens.count, rate: rate(L.openRate) ?? opens.rate },
    clicks: { unique: clicks.count, rate: rate(L.clickRate) ?? clicks.rate, toOpenRate: rate(L.clickToOpen) },
    unsubscribes: { count: unsubs.count, rate: rate(L.unsubscribeRate) ?? unsubs.rate },
    bounces: { total: bounces.count, rate: rate(L.bounceRate) ?? bounces.rate },
    senderName: fromValue && !isLabel(textOf(fromValue), L.from) ? textOf(fromValue) || undefined : undefined,
    senderEmail: hover,
    senderDomainHint: hover?.split('@')[1]?.toLowerCase(),
    accountKey: `activecampaign:${url.hostname}`,
  };
  return validateReport(report, ['recipients', 'bounces.total', 'opens.unique'], c.notes);
}

function extractReport(doc: Document, href: string): ExtractResult<CampaignReport> {
  const url = new URL(href);
  const r = route(url);
  if (!r) return { ok: false, reason: 'not-a-report-page' };
  if (r.kind) return readClassic(doc, url, r.id, r.kind as ClassicTab);
  // Any /app/ page: a report only when its content says so (contacts, the editor … are not).
  return isNewReport(doc) ? readNew(doc, url, r.id) : { ok: false, reason: 'not-a-report-page' };
}

/** AC's rule (knowledge.md §6): 5.x.x is hard except 5.2.0–5.2.2, 5.3.1, 5.4.5, 5.5.3; 4.x.x soft. */
export function activeCampaignTypeOf(code: string | undefined, shown: string | undefined): BouncedAddress['espType'] {
  const s = (shown ?? '').trim();
  if (SELECTORS.hard.test(s)) return 'hard';
  if (SELECTORS.soft.test(s)) return 'soft';
  if (!code) return 'unknown';
  if (code.startsWith('4.')) return 'soft';
  if (/^5\.(2\.[0-2]|3\.1|4\.5|5\.3)$/.test(code)) return 'soft';
  return code.startsWith('5.') ? 'hard' : 'unknown';
}

function extractBounces(doc: Document, href: string): ExtractResult<BounceList> {
  const url = new URL(href);
  const r = route(url);
  if (!r || (r.kind && r.kind !== 'bounces')) return { ok: false, reason: 'not-a-report-page' };
  const rows = bounceRows(doc);
  if (!rows.length && !r.kind) return { ok: false, reason: 'not-a-report-page' };
  if (!rows.length && !doc.querySelector('table, [role=table], [role=grid]'))
    return {
      ok: false,
      reason: textOf(doc.body).length < 200 ? 'still-loading' : 'layout-changed',
      missing: ['bounce list'],
    };
  const out: BouncedAddress[] = rows
    .filter((row) => looksLikeEmail(row.email))
    .map((row) => {
      const date = isoDateOf(row.date);
      const reason = row.text.sort((a, b) => b.length - a.length)[0];
      return {
        email: row.email,
        espType: activeCampaignTypeOf(row.code, row.type),
        ...(row.type ? { espLabel: row.type } : {}),
        ...(row.code ? { code: row.code } : {}),
        ...(reason ? { reason } : {}),
        ...(date ? { date } : {}),
      };
    });
  // "A contact is marked bounced after 1 hard or 3 soft bounces" (help): the tab's own total
  // counts bounces, so the list's completeness is judged by its paging, not by #bounce_total_t.
  return { ok: true, value: bounceListOf(out, doc) };
}

export const activecampaign: EspAdapter = {
  provider: 'activecampaign',
  selectors: SELECTORS,
  matchesUrl,
  pageKind,
  extractReport,
  extractBounces,
  bounceListUrl: (url) => {
    const r = route(url);
    return r?.kind ? `${url.origin}/report/#/campaign/${r.id}/bounces` : undefined;
  },
};
