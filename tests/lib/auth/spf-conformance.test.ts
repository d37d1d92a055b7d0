// The OpenSPF conformance suites (RFC 7208: 203 tests, RFC 4408: 191), read by path from
// ../shared/testdata/spf and run through check_host() over an in-memory zone.
import { sayReason } from '../../../lib/i18n/auth';
import { describe, expect, it } from 'vitest';
import { checkHost } from '../../../lib/auth/spf';
import { createZoneResolver } from '../../../lib/dns/zone';
import { loadSpfSuite, SPF_SUITE_DIR, type SuiteTest } from '../../support/spf-suite';

async function run(t: SuiteTest) {
  // With a null MAIL FROM the domain is the HELO name and the sender postmaster@<helo> (§2.4).
  const sender = t.mailfrom || `postmaster@${t.helo}`;
  const domain = sender.slice(sender.lastIndexOf('@') + 1);
  return checkHost({ ip: t.host, domain, sender, helo: t.helo, receiver: undefined }, createZoneResolver(t.zone));
}

for (const [file, expected] of [
  ['rfc7208-tests.yml', 203],
  ['rfc4408-tests.yml', 191],
] as const) {
  const tests = loadSpfSuite(file);
  describe.skipIf(!tests)(`OpenSPF suite ${file}`, () => {
    it(`has all ${expected} tests`, () => expect(tests!.length).toBe(expected));
    for (const t of tests ?? []) {
      it(`${t.scenario} › ${t.name}`, async () => {
        const r = await run(t);
        expect(t.result, `${r.result}: ${sayReason('en', r.reason)}`).toContain(r.result);
        if (t.explanation !== undefined && r.result === 'fail')
          expect(r.explanation).toBe(t.explanation === 'DEFAULT' ? undefined : t.explanation);
      });
    }
  });
  if (!tests) it.skip(`OpenSPF suite ${file}: not found in ${SPF_SUITE_DIR}, skipped`, () => {});
}
