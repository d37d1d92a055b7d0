// The stored layouts, validated entry by entry (house-style.md "Storage items with versions":
// never throw away a whole record for one bad value): a corrupted entry is dropped alone and
// named, so the panel can say so, and the others keep working.
import { layoutKey, parseLayout, type TaughtLayout } from './layout';
import { layoutFits } from './apply';

/** At most this many layouts are kept (one per host and page kind; a handful in practice). */
export const MAX_LAYOUTS = 200;

/** Splits what storage holds into usable layouts and the keys of entries that were unreadable. */
export function parseStoredLayouts(raw: unknown): { layouts: Record<string, TaughtLayout>; dropped: string[] } {
  const layouts: Record<string, TaughtLayout> = {};
  const dropped: string[] = [];
  if (raw === undefined) return { layouts, dropped };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { layouts, dropped: ['(all)'] };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>).slice(0, MAX_LAYOUTS)) {
    const r = parseLayout(value);
    // An entry filed under another key than its own host and path is not trusted either.
    if (r.ok && layoutKey(r.layout) === key) layouts[key] = r.layout;
    else dropped.push(key);
  }
  return { layouts, dropped };
}

/** The layout for this page, if one was taught (host and path template). */
export function layoutForUrl(layouts: Record<string, TaughtLayout>, href: string): TaughtLayout | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  return Object.values(layouts).find((l) => layoutFits(l, url));
}
