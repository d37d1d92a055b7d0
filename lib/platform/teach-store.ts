// Taught layouts in browser.storage.local under `taughtLayouts` (issue 18 §2): one entry per
// account host and path template, each validated on read (lib/teach/stored.ts); an unreadable
// entry is removed alone and reported, so the caller can show a notice.
import browser from 'webextension-polyfill';
import { layoutKey, type TaughtLayout } from '../teach/layout';
import { layoutForUrl, parseStoredLayouts } from '../teach/stored';
import { applyLayout } from '../teach/apply';
import type { CampaignReport } from '../esp/types';

export const TAUGHT_LAYOUTS_KEY = 'taughtLayouts';

/** Every usable layout, with the number of corrupted entries dropped from storage just now. */
export async function loadLayouts(): Promise<{ layouts: Record<string, TaughtLayout>; dropped: number }> {
  const { [TAUGHT_LAYOUTS_KEY]: raw } = await browser.storage.local.get(TAUGHT_LAYOUTS_KEY);
  const { layouts, dropped } = parseStoredLayouts(raw);
  if (dropped.length) await browser.storage.local.set({ [TAUGHT_LAYOUTS_KEY]: layouts });
  return { layouts, dropped: dropped.length };
}

/** The layout for this page without touching storage (the background's check; the panel reports drops). */
export async function peekLayoutFor(href: string): Promise<TaughtLayout | undefined> {
  const { [TAUGHT_LAYOUTS_KEY]: raw } = await browser.storage.local.get(TAUGHT_LAYOUTS_KEY);
  return layoutForUrl(parseStoredLayouts(raw).layouts, href);
}

/** The layout taught for this page, if any. */
export async function loadLayoutFor(href: string): Promise<{ layout?: TaughtLayout; dropped: number }> {
  const { layouts, dropped } = await loadLayouts();
  return { layout: layoutForUrl(layouts, href), dropped };
}

/** Stores one complete, already validated layout in a single write (never half of one). */
export async function saveLayout(layout: TaughtLayout): Promise<void> {
  const { layouts } = await loadLayouts();
  await browser.storage.local.set({ [TAUGHT_LAYOUTS_KEY]: { ...layouts, [layoutKey(layout)]: layout } });
}

/** The hosts that have a taught layout (for registering the loader on them). */
export async function taughtHosts(): Promise<string[]> {
  const { layouts } = await loadLayouts();
  return [...new Set(Object.values(layouts).map((l) => l.host))];
}

/**
 * Whether storage holds a layout for this page's host, looked at without the layout reader (the
 * panel's first stage asks this before loading the reader). Nothing is validated or removed here.
 */
export async function mayHaveLayoutFor(href: string): Promise<boolean> {
  const { [TAUGHT_LAYOUTS_KEY]: raw } = await browser.storage.local.get(TAUGHT_LAYOUTS_KEY);
  if (!raw || typeof raw !== 'object') return false;
  const host = new URL(href).hostname;
  return Object.keys(raw).some((key) => key.startsWith(`${host}/`));
}

/** A report read with the layout taught for this page, when one fits and passes its self-check. */
export async function readTaughtReport(doc: Document, href: string): Promise<CampaignReport | undefined> {
  const { layout } = await loadLayoutFor(href);
  const reading = layout ? applyLayout(doc, href, layout) : undefined;
  return reading?.ok ? reading.report : undefined;
}
