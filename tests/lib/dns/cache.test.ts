import { describe, expect, it } from 'vitest';
import { createCachingResolver } from '../../../lib/dns/cache';
import { createZoneResolver } from '../../../lib/dns/zone';

const zone = () =>
  createZoneResolver({
    latencyMs: 20,
    nodes: { 'a.example': { A: ['192.0.2.1'], ttl: 60 }, 'b.example': { fault: 'servfail' }, 'c.example': { fault: 'timeout' } },
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
