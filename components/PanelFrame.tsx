// The panel's frame: title, collapse and close (dismiss for this campaign); movable by dragging
// its title bar or with the arrow keys on it, so it never has to hide the ESP's own controls.
// The position is clamped into the viewport on every show and resize (issue 13 §10), Escape
// collapses, and the collapsed state is remembered by the caller.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Messages } from '../lib/i18n';
import { clampPosition, PANEL_MAX_HEIGHT, type PanelPosition } from '../lib/panel/position';

export type Position = PanelPosition;

export interface PanelFrameProps {
  t: Messages;
  position: Position;
  collapsed?: boolean;
  onMoved?(p: Position): void;
  onCollapsed?(collapsed: boolean): void;
  onClose(): void;
  children: ComponentChildren;
}

const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });

export function PanelFrame(props: PanelFrameProps) {
  const { t } = props;
  const [collapsed, setCollapsedState] = useState(props.collapsed ?? false);
  const [pos, setPos] = useState(() => clampPosition(props.position, viewport()));
  const [vh, setVh] = useState(() => window.innerHeight);
  const drag = useRef<{ x: number; y: number; start: Position }>();
  const head = useRef<HTMLElement>(null);
  const setCollapsed = (c: boolean) => {
    setCollapsedState(c);
    props.onCollapsed?.(c);
  };
  const move = (p: Position, done: boolean) => {
    const c = clampPosition(p, viewport());
    setPos(c);
    if (done) props.onMoved?.(c);
  };
  useEffect(() => {
    const onResize = () => {
      setVh(window.innerHeight);
      setPos((p) => clampPosition(p, viewport()));
    };
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const maxHeight = Math.max(120, Math.min(PANEL_MAX_HEIGHT, vh - pos.top - 16));
  return (
    <section
      class="dl-panel"
      aria-label={t.panel.title}
      data-testid="dl-panel"
      data-collapsed={collapsed}
      style={{ top: `${pos.top}px`, right: `${pos.right}px`, maxHeight: `${maxHeight}px` }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || collapsed) return;
        e.stopPropagation();
        setCollapsed(true);
        head.current?.focus();
      }}
    >
      <header
        ref={head}
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
          const delta: Record<string, Position> = {
            ArrowUp: { top: -step, right: 0 },
            ArrowDown: { top: step, right: 0 },
            ArrowLeft: { top: 0, right: step },
            ArrowRight: { top: 0, right: -step },
          };
          const d = delta[e.key];
          if (!d || e.target !== e.currentTarget) return;
          e.preventDefault();
          move({ top: pos.top + d.top, right: pos.right + d.right }, true);
        }}
      >
        <span class="dl-title">{t.panel.title}</span>
        <button
          type="button"
          class="dl-btn"
          aria-expanded={!collapsed}
          onClick={() => setCollapsed(!collapsed)}
          title={collapsed ? t.panel.expand : t.panel.collapse}
          aria-label={collapsed ? t.panel.expand : t.panel.collapse}
          data-testid="dl-collapse"
        >
          {collapsed ? '▸' : '▾'}
        </button>
        <button
          type="button"
          class="dl-btn"
          onClick={props.onClose}
          title={t.panel.dismiss}
          aria-label={t.panel.dismiss}
          data-testid="dl-close"
        >
          ×
        </button>
      </header>
      {!collapsed && <div class="dl-body">{props.children}</div>}
    </section>
  );
}
