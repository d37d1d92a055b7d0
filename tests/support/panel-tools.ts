// The panel's second stage for component tests: the same components the built /esp-panel-tools.js
// registers (components/panel-tools.tsx), here at once instead of injected by the background (the
// e2e suites load the real script).
import { PANEL_TOOLS, type PanelTools } from '../../components/panel-tools';
import type { ToolsSource } from '../../lib/platform/panel-tools';

export function toolsHere(tools: PanelTools = PANEL_TOOLS): ToolsSource {
  return { now: () => tools, load: async () => tools };
}
