// "Copy page structure" (issue 4 §7): a snapshot of an unrecognised page for a bug report, with
// everything personal removed. Tags, structure and the attributes adapters anchor on stay; known
// labels and figures stay (they are what a fix needs); every other text, addresses, names and
// subjects become placeholders; query values are blanked; scripts and styles are dropped.
const DROP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'OBJECT',
  'EMBED',
]);
const KEEP_ATTRS = /^(id|class|role|type|hidden|colspan|rowspan|data-testid|aria-[a-z-]+|href|src|alt|title|name)$/;
const EMAIL = /[^\s@<>"']+@[^\s@<>"']+\.[a-z]{2,}/gi;

function redactText(text: string, keep: Set<string>): string {
  const t = text.trim();
  if (t === '' || keep.has(t.toLowerCase())) return text;
  // Figures and their formatting stay; letters become x, addresses a placeholder.
  return text.replace(EMAIL, 'user@example.invalid').replace(/\p{L}/gu, (c) => (c === c.toUpperCase() ? 'X' : 'x'));
}

function redactUrl(value: string): string {
  try {
    const u = new URL(value, 'https://esp.invalid');
    if (u.protocol === 'data:') return 'data:';
    for (const k of [...u.searchParams.keys()]) u.searchParams.set(k, 'x');
    const path = u.pathname.replace(EMAIL, 'user@example.invalid');
    return `${u.origin === 'https://esp.invalid' ? '' : u.origin}${path}${u.search}${u.hash ? '#' + u.hash.slice(1).replace(/\d{3,}/g, 'N') : ''}`;
  } catch {
    return 'x';
  }
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Every string in an adapter's SELECTORS object: the labels worth keeping in a snapshot. */
export function labelsOf(selectors: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof selectors === 'string') out.add(selectors.toLowerCase());
  else if (Array.isArray(selectors)) selectors.forEach((s) => labelsOf(s, out));
  else if (selectors && typeof selectors === 'object' && !(selectors instanceof RegExp))
    Object.values(selectors).forEach((s) => labelsOf(s, out));
  return out;
}

/** Serialises the page's structure with personal text removed; capped at `maxBytes`. */
export function redactPageStructure(doc: Document, url: string, keep: Set<string>, maxBytes = 400_000): string {
  let out = '';
  let truncated = false;
  const walk = (node: Node, depth: number): void => {
    if (out.length > maxBytes) {
      truncated = true;
      return;
    }
    if (node.nodeType === 3) {
      out += esc(redactText(node.textContent ?? '', keep));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (DROP.has(el.tagName) || DROP.has(el.tagName.toUpperCase())) {
      out += `<${tag}></${tag}>`;
      return;
    }
    const attrs = Array.from(el.attributes)
      .filter((a) => KEEP_ATTRS.test(a.name))
      .map((a) => {
        const v =
          a.name === 'href' || a.name === 'src'
            ? redactUrl(a.value)
            : a.name === 'alt' || a.name === 'title' || a.name.startsWith('aria-')
              ? redactText(a.value, keep)
              : a.value;
        return ` ${a.name}="${esc(v)}"`;
      })
      .join('');
    out += `<${tag}${attrs}>`;
    if (depth < 60) el.childNodes.forEach((c) => walk(c, depth + 1));
    if (!/^(br|img|input|hr|meta|link)$/.test(tag)) out += `</${tag}>`;
  };
  if (doc.body) walk(doc.body, 0);
  const page = redactUrl(url);
  return `<!-- Deliverability Lens page structure of ${esc(page)}; texts redacted${truncated ? '; truncated' : ''} -->\n${out}`;
}
