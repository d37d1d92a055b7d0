// checkDomain on the fixture zones: the article's domain in order, a broken one, one that times out.
import { describe, expect, it } from 'vitest';
import { checkDomain } from '../../../lib/auth/domain';
import { createZoneResolver } from '../../../lib/dns/zone';
import { ARTICLE_DOMAIN, articleZone } from '../../fixtures/zones/article';

describe('checkDomain (first checks)', () => {
  it("finds the article's DNS in order for Mailchimp", async () => {
    const c = await checkDomain(ARTICLE_DOMAIN, createZoneResolver(articleZone), { esp: 'mailchimp' });
    expect(c.spf).toMatchObject({ status: 'pass', record: 'v=spf1 include:spf.protection.outlook.com -all' });
    expect(c.dmarc).toMatchObject({
      status: 'pass',
      policy: 'quarantine',
      summary: { id: 'dmarc-policy', params: { policy: 'quarantine' } },
    });
    expect(c.dkim.status).toBe('pass');
    expect(c.dkim.keys).toEqual([
      { selector: 'k2', via: ['dkim2.mcsv.net'], status: 'valid', keyType: 'rsa', keyBits: 2048 },
      { selector: 'k3', via: ['dkim3.mcsv.net'], status: 'valid', keyType: 'rsa', keyBits: 2048 },
    ]);
    expect(c.dkim.probed).toEqual(['k2', 'k3', 'k1']);
  });

  it('fails a domain with two SPF records, no DMARC and no Mailchimp DKIM', async () => {
    const c = await checkDomain('broken-example.be', createZoneResolver(articleZone), { esp: 'mailchimp' });
    expect(c.spf.status).toBe('fail');
    expect(c.spf.findings.map((f) => f.id)).toEqual(['spf-multiple']);
    expect(c.dmarc.status).toBe('fail');
    expect(c.dmarc.findings.map((f) => f.id)).toEqual(['dmarc-missing']);
    expect(c.dkim.status).toBe('fail');
  });

  it('says "couldn\'t check" — never missing — when the resolver times out', async () => {
    const c = await checkDomain('timeout-example.be', createZoneResolver(articleZone), { esp: 'mailchimp' });
    for (const area of [c.spf, c.dmarc, c.dkim]) {
      expect(area.status).toBe('unknown');
      expect(area.error).toMatchObject({ kind: 'timeout', endpoint: 'zone' });
      expect(area.findings).toEqual([]);
    }
  });
});
