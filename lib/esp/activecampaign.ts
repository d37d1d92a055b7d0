// ActiveCampaign report pages (esp-pages.md "ActiveCampaign"): the classic hash-route report with
// its stable element ids, the newer reporting pages read by label, and the bounce list. Runs on
// *.activehosted.com and on custom login domains the user added (optional host permission).
import { parseCount, parseCountAndRate } from './numbers';
import { readLabelled, textOf } from './dom';
import { emailIn, looksLikeEmail, readTable } from './table';
import { validateReport } from './validate';
import type { BouncedAddress, CampaignReport, EspAdapter, ExtractResult, PageKind } from './types';

export const SELECTORS = {
  // Classic report (seen in a working scraper): /report/#/campaign/{ID}/{overview|bounces}.
  classicRoute: /^#\/campaign\/(\d+)\/(overview|bounces)\b/,
  // Newer reporting, accounts from 2024-12-20 (URL guessed): /app/reports/campaigns/{ID}.
  newRoute: /^\/app\/reports\/campaigns\/(\d+)(\/bounces)?\/?$/,
  classicIds: {
    sent: 'span.sentto',
    opensTotal: '#open_total_t',
    opensUnique: '#open_unique_t',
    clicksTotal: '#link_total_t',
    clicksUnique: '#link_unique_t',
    unsubscribes: '#unsubscribe_total_t',
    bounces: '#bounce_total_t',
  },
  // Newer reporting: label/value tiles, value "341 (14.2%)" or "14.2% · 341" (guess).
  newLabels: { sends: ['Sends', 'Sent'], opens: ['Opens', 'Unique opens'], clicks: ['Clicks', 'Unique clicks'], unsubscribes: ['Unsubscribes'], bounces: ['Bounces'], complaints: ['Spam complaints', 'Complaints'] },
  campaignName: ['h1', '.campaign-name', '[data-testid=campaign-name]'],
  subject: ['Subject'],
  from: ['From'],
  // Bounce list (help page; markup guessed): date, e-mail, code, type, description.
  bounceTable: {
    columns: { email: ['Email', 'Email address', 'Contact'], code: ['Code', 'Bounce code'], type: ['Type', 'Bounce type'], reason: ['Description', 'Reason'], date: ['Date'] },
    required: ['email', 'type'] as const,
  },
} as const;

function route(url: URL): { id: string; kind: PageKind } | undefined {
  if (url.pathname.replace(/\/$/, '') === '/report') {
    const m = SELECTORS.classicRoute.exec(url.hash);
    return m ? { id: m[1]!, kind: m[2] === 'bounces' ? 'bounces' : 'overview' } : undefined;
  }
  const m = SELECTORS.newRoute.exec(url.pathname);
  return m ? { id: m[1]!, kind: m[2] ? 'bounces' : 'overview' } : undefined;
}

/** Is this an ActiveCampaign report page this adapter reads (URL only, any host)? */
export function matchesUrl(url: URL): boolean {
  return url.protocol === 'https:' && route(url) !== undefined;
}

function pageKind(url: URL, doc?: Document): PageKind | undefined {
  const r = route(url);
  if (!r || !doc) return r?.kind;
  if (r.kind === 'bounces') return readTable(doc, SELECTORS.bounceTable) ? 'bounces' : undefined;
  const classic = doc.querySelector(SELECTORS.classicIds.sent);
  return classic || readLabelled(doc, SELECTORS.newLabels.sends) !== undefined ? 'overview' : undefined;
}

function extractReport(doc: Document, href: string): ExtractResult<CampaignReport> {
  const url = new URL(href);
  const r = route(url);
  if (!r || r.kind !== 'overview') return { ok: false, reason: 'not-a-report-page' };
  const num = (sel: string) => parseCount(textOf(doc.querySelector(sel)));
  const from = readLabelled(doc, SELECTORS.from);
  const base: CampaignReport = {
    provider: 'activecampaign',
    campaignId: r.id,
    campaignName: SELECTORS.campaignName.map((s) => textOf(doc.querySelector(s))).find(Boolean),
    subject: readLabelled(doc, SELECTORS.subject),
    senderEmail: emailIn(from),
    accountKey: `activecampaign:${url.hostname}`,
  };
  let report: CampaignReport;
  if (doc.querySelector(SELECTORS.classicIds.sent)) {
    const ids = SELECTORS.classicIds;
    // The classic page first renders its counters as 0 and fills them in (esp-pages.md).
    report = {
      ...base,
      recipients: num(ids.sent),
      opens: { unique: num(ids.opensUnique), total: num(ids.opensTotal) },
      clicks: { unique: num(ids.clicksUnique), total: num(ids.clicksTotal) },
      unsubscribes: { count: num(ids.unsubscribes) },
      bounces: { total: num(ids.bounces) },
    };
  } else {
    const L = SELECTORS.newLabels;
    const get = (labels: readonly string[]) => parseCountAndRate(readLabelled(doc, labels));
    const opens = get(L.opens);
    const clicks = get(L.clicks);
    const unsubs = get(L.unsubscribes);
    const bounces = get(L.bounces);
    const complaints = get(L.complaints);
    report = {
      ...base,
      recipients: get(L.sends).count,
      opens: { unique: opens.count, rate: opens.rate },
      clicks: { unique: clicks.count, rate: clicks.rate },
      unsubscribes: { count: unsubs.count, rate: unsubs.rate },
      bounces: { total: bounces.count, rate: bounces.rate },
      complaints: { count: complaints.count, rate: complaints.rate },
    };
  }
  if (report.recipients === undefined && !textOf(doc.body)) return { ok: false, reason: 'still-loading' };
  return validateReport(report, ['recipients', 'bounces.total', 'opens.unique']);
}

/** AC's rule (knowledge.md §6): 5.x.x is hard except 5.2.0–5.2.2, 5.3.1, 5.4.5, 5.5.3; 4.x.x soft. */
export function activeCampaignTypeOf(code: string | undefined, shown: string | undefined): BouncedAddress['espType'] {
  const s = (shown ?? '').toLowerCase();
  if (s.startsWith('hard')) return 'hard';
  if (s.startsWith('soft')) return 'soft';
  if (!code) return 'unknown';
  if (code.startsWith('4.')) return 'soft';
  if (/^5\.(2\.[0-2]|3\.1|4\.5|5\.3)$/.test(code)) return 'soft';
  return code.startsWith('5.') ? 'hard' : 'unknown';
}

function extractBounces(doc: Document, href: string): ExtractResult<BouncedAddress[]> {
  const r = route(new URL(href));
  if (!r || r.kind !== 'bounces') return { ok: false, reason: 'not-a-report-page' };
  const table = readTable(doc, SELECTORS.bounceTable);
  if (!table) return { ok: false, reason: textOf(doc.body) ? 'layout-changed' : 'still-loading', missing: ['bounce list'] };
  const out: BouncedAddress[] = [];
  for (const { cells } of table.rows) {
    if (!looksLikeEmail(cells.email ?? '')) continue;
    const code = /\b[245]\.\d{1,3}\.\d{1,3}\b/.exec(cells.code ?? '')?.[0];
    const date = /^\d{4}-\d{2}-\d{2}/.exec(cells.date ?? '')?.[0];
    out.push({
      email: cells.email!,
      espType: activeCampaignTypeOf(code, cells.type),
      ...(cells.type ? { espLabel: cells.type } : {}),
      ...(code ? { code } : {}),
      ...(cells.reason ? { reason: cells.reason } : {}),
      ...(date ? { date } : {}),
    });
  }
  return { ok: true, value: out };
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
    if (!r) return undefined;
    return url.pathname.startsWith('/report') ? `${url.origin}/report/#/campaign/${r.id}/bounces` : `${url.origin}/app/reports/campaigns/${r.id}/bounces`;
  },
};

