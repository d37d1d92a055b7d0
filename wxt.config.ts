import { defineConfig } from 'wxt';
import { ESP_MATCHES } from './lib/esp/routes';
import { GECKO_ID, HOMEPAGE_URL } from './lib/project';
import { disposableEmailBlocklist } from 'disposable-email-domains-js';
import { DISPOSABLE_LIST_FILE } from './lib/hygiene/disposable-check';
import { sharedPreact } from './build/shared-preact';
import { nativeBrowser, TAB_WORLD_SCRIPTS } from './build/native-browser';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Every dependency is imported explicitly (house style), so auto-imports stay off.
  imports: false,
  // No webextension-polyfill module: WXT's own helpers (the content script's context) use the
  // native `browser`/`chrome`, so the URL-check content script ships without the polyfill. The
  // pages and the background import 'webextension-polyfill' themselves where they need it; in the
  // scripts injected into a report tab that import resolves to the native API (build/native-browser.ts).
  manifest: {
    // Store name and description per language: public/_locales/{en,nl,fr}/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    homepage_url: HOMEPAGE_URL,
    // storage: settings and sender domains. scripting: run the report reader on a custom
    // ActiveCampaign login domain once the user grants that origin.
    permissions: ['storage', 'scripting'],
    // The same hosts the content script runs on (no new warning): the background injects the
    // panel there only when the content script sees a report URL.
    host_permissions: ESP_MATCHES,
    // DoH endpoints answer with Access-Control-Allow-Origin: *, so fetches from the background
    // need no host permission. Custom resolvers outside CORS get an optional permission.
    optional_host_permissions: ['https://*/*'],
    action: { default_title: '__MSG_extName__' },
    // Shows the panel and moves focus into it (the panel is otherwise reached after every control
    // of the ESP's page). Alt+Shift+L is free in Chrome and Firefox; users can change it.
    commands: {
      'focus-panel': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandFocusPanel__' },
    },
    // The bundles' syntax target is Vite's "baseline-widely-available" (chrome111, firefox114),
    // and that is the binding minimum. The APIs need less: scripting.registerContentScripts /
    // updateContentScripts with persistAcrossSessions 96, promise-returning runtime.sendMessage
    // (WXT's native calls in the content script) 99, commands and optional_host_permissions earlier.
    minimum_chrome_version: '111',
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // 128: optional host permissions granted at run time; 140: data_collection_permissions.
        strict_min_version: '140.0',
        // Nothing is collected or sent to us; DNS questions go to the user's chosen resolver.
        // (Not yet in WXT's manifest types, hence the cast.)
        ...({ data_collection_permissions: { required: ['none'] } } as object),
      },
      // Firefox for Android reads data_collection_permissions from 142 on (web-ext lint).
      gecko_android: { strict_min_version: '142.0' },
    },
  },
  hooks: {
    // The panel's second stage renders with the panel's Preact (lib/platform/shared-modules.ts); the
    // scripts of a report tab's content-script world use the browser's own promise API, no polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      const names = new Set(entrypoints.map((e) => e.name));
      const plugins = [
        ...(names.has('esp-panel-tools') ? [sharedPreact()] : []),
        ...(TAB_WORLD_SCRIPTS.some((n) => names.has(n)) ? [nativeBrowser()] : []),
      ];
      config.plugins = [...(config.plugins ?? []), ...plugins];
    },
    // The disposable-domain list (lib/platform/disposable-list.ts) ships as a data file the
    // background reads on the first export, not inside any script (issue 15 §8), written compact.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: DISPOSABLE_LIST_FILE, contents: JSON.stringify(disposableEmailBlocklist()) });
    },
  },
  zip: {
    // AMO asks for the sources of a bundled add-on: everything needed to rebuild it with
    // `npm ci && npm run build:firefox`, without fixtures' large files or local output.
    zipSources: true,
    excludeSources: [
      '.output/**',
      '.wxt/**',
      'test-results/**',
      'playwright-report/**',
      '.bench-tmp/**',
      '*.png',
      '!public/**',
    ],
  },
  vite: () => ({
    // Preact through the automatic JSX runtime; no Babel preset needed.
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: {
      alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
    },
    build: {
      sourcemap: !!process.env.DL_SOURCEMAP,
      rolldownOptions: {
        // Rolldown inlined tldts' 68 KB label string at each of its three uses (issue 15 §8).
        optimization: { inlineConst: false },
        // lib/ is pure (house-style.md): importing a module there has no side effect, so what a
        // bundle does not call is dropped — the URL check then carries no zod schema.
        treeshake: { moduleSideEffects: (id: string) => !/[\\/]lib[\\/].*\.tsx?$/.test(id) },
      },
    },
  }),
});
