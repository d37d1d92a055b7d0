// What a report tab's scripts watch in storage: triggers only. Each one makes the panel read its
// stores afresh, validated, through the background (tab-stores.ts), so nothing here parses a value.
import browser from 'webextension-polyfill';
import { PANEL_STATE_KEY } from './panel-state';

/** Calls `listener` when the settings change (options page), so an open panel follows at once. */
export function onSettingsChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'settings' in changes) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** How many dismissals a stored value holds; a trigger's count, so nothing here is validated. */
function dismissedCount(value: unknown): number {
  const d = value && typeof value === 'object' ? (value as { dismissed?: unknown }).dismissed : undefined;
  return d && typeof d === 'object' ? Object.keys(d).length : 0;
}

/**
 * Calls `listener` when dismissals were forgotten (another page restored them); returns the
 * unsubscribe.
 */
export function onDismissalsRestored(listener: () => void): () => void {
  const handler = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    const c = changes[PANEL_STATE_KEY];
    if (area !== 'local' || !c) return;
    if (dismissedCount(c.oldValue) > dismissedCount(c.newValue)) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
