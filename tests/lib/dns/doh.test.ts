// The RFC 8484 client against the local DoH server (a real HTTP server on 127.0.0.1, real
// fetch): answers, rcodes, the AD flag, and every injected fault.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDohResolver, base64url, isDohEndpoint } from '../../../lib/dns/doh';
import { encodeQuery } from '../../../lib/dns/wire';
import { DnsError } from '../../../lib/dns/types';
import { startDohServer, type DohServer } from '../../support/doh-server';

let server: DohServer;
let second: DohServer;

beforeAll(async () => {
  server = await startDohServer({
    authenticated: true,
    nodes: {
      'example.org': {
        A: ['192.0.2.1'],
        MX: [{ preference: 10, exchange: 'mx.example.org.' }],
        TXT: [['v=spf1 ', 'ip4:192.0.2.0/24 -all']],
      },
      'alias.example.org': { CNAME: 'example.org' },
      'null-mx.example.org': { MX: [{ preference: 0, exchange: '' }] },
      'slow.example.org': { A: ['192.0.2.9'], latencyMs: 400 },
      'hang.example.org': { fault: 'timeout' },
      'broken.example.org': { fault: 'servfail' },
      'junk.example.org': { fault: 'garbage' },
      'other-id.example.org': { fault: 'wrong-id' },
      'cut.example.org': { fault: 'truncated' },
      'oops.example.org': { fault: 'http-500' },
      'busy.example.org': { fault: 'http-429' },
      'pad.example.org': { A: ['192.0.2.5'], fault: 'padded' },
      'tc.example.org': { A: ['192.0.2.5'], fault: 'tc' },
      'elsewhere.example.org': { A: ['192.0.2.5'], fault: 'wrong-question' },
      'half.example.org': { A: ['192.0.2.7'], fault: { TXT: 'timeout' } },
    },
  });
  second = await startDohServer({
    nodes: { 'hang.example.org': { A: ['192.0.2.77'] }, 'junk.example.org': { A: ['192.0.2.78'] } },
  });
});
afterAll(async () => {
  await server.close();
  await second.close();
});

describe('DoH client', () => {
  it('answers A, MX and TXT with unjoined character-strings and the AD flag', async () => {
    const r = createDohResolver({ endpoints: [server.url] });
    expect(await r.resolve('Example.ORG.', 'A')).toEqual({
      rcode: 'NOERROR',
      authenticated: true,
      source: server.url,
      records: [{ type: 'A', name: 'example.org', ttl: 300, address: '192.0.2.1' }],
    });
    expect((await r.resolve('example.org', 'MX')).records).toEqual([
      { type: 'MX', name: 'example.org', ttl: 300, preference: 10, exchange: 'mx.example.org' },
    ]);
    expect((await r.resolve('example.org', 'TXT')).records).toEqual([
      { type: 'TXT', name: 'example.org', ttl: 300, strings: ['v=spf1 ', 'ip4:192.0.2.0/24 -all'] },
    ]);
  });

  it('gives the CNAME chain before the final records, and the null MX with an empty exchange', async () => {
    const r = createDohResolver({ endpoints: [server.url] });
    expect((await r.resolve('alias.example.org', 'A')).records).toEqual([
      { type: 'CNAME', name: 'alias.example.org', ttl: 300, target: 'example.org' },
      { type: 'A', name: 'example.org', ttl: 300, address: '192.0.2.1' },
    ]);
    expect((await r.resolve('null-mx.example.org', 'MX')).records).toEqual([
      { type: 'MX', name: 'null-mx.example.org', ttl: 300, preference: 0, exchange: '' },
    ]);
  });

  it('tells NXDOMAIN from no data (RFC 8020 empty non-terminal)', async () => {
    const r = createDohResolver({ endpoints: [server.url] });
    expect(await r.resolve('nothing.example.org', 'A')).toMatchObject({ rcode: 'NXDOMAIN', records: [] });
    expect(await r.resolve('example.org', 'AAAA')).toMatchObject({ rcode: 'NOERROR', records: [] });
    expect(await r.resolve('org', 'A')).toMatchObject({ rcode: 'NOERROR', records: [] });
  });

  it('returns SERVFAIL as an answer (the caller decides it means "couldn\'t check")', async () => {
    const r = createDohResolver({ endpoints: [server.url] });
    expect(await r.resolve('broken.example.org', 'TXT')).toMatchObject({ rcode: 'SERVFAIL', records: [] });
  });

  it.each([
    ['hang.example.org', { kind: 'timeout', ms: 300 }],
    ['junk.example.org', { kind: 'malformed' }],
    ['other-id.example.org', { kind: 'mismatch', detail: 'id' }],
    ['cut.example.org', { kind: 'malformed', detail: 'cut-short' }],
    ['pad.example.org', { kind: 'malformed', detail: 'trailing-bytes' }],
    ['tc.example.org', { kind: 'truncated', detail: 'tc' }],
    ['elsewhere.example.org', { kind: 'mismatch', detail: 'question' }],
    ['oops.example.org', { kind: 'http', status: 500 }],
    ['busy.example.org', { kind: 'http', status: 429 }],
  ])('rejects %s as data naming the endpoint: %o', async (name, problem) => {
    const r = createDohResolver({ endpoints: [server.url], timeoutMs: 300 });
    const err = await r.resolve(name, 'A').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DnsError);
    expect((err as DnsError).problem).toMatchObject({ ...problem, endpoint: new URL(server.url).host });
  });

  it('faults one type only when told so', async () => {
    const r = createDohResolver({ endpoints: [server.url], timeoutMs: 300 });
    expect((await r.resolve('half.example.org', 'A')).records).toHaveLength(1);
    await expect(r.resolve('half.example.org', 'TXT')).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('falls back to the next endpoint in order when one fails', async () => {
    const r = createDohResolver({ endpoints: [server.url, second.url], timeoutMs: 300 });
    expect(await r.resolve('hang.example.org', 'A')).toMatchObject({
      source: second.url,
      records: [{ address: '192.0.2.77' }],
    });
    expect(await r.resolve('junk.example.org', 'A')).toMatchObject({
      source: second.url,
      records: [{ address: '192.0.2.78' }],
    });
  });

  it('waits for a slow answer within the time-out', async () => {
    const r = createDohResolver({ endpoints: [server.url], timeoutMs: 2000 });
    expect((await r.resolve('slow.example.org', 'A')).records[0]).toMatchObject({ address: '192.0.2.9' });
  });

  it('refuses names that cannot go on the wire without asking anyone', async () => {
    const before = server.log.length;
    const r = createDohResolver({ endpoints: [server.url] });
    await expect(r.resolve(`${'a'.repeat(64)}.example.org`, 'A')).rejects.toMatchObject({ kind: 'bad-name' });
    await expect(r.resolve('a..b', 'A')).rejects.toMatchObject({ kind: 'bad-name' });
    expect(server.log.length).toBe(before);
  });

  it('hedges: a silent first endpoint costs one hedge delay, then is asked last', async () => {
    const silent = await startDohServer({ nodes: {} });
    silent.setFault('timeout');
    try {
      const r = createDohResolver({ endpoints: [silent.url, second.url], timeoutMs: 4000, hedgeMs: 400 });
      let t = Date.now();
      const first = await r.resolve('hang.example.org', 'A');
      const firstMs = Date.now() - t;
      expect(first).toMatchObject({
        source: second.url,
        failed: [{ kind: 'timeout', endpoint: new URL(silent.url).host, ms: 400 }],
      });
      expect(firstMs).toBeGreaterThanOrEqual(390);
      expect(firstMs).toBeLessThan(1000);
      expect(r.demoted().map((d) => d.endpoint)).toEqual([silent.url]);
      const asked = silent.log.length;
      t = Date.now();
      await Promise.all(Array.from({ length: 5 }, () => r.resolve('junk.example.org', 'A')));
      expect(Date.now() - t).toBeLessThan(390); // straight to the endpoint that answers
      expect(silent.log.length).toBe(asked);
    } finally {
      await silent.close();
    }
  });

  it('asks every endpoint at most once per question and names them all when all fail', async () => {
    const silent = await startDohServer({ nodes: {} });
    silent.setFault('http-500');
    try {
      const r = createDohResolver({ endpoints: [silent.url, server.url], timeoutMs: 300, hedgeMs: 50 });
      const err = (await r.resolve('hang.example.org', 'A').catch((e: unknown) => e)) as DnsError;
      expect(err.problem.others?.map((o) => [o.kind, o.endpoint])).toEqual([
        ['http', new URL(silent.url).host],
        ['timeout', new URL(server.url).host],
      ]);
      expect(silent.log.filter((q) => q.name === 'hang.example.org')).toHaveLength(1);
    } finally {
      await silent.close();
    }
  });

  it('prefers a real answer to a SERVFAIL from another endpoint', async () => {
    const sick = await startDohServer({ nodes: {} });
    sick.setFault('servfail');
    try {
      const r = createDohResolver({ endpoints: [sick.url, second.url] });
      expect(await r.resolve('junk.example.org', 'A')).toMatchObject({
        source: second.url,
        failed: [{ kind: 'rcode', detail: 'SERVFAIL' }],
      });
      expect(await createDohResolver({ endpoints: [sick.url] }).resolve('junk.example.org', 'A')).toMatchObject({
        rcode: 'SERVFAIL',
      });
    } finally {
      await sick.close();
    }
  });

  it('reads the RFC 2308 negative TTL from the SOA of a negative answer', async () => {
    const r = createDohResolver({ endpoints: [server.url] });
    expect(await r.resolve('nowhere.example.org', 'A')).toMatchObject({ rcode: 'NXDOMAIN', negativeTtl: 300 });
    expect((await r.resolve('example.org', 'A')).negativeTtl).toBeUndefined();
  });

  it('stops when the caller cancels', async () => {
    const r = createDohResolver({ endpoints: [server.url, second.url], timeoutMs: 5000 });
    const ctl = new AbortController();
    const p = r.resolve('hang.example.org', 'A', ctl.signal);
    setTimeout(() => ctl.abort(), 50);
    await expect(p).rejects.toMatchObject({ kind: 'aborted' });
    expect(r.demoted()).toEqual([]); // cancelling is not the endpoint's fault
  });
});

describe('RFC 8484 details', () => {
  it('encodes the query as unpadded base64url with id 0', () => {
    const q = encodeQuery('example.org', 'A');
    expect(q[0]).toBe(0);
    expect(q[1]).toBe(0);
    expect(base64url(q)).not.toMatch(/[=+/]/);
    expect(base64url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
  });

  it('accepts https endpoints and plain http only on loopback', () => {
    expect(isDohEndpoint('https://dns.google/dns-query')).toBe(true);
    expect(isDohEndpoint('http://127.0.0.1:8053/dns-query')).toBe(true);
    expect(isDohEndpoint('http://localhost:8053/dns-query')).toBe(true);
    expect(isDohEndpoint('http://dns.example.net/dns-query')).toBe(false);
    expect(isDohEndpoint('https://user:pw@dns.example.net/dns-query')).toBe(false);
    expect(isDohEndpoint('not a url')).toBe(false);
  });
});
