// The ESP-shaped received messages (tests/fixtures/messages/README.md), each line of the report
// in English exactly, and the contract fields for one of them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/message';
import { createZoneResolver } from '../../../lib/dns/zone';
import { findingText, messageTexts } from '../../../lib/i18n/message';
import { messageZone } from '../../fixtures/messages/zone';

const DIR = join(__dirname, '../../fixtures/messages');
const lines = async (file: string) => {
  const r = await analyzeMessage(new Uint8Array(readFileSync(join(DIR, file))), createZoneResolver(messageZone));
  const t = messageTexts.en;
  return {
    r,
    text: [
      ...r.findings.map((f) => findingText(f, 'en')),
      ...r.dkim.map((s) => t.dkimLine(s, 'en')),
      ...r.authenticationResults.map(t.receiverLine),
      ...r.arc.map(t.arcLine),
    ],
  };
};

describe('received copies from the ESPs', () => {
  it('Mailchimp via Gmail: everything in order', async () => {
    const { r, text } = await lines('mailchimp.eml');
    expect(text).toEqual([
      'DKIM is in order: the signature of bakkerij-demol.be (selector k2) verified and matches the From domain.',
      'DMARC passes for bakkerij-demol.be through DKIM of bakkerij-demol.be (policy p=quarantine).',
      'One-click unsubscribe is in order: an https: link, List-Unsubscribe-Post, both signed.',
      'ARC headers from google.com (1 set): they record what each receiver or forwarder saw; listed here, not verified.',
      'DKIM signature of bakkerij-demol.be (selector k2, rsa-sha256): verified',
      'DKIM signature of mcsv.net (selector k3, rsa-sha256): verified',
      'Gmail (mx.google.com): SPF pass (mail45.suw121.mcdlv.net), DKIM pass, DMARC pass',
      'Hop 1: sealed by google.com (chain so far: none), which saw mx.google.com',
    ]);
    expect(r.from).toEqual({ address: 'nieuws@bakkerij-demol.be', domain: 'bakkerij-demol.be' });
    expect(r.subject).toBe('Verse croissants en éclairs deze week');
    expect(
      r.dkim.map(({ domain, selector, algorithm, result, aligned }) => ({
        domain,
        selector,
        algorithm,
        result,
        aligned,
      })),
    ).toEqual([
      { domain: 'bakkerij-demol.be', selector: 'k2', algorithm: 'rsa-sha256', result: 'pass', aligned: true },
      { domain: 'mcsv.net', selector: 'k3', algorithm: 'rsa-sha256', result: 'pass', aligned: false },
    ]);
    expect(r.dkim[0]!.keyVia).toEqual(['dkim2.mcsv.net']);
    expect(r.dmarc).toMatchObject({ result: 'pass', policy: 'quarantine' });
    expect(r.listUnsubscribe).toMatchObject({ present: true, https: true, oneClick: true, signed: true });
    expect(r.authenticationResults.map((a) => [a.authserv, a.spf, a.dkim, a.dmarc])).toEqual([
      ['mx.google.com', 'pass', 'pass', 'pass'],
    ]);
  });

  it('ActiveCampaign via Outlook.com: List-Unsubscribe-Post not signed', async () => {
    const { r, text } = await lines('activecampaign.eml');
    expect(text).toEqual([
      'DKIM is in order: the signature of fietsen-janssens.be (selector acdkim1) verified and matches the From domain.',
      'DMARC passes for fietsen-janssens.be through DKIM of fietsen-janssens.be (policy p=none).',
      'Gmail will not show an unsubscribe button: List-Unsubscribe-Post is not signed',
      'DKIM signature of fietsen-janssens.be (selector acdkim1, rsa-sha256): verified',
      'A receiver without a name (Microsoft writes none): SPF pass (s2.acemsrvc.com), DKIM pass, DMARC pass',
    ]);
    expect(r.listUnsubscribe).toMatchObject({ present: true, https: true, oneClick: true, signed: false });
  });

  it('Campaign Monitor via Gmail: 8-bit Latin-1 body verified, 1024-bit key', async () => {
    const { r, text } = await lines('campaign-monitor.eml');
    expect(text).toEqual([
      'DKIM is in order: the signature of atelier-lumiere.be (selector cm) verified and matches the From domain.',
      'The key of atelier-lumiere.be (selector cm) is 1024-bit RSA: still accepted, but 2048 is the norm.',
      'DMARC passes for atelier-lumiere.be through DKIM of atelier-lumiere.be (policy p=none).',
      'One-click unsubscribe is in order: an https: link, List-Unsubscribe-Post, both signed.',
      'DKIM signature of atelier-lumiere.be (selector cm, rsa-sha256): verified',
      'Gmail (mx.google.com): SPF pass (cmail20.com), DKIM pass, DMARC pass',
    ]);
    expect(r.subject).toBe("Nouvelle collection à l'atelier");
    expect(r.from?.address).toBe('hello@atelier-lumiere.be');
  });

  it("skips Gmail's summary table when the whole 'Show original' page was copied", async () => {
    const preface = [
      'Original Message',
      'Message ID\t<20261201151500.17.4242.fietsenjanssens@s2.acemsrvc.com>',
      'Created at:\tTue, Dec 1, 2026 at 4:15 PM (Delivered after 4 seconds)',
      'From:\t"Fietsen Janssens" <info@fietsen-janssens.be>',
      'To:\tklant@example.net',
      'Subject:\tWinteronderhoud: 20% op een grote beurt',
      'SPF:\tPASS with IP 192.92.97.205 Learn more',
      "DKIM:\t'PASS' with domain fietsen-janssens.be Learn more",
      "DMARC:\t'PASS' Learn more",
      '',
      'Download original\tCopy to clipboard\t',
      '',
    ].join('\n');
    const source = readFileSync(join(DIR, 'activecampaign.eml'), 'utf8').replace(/\r\n/g, '\n');
    const r = await analyzeMessage(`${preface}\n${source}`, createZoneResolver(messageZone));
    expect(r.findings[0]).toEqual({ id: 'preface-skipped', severity: 'info', params: {} });
    expect(r.dkim.map((s) => s.result)).toEqual(['pass']);
    expect(r.findings.map((f) => f.id)).toContain('unsubscribe-not-signed');
  });

  it('reads the same in Dutch and French without a word of English', async () => {
    const { r } = await lines('activecampaign.eml');
    expect(findingText(r.findings[2]!, 'nl')).toBe(
      'Gmail toont geen uitschrijfknop: List-Unsubscribe-Post is niet ondertekend',
    );
    expect(findingText(r.findings[2]!, 'fr')).toBe(
      'Gmail n’affichera pas de bouton de désabonnement : List-Unsubscribe-Post n’est pas signé',
    );
  });
});
