// The modules the panel shares with its second stage (lib/platform/panel-tools.ts): one Preact, so
// the second stage's components and hooks run in the panel's component tree. The panel puts them
// on globalThis under this Symbol.for key (entrypoints/esp-panel/share-preact.ts); the second
// stage's build imports them from there instead of bundling its own (build/shared-preact.ts).
export const SHARED_PREACT_KEY = 'deliverability-lens.preact';

/** The shared module specifiers, each as the panel's global names it. */
export const SHARED_PREACT_MODULES = ['preact', 'preact/hooks', 'preact/jsx-runtime'] as const;
export type SharedPreactModule = (typeof SHARED_PREACT_MODULES)[number];
