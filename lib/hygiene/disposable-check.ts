// The disposable-domain check without the list itself (knowledge.md §7): the extension loads the
// list as a data file (lib/platform/disposable-list.ts), the command line and tests from the
// package (disposable.ts). Kept apart so importing it never bundles the 150 KB list.

/** Where the extension build puts the list as a data file (wxt.config.ts, lib/platform/disposable-list.ts). */
export const DISPOSABLE_LIST_FILE = 'disposable-domains.json';

/** A membership check over a list of domains (A-label form, lower case). */
export function disposableCheckOf(list: readonly string[]): (asciiDomain: string) => boolean {
  const set = new Set(list);
  return (d) => set.has(d);
}
