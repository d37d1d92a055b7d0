// Stored readings per campaign (issue 17 §1): each report tab's figures with the time they were
// read, so the panel can merge what the Overview, Opens, Bounces … tabs showed. Figures only,
// never names, subjects or addresses (merge.ts figuresOnly; issue 5 §5). Validated on read: a bad
// entry is dropped, never the whole store.
import * as z from 'zod/mini';
import browser from 'webextension-polyfill';
import { addReading, campaignKeyOf, type TabReading } from '../esp/merge';
import { ADAPTER_ESP_IDS } from '../esp/providers';
import { crossCheck } from '../esp/validate';
import type { CampaignReport } from '../esp/types';

const KEY = 'espReadings';
const Reading = z.object({
  tab: z.enum(['overview', 'sent', 'opens', 'clicks', 'bounces', 'unsubscribes', 'abuse', 'api']),
  readAt: z.number(),
  report: z.looseObject({ provider: z.enum(ADAPTER_ESP_IDS), campaignId: z.string(), accountKey: z.string() }),
});

/** Every stored reading, entries that do not parse left out. */
export async function loadAllReadings(): Promise<Record<string, TabReading[]>> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  if (!raw || typeof raw !== 'object') return {};
  const out: Record<string, TabReading[]> = {};
  for (const [key, list] of Object.entries(raw as Record<string, unknown>)) {
    if (!Array.isArray(list)) continue;
    const good = list.flatMap((r) => {
      const p = Reading.safeParse(r);
      // Stored figures are checked again: a hand-edited store cannot smuggle in an impossible one.
      return p.success ? [{ ...p.data, report: crossCheck(p.data.report as unknown as CampaignReport).report }] : [];
    });
    if (good.length) out[key] = good;
  }
  return out;
}

/** The stored readings of the campaign this report belongs to. */
export async function loadReadings(report: CampaignReport): Promise<TabReading[]> {
  const key = campaignKeyOf(report);
  return key ? ((await loadAllReadings())[key] ?? []) : [];
}

/** Stores a settled reading (never an unsettled one: the caller checks) and returns the campaign's readings. */
export async function saveReading(reading: TabReading): Promise<TabReading[]> {
  const next = addReading(await loadAllReadings(), reading);
  await browser.storage.local.set({ [KEY]: next });
  const key = campaignKeyOf(reading.report);
  return key ? (next[key] ?? []) : [];
}
