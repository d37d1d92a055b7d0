// The DNS cache's store in the extension: browser.storage.session (kept while the browser runs,
// across service-worker restarts; never written to disk), one key per answer under "dns:".
// The cache itself (lib/dns/cache.ts) stays browser-free and takes this through CacheStore.
import browser from 'webextension-polyfill';
import type { CacheEntry, CacheStore } from '../dns/cache';

const PREFIX = 'dns:';

/** A CacheStore over storage.session (falls back to nothing where the area is missing). */
export function createSessionCacheStore(area = browser.storage.session): CacheStore {
  return {
    async load() {
      if (!area) return {};
      const all = (await area.get(null)) as Record<string, unknown>;
      const out: Record<string, CacheEntry> = {};
      const stale: string[] = [];
      const now = Date.now();
      for (const [k, v] of Object.entries(all)) {
        if (!k.startsWith(PREFIX)) continue;
        const e = v as CacheEntry;
        if (typeof e?.expires === 'number' && e.expires > now && e.answer) out[k.slice(PREFIX.length)] = e;
        else stale.push(k);
      }
      if (stale.length) void area.remove(stale).catch(() => undefined);
      return out;
    },
    async save(entries) {
      if (!area) return;
      await area.set(Object.fromEntries(Object.entries(entries).map(([k, v]) => [PREFIX + k, v])));
    },
  };
}
