// Install and keyboard wiring for the background (issue 15 §4, §6): the first-run page on
// install, and the "focus-panel" command (manifest `commands`, wxt.config.ts) handed to the
// panel in the active tab. Registered by entrypoints/background.ts with one call.
import browser from 'webextension-polyfill';

import { messenger } from './messages';

/** The panel's side of the shortcut: show yourself and take the focus ('focus-panel' message). */
export function onFocusPanel(listener: () => void): () => void {
  return messenger.onMessage('focus-panel', () => listener());
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
    if (id !== undefined) await messenger.sendMessage('focus-panel', {}, id).catch(() => undefined);
  });
}
