// Where the panel starts so it does not cover the ESP's own header controls (issue 2 §6): below
// the lowest button or link that sits in the top-right strip the panel would occupy. Where it may
// go afterwards is lib/panel/position.ts (clamped into the viewport on every show).
import { PANEL_WIDTH } from '../../lib/panel/position';

export { PANEL_WIDTH };
const MARGIN = 16;

export function panelTop(doc: Document, viewportWidth: number, { min = 72, max = 260 } = {}): number {
  const left = viewportWidth - PANEL_WIDTH - MARGIN * 2;
  let top = min;
  for (const el of Array.from(doc.querySelectorAll('button, a[href], input, select, [role=button], [role=tab]'))) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.right < left || r.top > max) continue;
    top = Math.max(top, r.bottom + 12);
  }
  return Math.min(top, max);
}
