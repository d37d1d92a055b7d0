// checkDomain as a whole: every area on the article's domain, and the speed of the walk.
import { sayAuth } from '../../../lib/i18n/auth';
import { describe, expect, it } from 'vitest';
import { checkDomain } from '../../../lib/auth/domain';
import { createZoneResolver } from '../../../lib/dns/zone';
import { createCachingResolver } from '../../../lib/dns/cache';
import { ARTICLE_DOMAIN, articleZone } from '../../fixtures/zones/article';
import { spfTreeZone } from '../../fixtures/zones/spf-trees';
import { createRoundResolver } from '../../support/round-resolver';

const status = (c: Awaited<ReturnType<typeof checkDomain>>) =>
  Object.fromEntries(
    (['spf', 'dkim', 'dmarc', 'alignment', 'mx', 'bimi', 'mtaSts', 'tlsRpt', 'dnssec', 'blocklists'] as const).map(
      (k) => [k, c[k].status],
    ),
  );

describe('checkDomain', () => {
  it("checks every area of the article's domain", async () => {
    const c = await checkDomain(` ${ARTICLE_DOMAIN.toUpperCase()}. `, createZoneResolver(articleZone), {
      esp: 'mailchimp',
    });
    expect(c.domain).toBe(ARTICLE_DOMAIN);
    expect(status(c)).toEqual({
      spf: 'pass',
      dkim: 'pass',
      dmarc: 'pass',
      alignment: 'pass',
      mx: 'pass',
      bimi: 'pass',
      mtaSts: 'pass',
      tlsRpt: 'pass',
      dnssec: 'warn',
      blocklists: 'unknown',
    });
    expect(c.overall).toBe('pass');
    expect(sayAuth('en', c.spf.summary)).toBe('One valid SPF record using 2 of 10 DNS lookups.');
    expect(sayAuth('en', c.alignment.summary)).toBe('Aligned DKIM gives a DMARC pass through Mailchimp.');
    expect(sayAuth('en', c.mx.summary)).toBe(
      'Mail for atelier-example.be goes to atelier-example-be.mail.protection.outlook.com.',
    );
    expect(sayAuth('en', c.blocklists.summary)).toBe(
      'Block lists: not checkable via this resolver (Spamhaus refuses queries from public DNS resolvers).',
    );
  });

  it('flags a free-mail From domain as unauthenticatable', async () => {
    const c = await checkDomain('gmail.com', createZoneResolver({ nodes: {} }), { esp: 'mailchimp' });
    expect(c.alignment).toMatchObject({ status: 'fail', freeMail: true });
    expect(c.overall).toBe('fail');
  });

  it('refuses what is not a domain', async () => {
    await expect(checkDomain('not a domain', createZoneResolver({ nodes: {} }))).rejects.toMatchObject({
      message: 'not-a-domain',
      reason: { id: 'domain-spaces' },
    });
  });

  it('even over a bare resolver, asks every (name, type) once per check and streams each area once', async () => {
    const inner = createZoneResolver(spfTreeZone);
    const areas: string[] = [];
    const check = await checkDomain('shop-example.nl', inner, { esp: 'mailchimp', onArea: (key) => areas.push(key) });
    const asked = inner.queries.map((q) => `${q.name} ${q.type}`);
    expect(asked.filter((q) => q === 'shop-example.nl MX')).toHaveLength(1); // the MX area and the SPF mx term
    expect(asked.length).toBe(new Set(asked).size);
    expect([...areas].sort()).toEqual([
      'alignment',
      'bimi',
      'blocklists',
      'dkim',
      'dmarc',
      'dnssec',
      'mtaSts',
      'mx',
      'spf',
      'tlsRpt',
    ]);
    expect(check.overall).toBeDefined();
  });

  it('reports DMARC and DKIM before the deepest SPF include is answered', async () => {
    const { run } = createRoundResolver(spfTreeZone);
    const seen: string[] = [];
    let spfDone = false;
    await run((r) =>
      checkDomain('deep-example.nl', r, {
        esp: 'mailchimp',
        onArea: (key) => (key === 'spf' ? (spfDone = true) : !spfDone && seen.push(key)),
      }),
    );
    expect(seen).toEqual(expect.arrayContaining(['dmarc', 'mtaSts', 'tlsRpt']));
  });

  it('asks no name/type twice and needs only as many rounds as its dependencies', async () => {
    const { run, queries } = createRoundResolver(spfTreeZone);
    const { rounds } = await run((r) =>
      checkDomain('deep-example.nl', createCachingResolver(r, { maxConcurrent: 32 }), { esp: 'mailchimp' }),
    );
    const asked = queries.map((q) => `${q.name} ${q.type}`);
    expect(asked.length).toBe(new Set(asked).size);
    // 1: every first-level name; 2: the includes, the DKIM existence test, the MX fallback;
    // 3: the includes' includes (_netblocks*, spfd). Nothing waits that need not. Round 1 also
    // holds Mailchimp's published include (servers.mcsv.net, issue 12 §9).
    expect(rounds.map((r) => r.length)).toEqual([10, 5, 4]);
    expect(rounds[0]).toContain('servers.mcsv.net TXT');
    expect(rounds[0]).toEqual(
      expect.arrayContaining([
        'deep-example.nl TXT',
        '_dmarc.deep-example.nl TXT',
        'k2._domainkey.deep-example.nl TXT',
        'deep-example.nl MX',
        'default._bimi.deep-example.nl TXT',
      ]),
    );
    expect(rounds[2]).toEqual(expect.arrayContaining(['_netblocks.google.com TXT', 'spfd.protection.outlook.com TXT']));
  });
});
