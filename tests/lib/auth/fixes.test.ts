// Fixes that pass their own audit (issue 12 §10): every suggested record is applied to its
// fixture zone and the domain re-audited — no error, ≤ 10 lookups or the includes to consolidate
// named — and nothing is suggested for what the user cannot publish.
import { describe, expect, it } from 'vitest';
import { suggestFixes, type RecordFix } from '../../../lib/auth/fixes';
import { checkDomain } from '../../../lib/auth/domain';
import { parseDmarc } from '../../../lib/auth/dmarc';
import { parseSpf } from '../../../lib/auth/spf';
import { createZoneResolver, type Zone, type ZoneNode } from '../../../lib/dns/zone';
import { articleZone } from '../../fixtures/zones/article';
import { spfTreeZone } from '../../fixtures/zones/spf-trees';
import type { EspId } from '../../../lib/auth/types';

const base: Zone = {
  nodes: {
    ...spfTreeZone.nodes,
    ...articleZone.nodes,
    'open-example.be': { TXT: ['v=spf1 include:spf.protection.outlook.com +all'] },
    '_dmarc.open-example.be': { TXT: ['v=DMARC1; p=reject; rua=mailto:d@open-example.be'] },
    'k2._domainkey.open-example.be': { CNAME: 'dkim2.mcsv.net' },
    'half-example.be': { TXT: ['v=spf1 -all'], MX: [{ preference: 10, exchange: 'mx.broken-example.be' }] },
    '_dmarc.half-example.be': { TXT: ['v=DMARC1; p=reject; rua=mailto:d@half-example.be'] },
    'k2._domainkey.half-example.be': { CNAME: 'dkim2.mcsv.net' },
    'gmail.com': {
      TXT: ['v=spf1 redirect=_spf.google.com'],
      MX: [{ preference: 5, exchange: 'gmail-smtp-in.l.google.com' }],
    },
  },
};

/** The zone with the fixes published: SPF replaces every v=spf1 record at its name. */
function applied(zone: Zone, fixes: RecordFix[]): Zone {
  const nodes: Record<string, ZoneNode> = { ...zone.nodes };
  for (const f of fixes) {
    const node = { ...(nodes[f.name] ?? {}) };
    if (f.type === 'CNAME') node.CNAME = f.value;
    else if (f.area === 'spf')
      node.TXT = [...(node.TXT ?? []).filter((t) => !/^v=spf1\b/i.test([t].flat().join(''))), f.value];
    else node.TXT = [...(node.TXT ?? []).filter((t) => !/^v=DMARC1/i.test([t].flat().join(''))), f.value];
    nodes[f.name] = node;
  }
  return { ...zone, nodes };
}

const CASES: [string, EspId | undefined][] = [
  ['broken-example.be', 'mailchimp'],
  ['open-example.be', 'mailchimp'],
  ['half-example.be', 'mailchimp'],
  ['messy-example.nl', undefined],
  ['over-example.nl', undefined],
  ['shop-example.nl', 'mailchimp'],
];

describe('suggestFixes', () => {
  it.each(CASES)('%s: every fix, applied to the zone, passes the audit', async (domain, esp) => {
    const before = await checkDomain(domain, createZoneResolver(base), { esp });
    const fixes = suggestFixes(before);
    expect(fixes.length).toBeGreaterThan(0);
    const after = await checkDomain(domain, createZoneResolver(applied(base, fixes)), { esp });
    for (const f of fixes) {
      if (f.area === 'spf') {
        expect(parseSpf(f.value).error).toBeUndefined();
        expect(after.spf.findings.filter((x) => x.severity === 'error').map((x) => x.id)).toEqual(
          f.note.id === 'spf-consolidate' ? ['spf-too-many-lookups'] : [],
        );
        if (f.lookups !== undefined) expect(after.spf.totalLookups).toBe(f.lookups);
        if (f.note.id !== 'spf-consolidate') expect(after.spf.totalLookups).toBeLessThanOrEqual(10);
        expect(f.value).not.toMatch(/\bptr\b|\+all/);
        if (esp === 'mailchimp') expect(f.value).not.toContain('servers.mcsv.net');
      }
      if (f.area === 'dmarc') {
        expect(parseDmarc(f.value).errors).toEqual([]);
        expect(after.dmarc.status).not.toBe('fail');
      }
      if (f.area === 'dkim') expect(after.dkim.status).toBe('pass');
    }
  });

  it('writes the DMARC record, the Mailchimp CNAMEs and one merged SPF record without the include Mailchimp does not need', async () => {
    const fixes = suggestFixes(await checkDomain('broken-example.be', createZoneResolver(base), { esp: 'mailchimp' }));
    expect(fixes.map(({ name, type, value }) => [name, type, value])).toEqual([
      ['_dmarc.broken-example.be', 'TXT', 'v=DMARC1; p=none; rua=mailto:dmarc-reports@broken-example.be'],
      ['k2._domainkey.broken-example.be', 'CNAME', 'dkim2.mcsv.net'],
      ['k3._domainkey.broken-example.be', 'CNAME', 'dkim3.mcsv.net'],
      ['broken-example.be', 'TXT', 'v=spf1 include:spf.protection.outlook.com ~all'],
    ]);
  });

  it('adds only the missing k3 for a Mailchimp domain with k2 alone (incomplete)', async () => {
    const check = await checkDomain('half-example.be', createZoneResolver(base), { esp: 'mailchimp' });
    expect(check.dkim.status).toBe('warn');
    expect(suggestFixes(check).map((f) => f.name)).toEqual(['k3._domainkey.half-example.be']);
  });

  it('leaves out ptr, the include without SPF, the dead a: and the glued term of the messy record', async () => {
    const fix = suggestFixes(await checkDomain('messy-example.nl', createZoneResolver(base))).find(
      (f) => f.area === 'spf',
    );
    expect(fix!.value).toBe('v=spf1 ~all');
    expect(fix!.note).toEqual({
      id: 'spf-rebuilt',
      params: {
        dropped: ['ptr', 'include:spf.nowhere-example.net', 'a:old-server.messy-example.nlinclude:_spf.google.com'],
      },
    });
  });

  it('over 10 lookups: names the includes to consolidate', async () => {
    const fix = suggestFixes(await checkDomain('over-example.nl', createZoneResolver(base))).find(
      (f) => f.area === 'spf',
    );
    expect(fix!.note.id).toBe('spf-consolidate');
    expect((fix!.note.params!.includes as string[]).length).toBeGreaterThan(0);
  });

  it('suggests nothing for a free-mail domain, nor for a domain in order, nor when DNS failed', async () => {
    expect(suggestFixes(await checkDomain('gmail.com', createZoneResolver(base), { esp: 'mailchimp' }))).toEqual([]);
    expect(
      suggestFixes(await checkDomain('atelier-example.be', createZoneResolver(base), { esp: 'mailchimp' })),
    ).toEqual([]);
    expect(
      suggestFixes(await checkDomain('timeout-example.be', createZoneResolver(base), { esp: 'mailchimp' })),
    ).toEqual([]);
  });
});
