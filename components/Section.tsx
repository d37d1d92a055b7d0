// A collapsible part of the panel whose open/closed state is remembered (issue 5 §4). Closed, it
// still says in one line what it holds (issue 13 §10), so the panel reads without opening it.
import type { ComponentChildren } from 'preact';

export function Section(props: {
  id: string;
  title: string;
  summary?: string;
  open: boolean;
  onToggle(id: string, open: boolean): void;
  children: ComponentChildren;
}) {
  const { id, title, summary, open, onToggle, children } = props;
  return (
    <details
      class="dl-section"
      open={open}
      data-section={id}
      onToggle={(e) => onToggle(id, (e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary class="dl-section-title" title={summary ? `${title}: ${summary}` : undefined}>
        {title}
        {summary && (
          <span class="dl-section-summary" data-testid={`dl-summary-${id}`}>
            : {summary}
          </span>
        )}
      </summary>
      {children}
    </details>
  );
}
