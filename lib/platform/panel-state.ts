// The panel's own remembered state (issue 13 §10), under one new storage key `panelState`:
// whether it is collapsed, and which campaigns it was dismissed for. Validated per field on
// read (an unreadable field falls back to its default without touching the other), versioned
// for later migrations. The storage area is injected so the logic is testable without a browser.
import * as z from 'zod/mini';
import browser from 'webextension-polyfill';

export const PANEL_STATE_KEY = 'panelState';
/** Most dismissals kept; the oldest go first. */
export const MAX_DISMISSED = 200;

export interface PanelState {
  version: 1;
  collapsed: boolean;
  /** Campaign key (`<accountKey or provider:host>#<campaignId>`) → when it was dismissed (ISO 8601). */
  dismissed: Record<string, string>;
}

const Collapsed = z.boolean();
const Dismissed = z.record(z.string(), z.string());

/** Something with the shape of browser.storage.local. */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const local = (): StorageArea => browser.storage.local as unknown as StorageArea;

/** Reads a stored value field by field; anything unusable becomes its default. */
export function parsePanelState(raw: unknown): PanelState {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const collapsed = Collapsed.safeParse(o.collapsed);
  const dismissed = Dismissed.safeParse(o.dismissed);
  return {
    version: 1,
    collapsed: collapsed.success ? collapsed.data : false,
    dismissed: dismissed.success ? dismissed.data : {},
  };
}

/** The key a dismissal is remembered under: per campaign, never for the whole ESP. */
export function campaignKey(
  account: string | undefined,
  fallback: string,
  campaignId: string | undefined,
): string | undefined {
  return campaignId ? `${account ?? fallback}#${campaignId}` : undefined;
}

/** The stored panel state. */
export async function loadPanelState(area: StorageArea = local()): Promise<PanelState> {
  return parsePanelState((await area.get(PANEL_STATE_KEY))[PANEL_STATE_KEY]);
}

/** Remembers whether the panel is collapsed. */
export async function savePanelCollapsed(collapsed: boolean, area: StorageArea = local()): Promise<void> {
  const state = await loadPanelState(area);
  await area.set({ [PANEL_STATE_KEY]: { ...state, collapsed } });
}

/** Remembers that the panel was dismissed for a campaign (keeping the newest MAX_DISMISSED). */
export async function dismissCampaign(key: string, now: Date = new Date(), area: StorageArea = local()): Promise<void> {
  const state = await loadPanelState(area);
  const entries = Object.entries({ ...state.dismissed, [key]: now.toISOString() }).sort((a, b) =>
    b[1].localeCompare(a[1]),
  );
  await area.set({ [PANEL_STATE_KEY]: { ...state, dismissed: Object.fromEntries(entries.slice(0, MAX_DISMISSED)) } });
}

/** Whether the panel was dismissed for this campaign. */
export function isDismissed(state: PanelState, key: string | undefined): boolean {
  return key !== undefined && key in state.dismissed;
}

/** Forgets every dismissal, so hidden panels show again (the popup's "show hidden panels"). */
export async function restoreDismissed(area: StorageArea = local()): Promise<number> {
  const state = await loadPanelState(area);
  await area.set({ [PANEL_STATE_KEY]: { ...state, dismissed: {} } });
  return Object.keys(state.dismissed).length;
}
