// Stored readings per campaign (issue 17 §1): each report tab's figures with the time they were
// read, so the panel can merge what the Overview, Opens, Bounces … tabs showed. A versioned
// @wxt-dev/storage item like the rest of storage.ts (issue 11 §4): validated entry by entry on
// read (readings-schema.ts), and a full quota is reported, not thrown at the panel.
import { storage } from '@wxt-dev/storage';
import { addReading, campaignKeyOf, type TabReading } from '../esp/merge';
import type { CampaignReport } from '../esp/types';
import { parseReadings } from './readings-schema';

// v1: the unversioned `espReadings` of the first release of the cross-tab merge; v2: versioned,
// rewritten with the unreadable entries (and any non-figure field) left out.
const readingsItem = storage.defineItem<Record<string, unknown>>('local:espReadings', {
  version: 2,
  migrations: { 2: (old: unknown) => parseReadings(old) },
});

/** Every stored reading, entries that do not parse left out. */
export async function loadAllReadings(): Promise<Record<string, TabReading[]>> {
  return parseReadings(await readingsItem.getValue());
}

/** The stored readings of the campaign this report belongs to. */
export async function loadReadings(report: CampaignReport): Promise<TabReading[]> {
  const key = campaignKeyOf(report);
  return key ? loadReadingsByKey(key) : [];
}

/** The stored readings under a campaign key (merge.ts campaignKeyOf). */
export async function loadReadingsByKey(key: string): Promise<TabReading[]> {
  return (await loadAllReadings())[key] ?? [];
}

/** A campaign's readings after a save, and whether the save could be written (quota). */
export interface SavedReadings {
  readings: TabReading[];
  saved: boolean;
}

/** Stores a settled reading (never an unsettled one: the caller checks); a full quota leaves it unsaved. */
export async function saveReading(reading: TabReading): Promise<SavedReadings> {
  const next = addReading(await loadAllReadings(), reading);
  const key = campaignKeyOf(reading.report);
  const readings = key ? (next[key] ?? []) : [];
  try {
    await readingsItem.setValue(next);
    return { readings, saved: true };
  } catch {
    return { readings, saved: false };
  }
}
