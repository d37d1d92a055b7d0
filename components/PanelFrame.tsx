// The panel's frame: title, collapse and close; movable by dragging its title bar or with the
// arrow keys on it, so it never has to hide the ESP's own controls. The position is remembered.
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Messages } from '../lib/i18n';

export interface Position {
  top: number;
  right: number;
}

export function PanelFrame(props: { t: Messages; position: Position; onMoved?(p: Position): void; onClose(): void; children: ComponentChildren }) {
  const { t } = props;
  const [collapsed, setCollapsed] = useState(false);
  const [pos, setPos] = useState(props.position);
  const drag = useRef<{ x: number; y: number; start: Position }>();
  const clamp = (p: Position): Position => ({ top: Math.max(0, Math.min(p.top, window.innerHeight - 40)), right: Math.max(0, Math.min(p.right, window.innerWidth - 120)) });
  const move = (p: Position, done: boolean) => {
    const c = clamp(p);
    setPos(c);
    if (done) props.onMoved?.(c);
  };
  return (
    <section class="dl-panel" aria-label={t.panel.title} data-testid="dl-panel" style={{ top: `${pos.top}px`, right: `${pos.right}px` }}>
      <header
        class="dl-head"
        tabIndex={0}
        title={t.panel.move}
        data-testid="dl-handle"
        onPointerDown={(e) => {
          if ((e.target as Element).closest('button')) return;
          drag.current = { x: e.clientX, y: e.clientY, start: pos };
          (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
        }}
        onPointerMove={(e) => {
          const d = drag.current;
          if (d) move({ top: d.start.top + e.clientY - d.y, right: d.start.right - (e.clientX - d.x) }, false);
        }}
        onPointerUp={() => {
          if (drag.current) move(pos, true);
          drag.current = undefined;
        }}
        onKeyDown={(e) => {
          const step = e.shiftKey ? 64 : 16;
          const delta: Record<string, Position> = { ArrowUp: { top: -step, right: 0 }, ArrowDown: { top: step, right: 0 }, ArrowLeft: { top: 0, right: step }, ArrowRight: { top: 0, right: -step } };
          const d = delta[e.key];
          if (!d || e.target !== e.currentTarget) return;
          e.preventDefault();
          move({ top: pos.top + d.top, right: pos.right + d.right }, true);
        }}
      >
        <span class="dl-title">{t.panel.title}</span>
        <button type="button" class="dl-btn" aria-expanded={!collapsed} onClick={() => setCollapsed(!collapsed)} title={collapsed ? t.panel.expand : t.panel.collapse}>
          {collapsed ? '▸' : '▾'}
        </button>
        <button type="button" class="dl-btn" onClick={props.onClose} title={t.panel.close} aria-label={t.panel.close} data-testid="dl-close">
          ×
        </button>
      </header>
      {!collapsed && <div class="dl-body">{props.children}</div>}
    </section>
  );
}
