// Reading a page by what people see: label text, link targets, alt text, ARIA. Hashed class
// names are never used (esp-pages.md "General"). textContent is read, not innerText, so text in
// collapsed sections counts and nothing has to be clicked open.

/** Whitespace-folded text of a node, hidden parts included. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

const LEAF_SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Elements whose own text (no child element carries it alone) equals one of the labels. */
export function findByText(root: ParentNode, labels: readonly string[], within = 'body *'): Element[] {
  const wanted = new Set(labels.map((l) => l.toLowerCase()));
  const out: Element[] = [];
  for (const el of Array.from(root.querySelectorAll(within))) {
    if (LEAF_SKIP.has(el.tagName)) continue;
    const t = textOf(el).toLowerCase();
    if (!wanted.has(t)) continue;
    // Keep the deepest element carrying the text.
    if (Array.from(el.children).some((c) => textOf(c).toLowerCase() === t)) continue;
    out.push(el);
  }
  return out;
}

/** The value shown beside a label in a label/value row: the next element sibling's text. */
export function valueBesideLabel(label: Element): string | undefined {
  for (let el: Element | null = label; el && el.tagName !== 'BODY'; el = el.parentElement) {
    const next = el.nextElementSibling;
    if (next) return textOf(next) || undefined;
  }
  return undefined;
}

/** First value beside any of the labels (alternatives in order). */
export function readLabelled(root: ParentNode, labels: readonly string[]): string | undefined {
  for (const label of labels) for (const el of findByText(root, [label])) {
    const v = valueBesideLabel(el);
    if (v) return v;
  }
  return undefined;
}

/** Links whose href path contains the fragment (e.g. '/reports/activity/bounced'). */
export function linksTo(root: ParentNode, pathFragment: string): HTMLAnchorElement[] {
  return Array.from(root.querySelectorAll<HTMLAnchorElement>('a[href]')).filter((a) =>
    (a.getAttribute('href') ?? '').includes(pathFragment),
  );
}

/** The nearest ancestor of `from` that also contains an element with one of the labels. */
export function containerWithLabel(from: Element, labels: readonly string[]): Element | undefined {
  for (let el = from.parentElement; el && el.tagName !== 'BODY'; el = el.parentElement) {
    if (findByText(el, labels, '*').length > 0) return el;
    const alts = Array.from(el.querySelectorAll('img[alt]')).map((i) => i.getAttribute('alt')!.toLowerCase());
    if (labels.some((l) => alts.includes(l.toLowerCase()))) return el;
  }
  return undefined;
}
