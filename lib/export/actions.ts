// What the panel's export and bounce-list components need from their surroundings (issue 17 §4,
// issue 14 "Speed and memory"): types only, so components and lib/platform share them.
import type { BouncedAddress } from '../esp/types';
import type { CollectResult } from '../esp/collect';
import type { GatherProgress } from '../esp/bounce-reason';
import type { Lang } from '../i18n';
import type { ActionId } from '../i18n/lists';
import type { Coverage } from './bounce-export';
import type { ResolvedDomains } from './local-export';

export interface ExportSummary {
  fileName: string;
  rows: number;
  byAction: Partial<Record<ActionId, number>>;
  suppression: string;
  disagreements: number;
  reasonsMissing: number;
  domainsUnchecked: number;
  coverage?: string;
  providers?: Map<string, string>;
}

/** Rows kept from the bounce pages the user opened (lib/platform/bounce-pages-store.ts). */
export interface PagesSource {
  load(): Promise<{ rows: BouncedAddress[]; stated?: number } | undefined>;
  add(rows: BouncedAddress[], stated: number | undefined): Promise<{ rows: BouncedAddress[]; stated?: number }>;
  forget(): Promise<void>;
  /** Calls back with the rows of each page the user opens; returns the stop function. */
  watch(onRows: (rows: BouncedAddress[]) => void): () => void;
}

export type Gather = (items: BouncedAddress[], onProgress: (p: GatherProgress) => void, signal: AbortSignal) => Promise<{ items: BouncedAddress[]; progress: GatherProgress; cancelled: boolean }>;

export interface ExportActions {
  lang?: Lang;
  /** How many bounced addresses the page or the overview states. */
  stated?: number;
  /** The page shows no paging: what it lists is the list. */
  pageComplete?: boolean;
  /** Writes the file where the rows are (only domains go to the background) and saves it. */
  runExport(items: BouncedAddress[], coverage: Coverage, onProgress: (done: number, total: number) => void, signal: AbortSignal): Promise<{ ok: true; result: ExportSummary; cancelled?: boolean } | { ok: false; error: string }>;
  copyText(text: string): Promise<boolean>;
  collect?(onProgress: (pages: number, items: number) => void, signal: AbortSignal): Promise<CollectResult>;
  /** Mailchimp: the reasons behind each "Bounce Reason" link. */
  gatherReasons?: Gather;
  /** Provider per recipient domain, one MX lookup per distinct domain. */
  lookupProviders?(items: BouncedAddress[], onProgress: (done: number, total: number) => void, signal: AbortSignal): Promise<ResolvedDomains>;
  pages?: PagesSource;
}

