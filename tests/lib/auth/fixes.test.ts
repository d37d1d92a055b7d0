import { describe, expect, it } from 'vitest';
import { suggestFixes } from '../../../lib/auth/fixes';
import { checkDomain } from '../../../lib/auth/domain';
import { parseDmarc } from '../../../lib/auth/dmarc';
import { parseSpf } from '../../../lib/auth/spf';
import { createZoneResolver } from '../../../lib/dns/zone';
import { articleZone } from '../../fixtures/zones/article';

const zone = createZoneResolver({
  nodes: {
    ...articleZone.nodes,
    'open-example.be': { TXT: ['v=spf1 include:spf.protection.outlook.com +all'] },
    '_dmarc.open-example.be': { TXT: ['v=DMARC1; p=reject; rua=mailto:d@open-example.be'] },
    'k2._domainkey.open-example.be': { CNAME: 'dkim2.mcsv.net' },
  },
});

describe('suggestFixes', () => {
  it('writes the DMARC record, the Mailchimp CNAMEs and one merged SPF record for the broken domain', async () => {
    const fixes = suggestFixes(await checkDomain('broken-example.be', zone, { esp: 'mailchimp' }));
    expect(fixes.map(({ note: _n, ...f }) => f)).toEqual([
      { area: 'dmarc', name: '_dmarc.broken-example.be', type: 'TXT', value: 'v=DMARC1; p=none; rua=mailto:dmarc-reports@broken-example.be' },
      { area: 'dkim', name: 'k2._domainkey.broken-example.be', type: 'CNAME', value: 'dkim2.mcsv.net' },
      { area: 'dkim', name: 'k3._domainkey.broken-example.be', type: 'CNAME', value: 'dkim3.mcsv.net' },
      { area: 'spf', name: 'broken-example.be', type: 'TXT', value: 'v=spf1 include:servers.mcsv.net include:spf.protection.outlook.com ~all' },
    ]);
    for (const f of fixes.filter((x) => x.type === 'TXT')) {
      if (f.area === 'spf') expect(parseSpf(f.value).error).toBeUndefined();
      if (f.area === 'dmarc') expect(parseDmarc(f.value).errors).toEqual([]);
    }
  });

  it('replaces +all', async () => {
    const fixes = suggestFixes(await checkDomain('open-example.be', zone, { esp: 'mailchimp' }));
    expect(fixes).toEqual([{ area: 'spf', name: 'open-example.be', type: 'TXT', value: 'v=spf1 include:spf.protection.outlook.com ~all', note: 'One record with every sender, ending in ~all.' }]);
  });

  it('suggests nothing for a domain in order', async () => {
    expect(suggestFixes(await checkDomain('atelier-example.be', zone, { esp: 'mailchimp' }))).toEqual([]);
  });
});
