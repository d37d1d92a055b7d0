// A Vite plugin for the scripts that run in a report tab's content-script world (the panel, its
// second stage, teach mode's panel and picker): 'webextension-polyfill' resolves to WXT's own
// `browser` (wxt/browser), which is the browser's promise-based API itself — Firefox's `browser`,
// Chrome's `chrome` — so these scripts bundle no polyfill (issue 15 §8). What they call returns
// promises natively in both browsers at the manifests' minimums (Chrome 111, Firefox 140): storage
// (get, set, remove, onChanged), runtime.connect and its ports, runtime.getURL and id,
// i18n.getUILanguage. None of them adds a runtime.onMessage listener of its own (the one behaviour
// the polyfill changes): messages go through @webext-core/messaging, which calls chrome.* itself.
// The background and the extension's pages keep the polyfill.
import type { Plugin } from 'vite';
import { ADAPTER_ESP_IDS, panelEntry } from '../lib/esp/providers';

const ID = '\0dl-native-browser';

/** The entrypoints built with it. */
export const TAB_WORLD_SCRIPTS = [...ADAPTER_ESP_IDS.map(panelEntry), 'esp-panel-tools', 'teach-panel', 'teach-picker'];

export function nativeBrowser(): Plugin {
  return {
    name: 'dl-native-browser',
    enforce: 'pre',
    resolveId: (id) => (id === 'webextension-polyfill' ? ID : undefined),
    load: (id) => (id === ID ? "export { browser as default } from 'wxt/browser';" : undefined),
  };
}
