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
  const wanted = new Set(labels.map(normLabel));
  const out: Element[] = [];
  for (const el of Array.from(root.querySelectorAll(within))) {
    if (LEAF_SKIP.has(el.tagName)) continue;
    const t = normLabel(textOf(el));
    if (!wanted.has(t)) continue;
    // Keep the deepest element carrying the text.
    if (Array.from(el.children).some((c) => normLabel(textOf(c)) === t)) continue;
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
  for (const label of labels)
    for (const el of findByText(root, [label])) {
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

/** The text of an element's own text nodes (not its children's): "<p><span>Sent</span>Tue…</p>" → "Tue…". */
export function ownText(el: Element): string {
  let t = '';
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) t += n.textContent ?? '';
  return t.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Is the element inside one matching the selector (e.g. a decoy chart)? */
export function isInside(el: Element, selector: string): boolean {
  return el.closest(selector) !== null;
}

/** Label variants across the UI languages, compared case- and accent-insensitively. */
export function normLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/[:：]\s*$/, '')
    .trim();
}

/** Does the text equal one of the label variants? */
export function isLabel(text: string, labels: readonly string[]): boolean {
  const t = normLabel(text);
  return labels.some((l) => normLabel(l) === t);
}

// The row helpers below walk siblings (firstElementChild / nextElementSibling) instead of making
// arrays of live collections: Array.from(el.children) per cell was most of the time of a
// 10,000-row list in Chromium (issue 17 "Speed").

/** The element after `e` in a depth-first walk of `root`'s descendants, or null at the end. */
export function nextDescendant(e: Element, root: Element): Element | null {
  const child = e.firstElementChild;
  if (child) return child;
  for (let x: Element | null = e; x && x !== root; x = x.parentElement) {
    const sibling = x.nextElementSibling;
    if (sibling) return sibling;
  }
  return null;
}

/** The first descendant of `el` (depth first) for which `pick` gives a value, and that value. */
export function firstInDescendants<T>(el: Element, pick: (e: Element) => T | undefined): T | undefined {
  for (let e = el.firstElementChild; e; e = nextDescendant(e, el)) {
    const v = pick(e);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Every descendant element of `el`, depth first. */
export function descendants(el: Element): Element[] {
  const out: Element[] = [];
  for (let e = el.firstElementChild; e; e = nextDescendant(e, el)) out.push(e);
  return out;
}

/** The cells of a table row: its direct td/th or ARIA cell children. */
export function cellsOf(row: Element): Element[] {
  const out: Element[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    const tag = c.tagName;
    if (tag === 'TD' || tag === 'TH') out.push(c);
    else {
      const role = c.getAttribute('role');
      if (role === 'cell' || role === 'gridcell') out.push(c);
    }
  }
  return out;
}

/** The body rows of every table on the page (tbody rows, else ARIA rows), found in one pass. */
export function tableRows(root: Document | Element): Element[] {
  const all = root.getElementsByTagName('tr');
  const trs: Element[] = [];
  for (let i = 0, n = all.length; i < n; i++) if (all[i]!.parentElement?.tagName === 'TBODY') trs.push(all[i]!);
  return trs.length ? trs : Array.from(root.querySelectorAll('[role=rowgroup] [role=row]'));
}
