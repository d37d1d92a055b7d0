// Install and keyboard wiring for the background (issue 15 §4, §6): the first-run page on
// install, and the "focus-panel" command (manifest `commands`, wxt.config.ts) handed to the
// panel in the active tab. Registered by entrypoints/background.ts with one call.
import browser from 'webextension-polyfill';

/** The message the panel listens to: show yourself and take the focus. */
export const FOCUS_PANEL = { type: 'focus-panel' } as const;

/** Is this the focus-panel message? (No zod: the panel checks it on every message.) */
export function isFocusPanelMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === FOCUS_PANEL.type;
}

/** Opens the welcome page on a fresh install and forwards the shortcut to the active tab. */
export function registerLifecycle(): void {
  browser.runtime.onInstalled.addListener((details) => {
    // Only a real install: updates and browser updates must not open a tab.
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== 'focus-panel') return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    // No panel on this tab (not a report page): nothing to focus, nothing to say.
    if (id !== undefined) await browser.tabs.sendMessage(id, FOCUS_PANEL).catch(() => undefined);
  });
}
