// One campaign's figures live on several tabs (esp-pages.md: ActiveCampaign keeps each counter on
// its own tab; Mailchimp's activity lists state their own totals). The panel merges the readings
// of one campaign — same provider, account host and campaign id — keeping for every figure the
// tab it came from and when it was read, then cross-checks the merged figures again (a rate read
// on one tab must still fit the counts read on another). Pure: readings in, merged report out.
import { crossCheck, getPath, prune } from './validate';
import type { CampaignReport, EspNote, PageKind } from './types';

/** One tab's reading of a campaign (or the account's JSON, 'api'). */
export interface TabReading {
  tab: PageKind | 'api';
  /** Milliseconds since the epoch. */
  readAt: number;
  report: CampaignReport;
}

export interface FigureSource {
  tab: TabReading['tab'];
  readAt: number;
}

export interface MergedReport {
  report: CampaignReport;
  /** For every figure in the report ('bounces.total'), where and when it was read. */
  sources: Record<string, FigureSource>;
  notes: EspNote[];
}

export const FIGURE_PATHS = [
  'campaignName',
  'subject',
  'sentAt',
  'senderEmail',
  'senderName',
  'senderDomainHint',
  'mppExcluded',
  'recipients',
  'delivered',
  'opens.unique',
  'opens.total',
  'opens.rate',
  'clicks.unique',
  'clicks.total',
  'clicks.rate',
  'clicks.toOpenRate',
  'bounces.total',
  'bounces.hard',
  'bounces.soft',
  'bounces.rate',
  'unsubscribes.count',
  'unsubscribes.rate',
  'complaints.count',
  'complaints.rate',
] as const;

/**
 * The key readings merge under: provider, the account's host and the campaign id. The host, not
 * the full accountKey: a Mailchimp activity list does not show the account id the overview does.
 */
export function campaignKeyOf(r: CampaignReport): string | undefined {
  if (!r.campaignId || r.provider === 'manual') return undefined;
  const host = r.accountKey?.split(':')[1];
  return host ? `${r.provider}:${host}:${r.campaignId}` : undefined;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (tail === undefined) target[head] = value;
  else target[head] = { ...((target[head] as object | undefined) ?? {}), [tail]: value };
}

/**
 * Merges the readings of the campaign of the newest reading (readings of other campaigns are
 * ignored): per figure the newest reading that has it wins. Undefined when nothing can merge.
 */
export function mergeReadings(readings: readonly TabReading[]): MergedReport | undefined {
  if (!readings.length) return undefined;
  const sorted = [...readings].sort((a, b) => b.readAt - a.readAt);
  const newest = sorted[0]!;
  const key = campaignKeyOf(newest.report);
  const same = key ? sorted.filter((r) => campaignKeyOf(r.report) === key) : [newest];
  const merged: Record<string, unknown> = {
    provider: newest.report.provider,
    campaignId: newest.report.campaignId,
    accountKey: newest.report.accountKey,
  };
  // The fullest account key (Mailchimp's overview carries the account id).
  for (const r of same)
    if ((r.report.accountKey?.length ?? 0) > String(merged.accountKey ?? '').length)
      merged.accountKey = r.report.accountKey;
  const sources: Record<string, FigureSource> = {};
  for (const path of FIGURE_PATHS) {
    const from = same.find((r) => getPath(r.report, path) !== undefined);
    if (!from) continue;
    setPath(merged, path, getPath(from.report, path));
    sources[path] = { tab: from.tab, readAt: from.readAt };
  }
  const { report, notes } = crossCheck(prune(merged) as unknown as CampaignReport);
  for (const path of Object.keys(sources)) if (getPath(report, path) === undefined) delete sources[path];
  return { report, sources, notes };
}

/** A reading with what names a person or a campaign left out, for storage (issue 5 §5: figures only). */
export function figuresOnly(r: TabReading): TabReading {
  const {
    campaignName: _n,
    subject: _s,
    senderEmail: _e,
    senderName: _sn,
    senderDomainHint: _d,
    ...figures
  } = r.report;
  return { ...r, report: figures };
}

/** Most campaigns whose readings are kept. */
export const MAX_CAMPAIGNS = 100;

/** Adds a reading to a campaign's stored readings: the newest reading of each tab is kept. */
export function addReading(stored: Record<string, TabReading[]>, reading: TabReading): Record<string, TabReading[]> {
  const key = campaignKeyOf(reading.report);
  if (!key) return stored;
  const list = (stored[key] ?? []).filter((r) => r.tab !== reading.tab);
  const next = { ...stored, [key]: [...list, figuresOnly(reading)] };
  const keys = Object.keys(next);
  if (keys.length <= MAX_CAMPAIGNS) return next;
  // Forget the campaigns read longest ago.
  const newest = (k: string) => Math.max(...next[k]!.map((r) => r.readAt));
  for (const k of keys.sort((a, b) => newest(a) - newest(b)).slice(0, keys.length - MAX_CAMPAIGNS)) delete next[k];
  return next;
}
