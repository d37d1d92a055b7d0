// A caching, de-duplicating, concurrency-capped wrapper around any Resolver. One check asks
// many overlapping names (SPF includes shared by several records, DKIM CNAME targets); each
// name/type goes out once while its answer lives (RFC 1035 §3.2.1 TTL), and at most
// `maxConcurrent` queries are on the wire at a time. Negative answers live for the negative TTL
// of their SOA (RFC 2308 §5: min(SOA TTL, MINIMUM)), capped at 3 hours (§5, "1–3 hours");
// without an SOA they are not kept past the check. An injected `store` (storage.session in the
// extension, lib/platform/dns-cache-store.ts) lets the cache outlive the service worker.
import type { DnsAnswer, Resolver, RRType } from './types';
import { normalizeName } from './types';

/** A cached answer and the time (ms since the epoch) it expires. */
export interface CacheEntry {
  answer: DnsAnswer;
  expires: number;
}

/** Where answers outlive this process: browser-free, so lib stays testable in node. */
export interface CacheStore {
  /** Every entry kept (expired ones may be included; they are skipped). */
  load(): Promise<Record<string, CacheEntry>>;
  /** Adds or replaces entries (batched by the cache: one call per tick). */
  save(entries: Record<string, CacheEntry>): Promise<void>;
}

export interface CacheOptions {
  maxConcurrent?: number;
  /** Negative answers without an SOA (RFC 2308 §5: no TTL to go by); 0 = not cached. */
  negativeTtlSeconds?: number;
  /** RFC 2308 §5: a cap on negative caching; 3 hours. */
  maxNegativeTtlSeconds?: number;
  maxTtlSeconds?: number;
  now?: () => number;
  store?: CacheStore;
}

export interface CachingResolver extends Resolver {
  /** How many queries reached the wrapped resolver (for benchmarks and tests). */
  readonly stats: { queries: number; hits: number; deduplicated: number };
  clear(): void;
}

/** Wraps a resolver with a TTL cache, in-flight de-duplication and a concurrency cap. */
export function createCachingResolver(inner: Resolver, options: CacheOptions = {}): CachingResolver {
  const maxConcurrent = options.maxConcurrent ?? 16;
  const now = options.now ?? (() => Date.now());
  const negTtl = options.negativeTtlSeconds ?? 0;
  const maxNeg = options.maxNegativeTtlSeconds ?? 3 * 3600;
  const maxTtl = options.maxTtlSeconds ?? 3600;
  const cache = new Map<string, CacheEntry>();
  const store = options.store;
  let loaded: Promise<void> | undefined;
  let dirty: Record<string, CacheEntry> | undefined;
  const load = () =>
    (loaded ??= store
      ? store.load().then(
          (entries) => {
            const t = now();
            for (const [k, e] of Object.entries(entries ?? {}))
              if (e && e.expires > t && !cache.has(k)) cache.set(k, e);
          },
          () => undefined, // an unreadable store is an empty one
        )
      : Promise.resolve());
  function persist(key: string, entry: CacheEntry) {
    if (!store) return;
    if (!dirty) {
      dirty = {};
      setTimeout(() => {
        const batch = dirty!;
        dirty = undefined;
        store.save(batch).catch(() => undefined);
      }, 0);
    }
    dirty[key] = entry;
  }
  const inflight = new Map<string, Promise<DnsAnswer>>();
  const waiting: (() => void)[] = [];
  let active = 0;
  const stats = { queries: 0, hits: 0, deduplicated: 0 };

  async function slot(): Promise<void> {
    if (active < maxConcurrent) {
      active++;
      return;
    }
    await new Promise<void>((r) => waiting.push(r));
  }
  function release(): void {
    const next = waiting.shift();
    if (next)
      next(); // the slot passes straight to the next waiter
    else active--;
  }

  async function fetchAnswer(name: string, type: RRType, key: string): Promise<DnsAnswer> {
    await slot();
    try {
      stats.queries++;
      const answer = await inner.resolve(name, type);
      const wanted = answer.records.filter((r) => r.type === type);
      // RFC 2308 §5 for NXDOMAIN and no data; RFC 2181 §5.2 the smallest TTL of the RRset.
      const ttl =
        answer.rcode === 'NXDOMAIN' || wanted.length === 0
          ? Math.min(answer.negativeTtl ?? negTtl, maxNeg)
          : Math.min(...answer.records.map((r) => r.ttl), maxTtl);
      // SERVFAIL/REFUSED are not cached: the next check should ask again. The record of which
      // endpoints failed along the way belongs to this query, not to later hits: it is dropped.
      if ((answer.rcode === 'NOERROR' || answer.rcode === 'NXDOMAIN') && ttl > 0) {
        const entry = { answer: { ...answer, failed: undefined }, expires: now() + ttl * 1000 };
        cache.set(key, entry);
        persist(key, entry);
      }
      return answer;
    } finally {
      release();
    }
  }

  return {
    stats,
    clear: () => cache.clear(),
    resolve(name, type, signal) {
      const key = `${normalizeName(name)}|${type}`;
      const hit = cache.get(key);
      if (hit && hit.expires > now()) {
        stats.hits++;
        return Promise.resolve(hit.answer);
      }
      let p = inflight.get(key);
      if (p) stats.deduplicated++;
      else {
        p = load()
          .then(() => {
            const stored = cache.get(key); // put there by the store, or by nobody
            if (stored && stored.expires > now()) {
              stats.hits++;
              return stored.answer;
            }
            return fetchAnswer(name, type, key);
          })
          .finally(() => inflight.delete(key));
        inflight.set(key, p);
      }
      if (!signal) return p;
      // The shared query keeps running for other askers; this caller stops waiting.
      return new Promise<DnsAnswer>((resolve, reject) => {
        const onAbort = () => reject(new DOMException('aborted', 'AbortError'));
        if (signal.aborted) return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        p!.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
      });
    },
  };
}
