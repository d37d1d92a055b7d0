import { describe, expect, it } from 'vitest';
import { createHygieneChecker, isValidAddress } from '../../../lib/hygiene/flags';
import { checkDomainsLiveness } from '../../../lib/hygiene/domain-dead';
import { createZoneResolver } from '../../../lib/dns/zone';

describe('hygiene flags', () => {
  it('flags syntax, duplicates, role addresses, typos and disposable domains', () => {
    const h = createHygieneChecker();
    expect(['jan.claes@gmial.com', 'info@bakkerij-example.be', 'Jan.Claes@GMIAL.com', 'bob@mailinator.com', 'a..b@example.be', 'no at sign', 'k.wouters@telenet.be', 'sales2@example.be', 'verkoop@example.be'].map((e) => h.check(e))).toEqual([
      // gmial.com is on the disposable list too: typo-squatting domains collect mail.
      { email: 'jan.claes@gmial.com', flags: ['typo', 'disposable'], suggestion: 'jan.claes@gmail.com' },
      { email: 'info@bakkerij-example.be', flags: ['role'] },
      { email: 'Jan.Claes@GMIAL.com', flags: ['duplicate', 'typo', 'disposable'], suggestion: 'Jan.Claes@gmail.com' },
      { email: 'bob@mailinator.com', flags: ['disposable'] },
      { email: 'a..b@example.be', flags: ['syntax'] },
      { email: 'no at sign', flags: ['syntax'] },
      { email: 'k.wouters@telenet.be', flags: [] },
      { email: 'sales2@example.be', flags: ['role'] },
      { email: 'verkoop@example.be', flags: ['role'] },
    ]);
  });

  it.each([
    ['a@b.be', true],
    ["o'brien+news@example.co.uk", true],
    ['a@b', false],
    ['a@-b.be', false],
    ['a@b.123', false],
    [`${'a'.repeat(65)}@b.be`, false],
    ['<script>@x.be', false],
    ['"quoted"@x.be', false],
  ])('isValidAddress(%j) = %s', (email, ok) => expect(isValidAddress(email)).toBe(ok));
});

describe('domain liveness', () => {
  const zone = createZoneResolver({
    nodes: {
      'alive.example': { MX: [{ preference: 10, exchange: 'mx.alive.example' }] },
      'a-only.example': { A: ['192.0.2.1'] },
      'nomail.example': { MX: [{ preference: 0, exchange: '' }] },
      'parked.example': { TXT: ['parked'] },
      'flaky.example': { fault: 'timeout' },
    },
  });

  it('calls a domain dead only on evidence, once per domain, 8 at a time', async () => {
    const r = await checkDomainsLiveness(['alive.example', 'A-ONLY.example', 'nomail.example', 'parked.example', 'gone.example', 'flaky.example', 'alive.example'], zone);
    expect(Object.fromEntries(r)).toEqual({
      'alive.example': { state: 'alive' },
      'a-only.example': { state: 'alive' },
      'nomail.example': { state: 'dead', why: 'null-mx' },
      'parked.example': { state: 'dead', why: 'no-mail-server' },
      'gone.example': { state: 'dead', why: 'nxdomain' },
      'flaky.example': { state: 'unknown', error: 'zone did not answer (time-out)' },
    });
    expect(zone.queries.filter((q) => q.name === 'alive.example')).toHaveLength(1);
  });
});
