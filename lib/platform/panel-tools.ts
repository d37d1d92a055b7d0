// The panel's second stage (issue 15 §8): the clean-up list, the export, the file drop and the
// restart plan with everything they bring (the CSV reader, the hygiene checks, the plan's chart),
// and teach mode's layout reader, are a separate script, /esp-panel-tools.js, that the background
// injects when the user opens one of them (or on a bounce page, whose panel is the list, or to read
// a page with a taught layout). It registers its components under a
// Symbol.for key in the content-script world it shares with the panel, and renders them with the
// panel's Preact (lib/platform/shared-modules.ts), so they sit in the panel's one component tree.
import type { Lang } from '../i18n/langs';
import type { PanelTools } from '../../components/panel-tools';
import { hasPack } from '../i18n/pack';
import { ensureLanguage } from './language-pack';
import { messenger } from './messages';

/** The built second stage. */
export const PANEL_TOOLS_FILE = '/esp-panel-tools.js';

const KEY = Symbol.for('deliverability-lens.panel-tools');
type Slot = Record<symbol, PanelTools | undefined>;

/** Called by the second stage once it runs: its components, for the panel to render. */
export function registerPanelTools(tools: PanelTools): void {
  (globalThis as unknown as Slot)[KEY] = tools;
}

/** The second stage's components when it is in this world already. */
export function panelToolsHere(): PanelTools | undefined {
  return (globalThis as unknown as Slot)[KEY];
}

/** Where the panel's components get the second stage from (components/Later.tsx). */
export interface ToolsSource {
  now(): PanelTools | undefined;
  load(): Promise<PanelTools>;
}

// One injection per world, whatever the number of panels shown since (SPA navigation shows a new one).
let injecting: Promise<void> | undefined;

function injectStage(lang: Lang): Promise<void> {
  injecting ??= messenger
    .sendMessage('load-tools', { lang })
    .then((r) => {
      if (!r.ok || !panelToolsHere()) throw new Error(`load-tools: ${r.ok ? 'unregistered' : r.error}`);
    })
    .catch((e: unknown) => {
      injecting = undefined; // a later attempt (the user's "Try again") asks afresh
      throw e;
    });
  return injecting;
}

/**
 * The panel's source: asks the background to inject the second stage with the language's tools
 * texts. Ready only when both are here: a stage injected for another language (the user switched
 * while it came) gets this language's texts first.
 */
export function injectedTools(lang: Lang): ToolsSource {
  return {
    now: () => (hasPack(lang, 'tools') ? panelToolsHere() : undefined),
    async load() {
      if (!panelToolsHere()) await injectStage(lang);
      await ensureLanguage(lang, ['tools']);
      return panelToolsHere()!;
    },
  };
}
