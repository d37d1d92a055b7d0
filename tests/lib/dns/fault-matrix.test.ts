// The fault matrix (issue 12 "Bad input") in node: every fault on the whole domain and on one
// name at a time, through the real DoH client over HTTP to the local server. 0 false "fine"
// and 0 false "missing", per row. The same rows run in Chromium in tests/e2e/dns-faults.spec.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDomain } from '../../../lib/auth/domain';
import { createDohResolver } from '../../../lib/dns/doh';
import type { DomainCheck } from '../../../lib/auth/types';
import { startDohServer, type DohServer } from '../../support/doh-server';
import { faultMatrix, judgeRow } from '../../fixtures/zones/fault-matrix';

const { rows, zone, control } = faultMatrix();
let server: DohServer;
let backup: DohServer;
let results: Map<number, DomainCheck>;
let controlCheck: DomainCheck;

beforeAll(async () => {
  server = await startDohServer(zone);
  backup = await startDohServer(zone);
  const resolver = createDohResolver({ endpoints: [server.url], timeoutMs: 1000 });
  controlCheck = await checkDomain(control, resolver, { esp: 'mailchimp' });
  const checks = await Promise.all(rows.map((r) => checkDomain(r.domain, resolver, { esp: 'mailchimp' })));
  results = new Map(rows.map((r, i) => [r.n, checks[i]!]));
}, 30_000);
afterAll(async () => {
  await server.close();
  await backup.close();
});

describe('fault matrix', () => {
  it('the control domain is in order', () => {
    expect(
      [controlCheck.spf, controlCheck.dkim, controlCheck.dmarc, controlCheck.alignment, controlCheck.mx].map(
        (a) => a.status,
      ),
    ).toEqual(['pass', 'pass', 'pass', 'pass', 'pass']);
  });
  it.each(rows.map((r) => [r.fault, r.target, r] as const))(
    '%s on %s: no false fine, no false missing',
    (_f, _t, row) => {
      expect(judgeRow(row, results.get(row.n)!, controlCheck)).toEqual([]);
    },
  );
  // Asked again one at a time: under this machine's load the big batch may time out anywhere.
  const alone = (row: (typeof rows)[number]) =>
    checkDomain(row.domain, createDohResolver({ endpoints: [server.url], timeoutMs: 4000 }), { esp: 'mailchimp' });
  it('a CNAME loop is "couldn\'t check: CNAME loop at …", never missing', async () => {
    const row = rows.find((r) => r.fault === 'cname-loop' && r.target === 'dmarc')!;
    expect((await alone(row)).dmarc).toMatchObject({
      status: 'unknown',
      error: { kind: 'cname-loop', name: `_dmarc.${row.domain}` },
    });
  });
  it('k2 timing out while k3 has a key is unknown, not "DKIM OK"', async () => {
    const row = rows.find((r) => r.fault === 'timeout' && r.target === 'k2')!;
    const dkim = (await alone(row)).dkim;
    expect(dkim.status).toBe('unknown');
    expect(dkim.selectors.map((s) => [s.selector, s.outcome])).toEqual([
      ['k2', 'unknown'],
      ['k3', 'key'],
      ['k1', 'absent'],
    ]);
  });
  it('a first endpoint that is down changes nothing, all endpoints down is "couldn\'t check" everywhere', async () => {
    const dead = await startDohServer({ nodes: {} });
    dead.setFault('timeout');
    try {
      let t0 = Date.now();
      await checkDomain(control, createDohResolver({ endpoints: [backup.url], timeoutMs: 4000 }), { esp: 'mailchimp' });
      const plain = Date.now() - t0;
      t0 = Date.now();
      const hedged = await checkDomain(
        control,
        createDohResolver({ endpoints: [dead.url, backup.url], timeoutMs: 4000 }),
        { esp: 'mailchimp' },
      );
      expect(Date.now() - t0 - plain).toBeLessThan(1000); // one hedge delay (300 ms), not one per query
      expect(hedged.overall).toBe('pass');
      expect(hedged.resolvers).toEqual({ answered: [new URL(backup.url).host], failed: [new URL(dead.url).host] });
      const none = await checkDomain(control, createDohResolver({ endpoints: [dead.url], timeoutMs: 500 }), {
        esp: 'mailchimp',
      });
      expect([none.spf, none.dkim, none.dmarc, none.alignment, none.mx].map((a) => a.status)).toEqual([
        'unknown',
        'unknown',
        'unknown',
        'unknown',
        'unknown',
      ]);
    } finally {
      await dead.close();
    }
  });
});
