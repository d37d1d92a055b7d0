import { describe, expect, it } from 'vitest';
import { createCachingResolver, type CacheEntry } from '../../../lib/dns/cache';
import { createZoneResolver } from '../../../lib/dns/zone';

const zone = () =>
  createZoneResolver({
    latencyMs: 20,
    nodes: {
      'a.example': { A: ['192.0.2.1'], ttl: 60 },
      'b.example': { fault: 'servfail' },
      'c.example': { fault: 'timeout' },
    },
  });

describe('caching resolver', () => {
  it('sends a name/type asked twice at once only once, and serves it from cache until the TTL ends', async () => {
    let now = 1_000_000;
    const inner = zone();
    const r = createCachingResolver(inner, { now: () => now });
    const [x, y] = await Promise.all([r.resolve('a.example', 'A'), r.resolve('A.EXAMPLE.', 'A')]);
    expect(x).toBe(y);
    await r.resolve('a.example', 'A');
    expect(inner.queries).toHaveLength(1);
    expect(r.stats).toEqual({ queries: 1, hits: 1, deduplicated: 1 });
    now += 61_000;
    await r.resolve('a.example', 'A');
    expect(inner.queries).toHaveLength(2);
  });

  it('does not cache SERVFAIL or failures: the next check asks again', async () => {
    const inner = zone();
    const r = createCachingResolver(inner);
    await r.resolve('b.example', 'A');
    await r.resolve('b.example', 'A');
    await expect(r.resolve('c.example', 'A')).rejects.toMatchObject({ kind: 'timeout' });
    await expect(r.resolve('c.example', 'A')).rejects.toMatchObject({ kind: 'timeout' });
    expect(inner.queries).toHaveLength(4);
  });

  it('keeps at most maxConcurrent queries in flight', async () => {
    let active = 0;
    let peak = 0;
    const slow = {
      async resolve(name: string) {
        active++;
        peak = Math.max(peak, active);
        await new Promise((r) => setTimeout(r, 10));
        active--;
        return { rcode: 'NOERROR' as const, records: [{ type: 'A' as const, name, ttl: 60, address: '192.0.2.1' }] };
      },
    };
    const r = createCachingResolver(slow, { maxConcurrent: 3 });
    await Promise.all(Array.from({ length: 12 }, (_, i) => r.resolve(`n${i}.example`, 'A')));
    expect(peak).toBe(3);
  });
});

describe('cache across service-worker restarts and RFC 2308', () => {
  const memoryStore = () => {
    const data: Record<string, CacheEntry> = {};
    return {
      data,
      load: async () => ({ ...data }),
      save: async (e: Record<string, CacheEntry>) => void Object.assign(data, e),
    };
  };
  const tick = () => new Promise((r) => setTimeout(r, 5));

  it('a new cache over the same store answers without asking', async () => {
    const store = memoryStore();
    const inner = zone();
    await createCachingResolver(inner, { store }).resolve('a.example', 'A');
    await tick();
    expect(Object.keys(store.data)).toEqual(['a.example|A']);
    const again = createCachingResolver(inner, { store }); // the worker restarted
    expect((await again.resolve('a.example', 'A')).records).toHaveLength(1);
    expect(inner.queries).toHaveLength(1);
  });

  it('keeps a negative answer for min(SOA TTL, MINIMUM) capped at 3 h, and none without an SOA', async () => {
    let now = 0;
    let asked = 0;
    const neg = (negativeTtl?: number) => ({
      async resolve() {
        asked++;
        return { rcode: 'NXDOMAIN' as const, records: [], ...(negativeTtl === undefined ? {} : { negativeTtl }) };
      },
    });
    const r = createCachingResolver(neg(600), { now: () => now });
    await r.resolve('x.example', 'TXT');
    now = 599_000;
    await r.resolve('x.example', 'TXT');
    expect(asked).toBe(1);
    now = 601_000;
    await r.resolve('x.example', 'TXT');
    expect(asked).toBe(2);
    asked = 0;
    now = 0;
    const capped = createCachingResolver(neg(86_400), { now: () => now });
    await capped.resolve('x.example', 'TXT');
    now = 3 * 3600 * 1000 + 1;
    await capped.resolve('x.example', 'TXT');
    expect(asked).toBe(2);
    asked = 0;
    const bare = createCachingResolver(neg(undefined), { now: () => now });
    await bare.resolve('x.example', 'TXT');
    await bare.resolve('x.example', 'TXT');
    expect(asked).toBe(2);
  });
});
