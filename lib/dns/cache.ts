// A caching, de-duplicating, concurrency-capped wrapper around any Resolver. One check asks
// many overlapping names (SPF includes shared by several records, DKIM CNAME targets); each
// name/type goes out once while its answer lives (RFC 1035 §3.2.1 TTL), and at most
// `maxConcurrent` queries are on the wire at a time.
import type { DnsAnswer, Resolver, RRType } from './types';
import { normalizeName } from './types';

export interface CacheOptions {
  maxConcurrent?: number;
  /** Answers without records have no TTL of their own here (no SOA); keep them this long. */
  negativeTtlSeconds?: number;
  maxTtlSeconds?: number;
  now?: () => number;
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
  const negTtl = options.negativeTtlSeconds ?? 60;
  const maxTtl = options.maxTtlSeconds ?? 3600;
  const cache = new Map<string, { answer: DnsAnswer; expires: number }>();
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
    if (next) next(); // the slot passes straight to the next waiter
    else active--;
  }

  async function fetchAnswer(name: string, type: RRType, key: string): Promise<DnsAnswer> {
    await slot();
    try {
      stats.queries++;
      const answer = await inner.resolve(name, type);
      const ttl = answer.records.length ? Math.min(...answer.records.map((r) => r.ttl)) : negTtl;
      // SERVFAIL/REFUSED are not cached: the next check should ask again.
      if (answer.rcode === 'NOERROR' || answer.rcode === 'NXDOMAIN')
        cache.set(key, { answer, expires: now() + Math.min(Math.max(ttl, 0), maxTtl) * 1000 });
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
        p = fetchAnswer(name, type, key).finally(() => inflight.delete(key));
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
