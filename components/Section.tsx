// A collapsible part of the panel whose open/closed state is remembered (issue 5 §4).
import type { ComponentChildren } from 'preact';

export function Section({ id, title, open, onToggle, children }: { id: string; title: string; open: boolean; onToggle(id: string, open: boolean): void; children: ComponentChildren }) {
  return (
    <details class="dl-section" open={open} data-section={id} onToggle={(e) => onToggle(id, (e.currentTarget as HTMLDetailsElement).open)}>
      <summary class="dl-section-title">{title}</summary>
      {children}
    </details>
  );
}
