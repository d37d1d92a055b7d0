// Where a remembered panel position may put the panel (issue 13 §10): always inside the
// viewport, so a position saved on a big monitor never leaves it off-screen on a laptop. Pure.
export const PANEL_WIDTH = 360;
/** The panel's tallest size (issue 13 §10: one screen at 1280 × 800, the page usable beside it). */
export const PANEL_MAX_HEIGHT = 600;
/** How much of the panel must stay visible: its title bar. */
const HANDLE = 48;

export interface PanelPosition {
  top: number;
  right: number;
}

/** A position moved into the viewport: the whole width on screen, the title bar never below it. */
export function clampPosition(
  p: PanelPosition,
  viewport: { width: number; height: number },
  width = PANEL_WIDTH,
): PanelPosition {
  const round = (n: number) => Math.round(Number.isFinite(n) ? n : 0);
  return {
    top: Math.max(0, Math.min(round(p.top), viewport.height - HANDLE)),
    right: Math.max(0, Math.min(round(p.right), viewport.width - Math.min(width, viewport.width))),
  };
}
