// The panel's frame: title, collapse and close, placed clear of the ESP's own controls.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Messages } from '../lib/i18n';

export function PanelFrame({ t, top, onClose, children }: { t: Messages; top?: number; onClose(): void; children: ComponentChildren }) {
  const [collapsed, setCollapsed] = useState(false);
  return (
    <section class="dl-panel" aria-label={t.panel.title} data-testid="dl-panel" style={top !== undefined ? { top: `${top}px` } : undefined}>
      <header class="dl-head">
        <span class="dl-title">{t.panel.title}</span>
        <button type="button" class="dl-btn" aria-expanded={!collapsed} onClick={() => setCollapsed(!collapsed)} title={collapsed ? t.panel.expand : t.panel.collapse}>
          {collapsed ? '▸' : '▾'}
        </button>
        <button type="button" class="dl-btn" onClick={onClose} title={t.panel.close} aria-label={t.panel.close} data-testid="dl-close">
          ×
        </button>
      </header>
      {!collapsed && <div class="dl-body">{children}</div>}
    </section>
  );
}
