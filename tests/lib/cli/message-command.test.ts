// runMessageCommand end to end in node: the fixture files, DNS over HTTP from the local RFC 8484
// server (tests/support/doh-server.ts) through createDohResolver, as the command line runs it.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDohResolver } from '../../../lib/dns/doh';
import { runMessageCommand } from '../../../lib/cli/message-command';
import { startDohServer, type DohServer } from '../../support/doh-server';
import { messageZone } from '../../fixtures/messages/zone';

const DIR = join(__dirname, '../../fixtures/messages');
let doh: DohServer;
beforeAll(async () => {
  doh = await startDohServer(messageZone);
});
afterAll(() => doh.close());

async function run(file: string, opts: { json?: boolean; lang?: 'en' | 'nl' | 'fr'; url?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const url = opts.url ?? doh.url;
  const code = await runMessageCommand(
    { file, json: opts.json ?? false, lang: opts.lang ?? 'en', resolverUrl: url },
    { stdout: (s) => out.push(s), stderr: (s) => err.push(s) },
    createDohResolver({ endpoints: [url], timeoutMs: 1500 }),
  );
  return { code, out: out.join(''), err: err.join('') };
}

describe('deliverability-lens message', () => {
  it('exits 0 for a copy with nothing wrong, in plain words', async () => {
    const { code, out, err } = await run(join(DIR, 'mailchimp.eml'));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.split('\n').slice(0, 10)).toEqual([
      `Received copy ${join(DIR, 'mailchimp.eml')}`,
      'From: nieuws@bakkerij-demol.be',
      'Subject: Verse croissants en éclairs deze week',
      '',
      'Findings:',
      '  ✓ DKIM is in order: the signature of bakkerij-demol.be (selector k2) verified and matches the From domain.',
      '  ✓ DMARC passes for bakkerij-demol.be through DKIM of bakkerij-demol.be (policy p=quarantine).',
      '  ✓ One-click unsubscribe is in order: an https: link, List-Unsubscribe-Post, both signed.',
      '  i ARC headers from google.com (1 set): they record what each receiver or forwarder saw; listed here, not verified.',
      '',
    ]);
    expect(doh.log.map((q) => q.name)).toEqual(
      expect.arrayContaining(['k2._domainkey.bakkerij-demol.be', 'k3._domainkey.mcsv.net', '_dmarc.bakkerij-demol.be']),
    );
  });

  it('exits 1 when a problem is found, and speaks Dutch', async () => {
    const { code, out } = await run(join(DIR, 'activecampaign.eml'), { lang: 'nl' });
    expect(code).toBe(1);
    expect(out).toContain('  ✗ Gmail toont geen uitschrijfknop: List-Unsubscribe-Post is niet ondertekend\n');
  });

  it('prints the report as JSON with --json', async () => {
    const { code, out } = await run(join(DIR, 'activecampaign.eml'), { json: true });
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.listUnsubscribe).toMatchObject({ present: true, https: true, oneClick: true, signed: false });
    expect(report.dkim[0]).toMatchObject({
      domain: 'fietsen-janssens.be',
      selector: 'acdkim1',
      result: 'pass',
      aligned: true,
    });
  });

  it('exits 2 for a file it cannot read', async () => {
    const { code, out, err } = await run(join(DIR, 'nope.eml'));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`Could not read ${join(DIR, 'nope.eml')}: ENOENT\n`);
  });

  it('exits 2 when the resolver cannot be reached and nothing else is wrong', async () => {
    const { code, out } = await run(join(DIR, 'mailchimp.eml'), { url: 'http://127.0.0.1:9/dns-query' });
    expect(code).toBe(2);
    expect(out).toContain('could not be checked');
  });
});
