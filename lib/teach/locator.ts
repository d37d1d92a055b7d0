// Locators from stable anchors only (issue 18 §2): an element id, a data-testid, an ARIA label
// (with its explicit role), a link's href template, the nearest label text, or a landmark — then
// a path of "n-th child with this tag" steps down to the figure (position among like siblings).
// Class names are never read (lib/teach/stable.ts). Every anchor is matched by comparing strings
// in script, never by handing a stored string to querySelector, so a layout file cannot smuggle
// in a selector, let alone code.
import { hrefTemplate, isStableId, isStableLabel } from './stable';

export interface Step {
  tag: string;
  nth: number;
}
export type Anchor =
  | { by: 'id'; id: string }
  | { by: 'testid'; value: string; nth: number }
  | { by: 'aria'; label: string; role?: string; nth: number }
  | { by: 'href'; path: string; nth: number }
  | { by: 'label'; text: string; nth: number; up: number }
  | { by: 'landmark'; tag: 'main' | 'body' };
export interface Locator {
  anchor: Anchor;
  down: Step[];
}

export const MAX_STEPS = 24;
export const MAX_LOCATORS = 6;
const MAX_UP = 6;
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Lookup tables over one document, built lazily and shared by every locator of one reading. */
export interface PageIndex {
  doc: Document;
  base: string;
  byHref(): Map<string, Element[]>;
  byTestid(): Map<string, Element[]>;
  byAria(): Map<string, Element[]>;
  byLabel(): Map<string, Element[]>;
}

const fold = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const ariaKey = (label: string, role: string | undefined) => `${role ?? ''}\u0000${fold(label).toLowerCase()}`;

function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

function group(elements: Iterable<Element>, key: (e: Element) => string | undefined): Map<string, Element[]> {
  const map = new Map<string, Element[]>();
  for (const el of elements) {
    const k = key(el);
    if (k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(el);
    else map.set(k, [el]);
  }
  return map;
}

/** Indexes a document for locating (the page's URL resolves relative hrefs). */
export function createPageIndex(doc: Document, base: string): PageIndex {
  return {
    doc,
    base,
    byHref: lazy(() => group(doc.querySelectorAll('a[href]'), (a) => hrefTemplate(a.getAttribute('href') ?? '', base))),
    byTestid: lazy(() =>
      group(doc.querySelectorAll('[data-testid]'), (e) => e.getAttribute('data-testid') ?? undefined),
    ),
    byAria: lazy(() =>
      group(doc.querySelectorAll('[aria-label]'), (e) =>
        ariaKey(e.getAttribute('aria-label') ?? '', e.getAttribute('role') ?? undefined),
      ),
    ),
    byLabel: lazy(() => {
      const out: Element[] = [];
      const keys = new WeakMap<Element, string>();
      const walker = doc.createTreeWalker(doc.body ?? doc, 4 /* NodeFilter.SHOW_TEXT */);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        const t = fold(n.nodeValue ?? '');
        if (!parent || !t || SKIP.has(parent.tagName) || keys.has(parent)) continue;
        keys.set(parent, t.toLowerCase());
        out.push(parent);
      }
      return group(out, (e) => keys.get(e));
    }),
  };
}

function childByStep(el: Element, step: Step): Element | undefined {
  let i = 0;
  for (const c of Array.from(el.children)) if (c.tagName.toLowerCase() === step.tag && i++ === step.nth) return c;
  return undefined;
}

function anchorElement(index: PageIndex, a: Anchor): Element | undefined {
  switch (a.by) {
    case 'id':
      return index.doc.getElementById(a.id) ?? undefined;
    case 'testid':
      return index.byTestid().get(a.value)?.[a.nth];
    case 'aria':
      return index.byAria().get(ariaKey(a.label, a.role))?.[a.nth];
    case 'href':
      return index.byHref().get(a.path)?.[a.nth];
    case 'label': {
      let el: Element | null | undefined = index.byLabel().get(a.text.toLowerCase())?.[a.nth];
      for (let i = 0; i < a.up && el; i++) el = el.parentElement;
      return el ?? undefined;
    }
    case 'landmark': {
      if (a.tag === 'body') return index.doc.body ?? undefined;
      const mains = index.doc.getElementsByTagName('main');
      return mains.length === 1 ? mains[0] : undefined;
    }
  }
}

/** The element a locator points at in this document, if it still points at one. */
export function resolveLocator(index: PageIndex, loc: Locator): Element | undefined {
  let el = anchorElement(index, loc.anchor);
  for (const step of loc.down) {
    if (!el) return undefined;
    el = childByStep(el, step);
  }
  return el;
}

/** Steps from an ancestor down to an element; undefined when too deep. */
function pathBetween(ancestor: Element, target: Element): Step[] | undefined {
  const steps: Step[] = [];
  for (let el = target; el !== ancestor; el = el.parentElement!) {
    const parent = el.parentElement;
    if (!parent) return undefined;
    const tag = el.tagName.toLowerCase();
    const nth = Array.from(parent.children)
      .filter((c) => c.tagName === el.tagName)
      .indexOf(el);
    steps.unshift({ tag, nth });
    if (steps.length > MAX_STEPS) return undefined;
  }
  return steps.every((s) => /^[a-z][a-z0-9-]{0,31}$/.test(s.tag)) ? steps : undefined;
}

/** The closest label text around a target: within ever wider ancestors, the text just before it. */
function nearestLabel(target: Element): { labelEl: Element; text: string; container: Element } | undefined {
  let container: Element | null = target;
  for (
    let level = 0;
    level < MAX_UP && container && container.tagName !== 'BODY';
    level++, container = container.parentElement
  ) {
    const walker = target.ownerDocument.createTreeWalker(container, 4);
    let before: { el: Element; text: string } | undefined;
    let after: { el: Element; text: string } | undefined;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const t = fold(n.nodeValue ?? '');
      if (!el || SKIP.has(el.tagName) || target.contains(n) || !isStableLabel(t)) continue;
      if (target.compareDocumentPosition(n) & 2 /* PRECEDING */) before = { el, text: t };
      else if (!after) after = { el, text: t };
    }
    const hit = before ?? after;
    if (hit) return { labelEl: hit.el, text: hit.text, container };
  }
  return undefined;
}

const key = (l: Locator) => JSON.stringify(l);

/** The locators, most stable first, that point at this element now (issue 18 §2). */
export function locatorsFor(target: Element, index: PageIndex): Locator[] {
  const doc = index.doc;
  const out: Locator[] = [];
  const add = (anchor: Anchor, from: Element) => {
    const down = pathBetween(from, target);
    if (down) out.push({ anchor, down });
  };
  // The nearest ancestor (or the target itself) carrying each kind of anchor.
  const found = new Set<Anchor['by']>();
  const once = (by: Anchor['by'], anchor: () => Anchor | undefined, from: Element) => {
    if (found.has(by)) return;
    const a = anchor();
    if (!a) return;
    found.add(by);
    add(a, from);
  };
  for (
    let a: Element | null = target, depth = 0;
    a && a.tagName !== 'BODY' && depth < 12;
    a = a.parentElement, depth++
  ) {
    const el = a;
    once('id', () => (isStableId(el.id) && doc.getElementById(el.id) === el ? { by: 'id', id: el.id } : undefined), el);
    once(
      'testid',
      () => {
        const value = el.getAttribute('data-testid');
        return value && isStableId(value)
          ? { by: 'testid', value, nth: index.byTestid().get(value)!.indexOf(el) }
          : undefined;
      },
      el,
    );
    once(
      'aria',
      () => {
        const label = fold(el.getAttribute('aria-label') ?? '');
        const role = el.getAttribute('role') ?? undefined;
        if (!isStableLabel(label) || (role && !/^[a-z]{1,30}$/.test(role))) return undefined;
        return {
          by: 'aria',
          label,
          ...(role ? { role } : {}),
          nth: index.byAria().get(ariaKey(label, role))!.indexOf(el),
        };
      },
      el,
    );
    once(
      'href',
      () => {
        const path = el.tagName === 'A' ? hrefTemplate(el.getAttribute('href') ?? '', index.base) : undefined;
        return path ? { by: 'href', path, nth: index.byHref().get(path)!.indexOf(el) } : undefined;
      },
      el,
    );
  }
  const label = nearestLabel(target);
  if (label) {
    let up = 0;
    for (let el: Element | null = label.labelEl; el && el !== label.container; el = el.parentElement) up++;
    const nth = index.byLabel().get(label.text.toLowerCase())?.indexOf(label.labelEl) ?? -1;
    if (nth >= 0 && up <= MAX_UP) add({ by: 'label', text: label.text, nth, up }, label.container);
  }
  const main = doc.getElementsByTagName('main');
  if (main.length === 1 && main[0]!.contains(target) && main[0] !== target)
    add({ by: 'landmark', tag: 'main' }, main[0]!);
  if (doc.body && doc.body !== target) add({ by: 'landmark', tag: 'body' }, doc.body);
  // Keep only what points back at the target, each once. Nearer anchors first (fewer steps that a
  // redesign can break), then by kind in the order above; the body path is the last resort.
  const seen = new Set<string>();
  return out
    .filter((l) => resolveLocator(index, l) === target && !seen.has(key(l)) && seen.add(key(l)))
    .map((l, i) => ({ l, i }))
    .sort(
      (a, b) =>
        (a.l.anchor.by === 'landmark' ? 1 : 0) - (b.l.anchor.by === 'landmark' ? 1 : 0) ||
        a.l.down.length - b.l.down.length ||
        a.i - b.i,
    )
    .map(({ l }) => l)
    .slice(0, MAX_LOCATORS);
}

/** Every string a locator holds, for the test that no hashed class name ever enters one. */
export function locatorStrings(l: Locator): string[] {
  const a = l.anchor as Record<string, unknown>;
  return [...Object.values(a).filter((v): v is string => typeof v === 'string'), ...l.down.map((s) => s.tag)];
}
