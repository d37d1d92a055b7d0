// checkDomain as a whole: every area on the article's domain, and the speed of the walk.
import { describe, expect, it } from 'vitest';
import { checkDomain } from '../../../lib/auth/domain';
import { createZoneResolver } from '../../../lib/dns/zone';
import { createCachingResolver } from '../../../lib/dns/cache';
import { ARTICLE_DOMAIN, articleZone } from '../../fixtures/zones/article';
import { spfTreeZone } from '../../fixtures/zones/spf-trees';
import { createRoundResolver } from '../../support/round-resolver';

const status = (c: Awaited<ReturnType<typeof checkDomain>>) =>
  Object.fromEntries((['spf', 'dkim', 'dmarc', 'alignment', 'mx', 'bimi', 'mtaSts', 'tlsRpt', 'dnssec', 'blocklists'] as const).map((k) => [k, c[k].status]));

describe('checkDomain', () => {
  it("checks every area of the article's domain", async () => {
    const c = await checkDomain(` ${ARTICLE_DOMAIN.toUpperCase()}. `, createZoneResolver(articleZone), { esp: 'mailchimp' });
    expect(c.domain).toBe(ARTICLE_DOMAIN);
    expect(status(c)).toEqual({
      spf: 'pass', dkim: 'pass', dmarc: 'pass', alignment: 'pass', mx: 'pass',
      bimi: 'pass', mtaSts: 'pass', tlsRpt: 'pass', dnssec: 'warn', blocklists: 'unknown',
    });
    expect(c.overall).toBe('pass');
    expect(c.spf.summary).toBe('One valid SPF record using 2 of 10 DNS lookups.');
    expect(c.alignment.summary).toBe('Aligned DKIM gives a DMARC pass through Mailchimp.');
    expect(c.mx.summary).toBe('Mail for atelier-example.be goes to atelier-example-be.mail.protection.outlook.com.');
    expect(c.blocklists.summary).toBe('Block lists: not checkable via this resolver (Spamhaus refuses queries from public DNS resolvers).');
  });

  it('flags a free-mail From domain as unauthenticatable', async () => {
    const c = await checkDomain('gmail.com', createZoneResolver({ nodes: {} }), { esp: 'mailchimp' });
    expect(c.alignment).toMatchObject({ status: 'fail', freeMail: true });
    expect(c.overall).toBe('fail');
  });

  it('refuses what is not a domain', async () => {
    await expect(checkDomain('not a domain', createZoneResolver({ nodes: {} }))).rejects.toThrow('"not a domain" is not a domain name: a domain has no spaces');
  });

  it('asks no name/type twice and needs only as many rounds as its dependencies', async () => {
    const { run, queries } = createRoundResolver(spfTreeZone);
    const { rounds } = await run((r) => checkDomain('deep-example.nl', createCachingResolver(r, { maxConcurrent: 32 }), { esp: 'mailchimp' }));
    const asked = queries.map((q) => `${q.name} ${q.type}`);
    expect(asked.length).toBe(new Set(asked).size);
    // 1: every first-level name; 2: the includes, the DKIM existence test, the MX fallback;
    // 3: the includes' includes (_netblocks*, spfd). Nothing waits that need not.
    expect(rounds.map((r) => r.length)).toEqual([9, 5, 4]);
    expect(rounds[0]).toEqual(expect.arrayContaining(['deep-example.nl TXT', '_dmarc.deep-example.nl TXT', 'k2._domainkey.deep-example.nl TXT', 'deep-example.nl MX', 'default._bimi.deep-example.nl TXT']));
    expect(rounds[2]).toEqual(expect.arrayContaining(['_netblocks.google.com TXT', 'spfd.protection.outlook.com TXT']));
  });
});
