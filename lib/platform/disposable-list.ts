// The disposable-domain list in the extension (knowledge.md §7; issue 15 §8): ~150 KB of names,
// shipped as a data file beside the bundles (wxt.config.ts copies it from the maintained
// disposable-email-domains list at build time) and read by the background the first time an
// export asks, so no script bundle carries it. The command line and tests use
// lib/hygiene/disposable.ts, which reads the same list from the package.
import browser from 'webextension-polyfill';
import { DISPOSABLE_LIST_FILE, disposableCheckOf } from '../hygiene/disposable-check';

let loading: Promise<(asciiDomain: string) => boolean> | undefined;

/** The check, loaded once per background life; a failed load is retried on the next ask. */
export function loadDisposableCheck(): Promise<(asciiDomain: string) => boolean> {
  loading ??= fetch(browser.runtime.getURL(`/${DISPOSABLE_LIST_FILE}`))
    .then((r) => r.json() as Promise<unknown>)
    .then((list) => {
      if (!Array.isArray(list) || !list.every((d) => typeof d === 'string')) throw new TypeError(DISPOSABLE_LIST_FILE);
      return disposableCheckOf(list);
    })
    .catch((e: unknown) => {
      loading = undefined;
      throw e;
    });
  return loading;
}
