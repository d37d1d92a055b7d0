// The modules the panel shares with its second stage (lib/platform/panel-tools.ts): one Preact, so
// the second stage's components and hooks run in the panel's component tree. The panel puts the
// names below on globalThis under this Symbol.for key (entrypoints/esp-panel/share-preact.ts, which
// tsc holds to this list); the second stage's build imports them from there instead of bundling its
// own (build/shared-preact.ts), and fails on an import of a name not listed here. Only the names the
// stage uses are listed: every name shared is kept in the panel whether the panel uses it or not.
export const SHARED_PREACT_KEY = 'deliverability-lens.preact';

export const SHARED_PREACT = {
  preact: [],
  'preact/hooks': ['useEffect', 'useMemo', 'useRef', 'useState'],
  'preact/jsx-runtime': ['Fragment', 'jsx', 'jsxs'],
  // What JSX compiles to in a development build (`npm run dev`); the same module in Preact.
  'preact/jsx-dev-runtime': ['Fragment', 'jsxDEV'],
} as const satisfies Record<string, readonly string[]>;

export type SharedPreactModule = keyof typeof SHARED_PREACT;
/** What the panel shares: each module's listed names, no more and no fewer. */
export type SharedPreact = { [M in SharedPreactModule]: Record<(typeof SHARED_PREACT)[M][number], unknown> };
