// A collapsible part of the panel whose open/closed state is remembered (issue 5 §4). Closed, it
// still says in one line what it holds (issue 13 §10), so the panel reads without opening it.
// A `lazy` section renders what it holds only once opened (a part from the panel's second stage is
// then asked for only when the user wants it, components/Later.tsx).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export function Section(props: {
  id: string;
  title: string;
  summary?: string;
  open: boolean;
  onToggle(id: string, open: boolean): void;
  lazy?: boolean;
  children: ComponentChildren;
}) {
  const { id, title, summary, open, onToggle, children } = props;
  const [opened, setOpened] = useState(open);
  return (
    <details
      class="dl-section"
      open={open}
      data-section={id}
      onToggle={(e) => {
        const now = (e.currentTarget as HTMLDetailsElement).open;
        if (now) setOpened(true);
        onToggle(id, now);
      }}
    >
      <summary class="dl-section-title" title={summary ? `${title}: ${summary}` : undefined}>
        {title}
        {summary && (
          <span class="dl-section-summary" data-testid={`dl-summary-${id}`}>
            : {summary}
          </span>
        )}
      </summary>
      {(!props.lazy || open || opened) && children}
    </details>
  );
}
