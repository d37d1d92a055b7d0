// The panel's second stage (issue 15 §8, lib/platform/panel-tools.ts): injected by the background
// into a report tab's panel world when the user opens the clean-up list, the export or the restart
// plan. It brings no Preact of its own (build/shared-preact.ts) and registers its components.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPanelTools } from '../lib/platform/panel-tools';
import { PANEL_TOOLS } from '../components/panel-tools';

export default defineUnlistedScript(() => {
  registerPanelTools(PANEL_TOOLS);
  // On the page's timeline, so the e2e suite and the bench see when (and how often) it came.
  performance.mark('dl:panel-tools');
});
