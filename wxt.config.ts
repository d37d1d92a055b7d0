import { defineConfig } from 'wxt';
import { ESP_MATCHES } from './lib/esp/routes';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Every dependency is imported explicitly (house style), so auto-imports stay off.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Deliverability Lens',
    description:
      'Explains in plain words why your newsletter lands in spam, right on your campaign report.',
    // storage: settings and sender domains. scripting: run the report reader on a custom
    // ActiveCampaign login domain once the user grants that origin.
    permissions: ['storage', 'scripting'],
    // The same hosts the content script runs on (no new warning): the background injects the
    // panel there only when the content script sees a report URL.
    host_permissions: ESP_MATCHES,
    // DoH endpoints answer with Access-Control-Allow-Origin: *, so fetches from the background
    // need no host permission. Custom resolvers outside CORS get an optional permission.
    optional_host_permissions: ['https://*/*'],
    action: { default_title: 'Deliverability Lens' },
    browser_specific_settings: {
      gecko: {
        id: 'deliverability-lens@example.org',
        strict_min_version: '121.0',
        // Nothing is collected or sent to us; DNS questions go to the user's chosen resolver.
        // (Not yet in WXT's manifest types, hence the cast.)
        ...({ data_collection_permissions: { required: ['none'] } } as object),
      },
    },
  },
  vite: () => ({
    // Preact through the automatic JSX runtime; no Babel preset needed.
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: {
      alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
    },
  }),
});
