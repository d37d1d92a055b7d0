import { describe, expect, it } from 'vitest';
import { knownProviderOfDomain, providerOfMx, type MailboxProvider } from '../../../lib/hygiene/mailbox-provider';

describe('knownProviderOfDomain (knowledge.md §7)', () => {
  const table: [string, MailboxProvider | undefined][] = [
    ['gmail.com', 'gmail'],
    ['GoogleMail.com', 'gmail'],
    ['outlook.com', 'outlook-com'],
    ['hotmail.com', 'outlook-com'],
    ['hotmail.be', 'outlook-com'],
    ['hotmail.co.uk', 'outlook-com'],
    ['live.nl', 'outlook-com'],
    ['outlook.be', 'outlook-com'],
    ['msn.com', 'outlook-com'],
    ['yahoo.com', 'yahoo'],
    ['yahoo.fr', 'yahoo'],
    ['aol.com', 'yahoo'],
    ['ymail.com', 'yahoo'],
    ['icloud.com', 'apple'],
    ['me.com', 'apple'],
    ['mac.com', 'apple'],
    ['telenet.be', 'telenet'],
    ['skynet.be', 'proximus'],
    ['proximus.be', 'proximus'],
    ['kpnmail.nl', 'kpn'],
    ['planet.nl', 'kpn'],
    ['home.nl', 'kpn'],
    ['ziggo.nl', 'ziggo'],
    ['upcmail.nl', 'ziggo'],
    ['bakkerij-peeters.be', undefined],
    ['hotmailer.com', undefined],
    ['live.example.com', undefined],
    ['gmail.com.evil.be', undefined],
  ];
  it.each(table)('%s → %s', (domain, provider) => {
    expect(knownProviderOfDomain(domain)).toBe(provider);
  });
});

describe('providerOfMx', () => {
  const table: [string[], string, MailboxProvider][] = [
    [['bakkerij-peeters-be.mail.protection.outlook.com.'], 'bakkerij-peeters.be', 'microsoft-365'],
    [['ASPMX.L.GOOGLE.COM', 'alt1.aspmx.l.google.com'], 'drukkerij.nl', 'google-workspace'],
    [['smtp.google.com'], 'atelier.be', 'google-workspace'],
    [['aspmx2.googlemail.com'], 'oud.be', 'google-workspace'],
    [['mta5.am0.yahoodns.net'], 'firma.nl', 'yahoo'],
    [['mx01.mail.icloud.com'], 'familie.be', 'apple'],
    [['mx.telenet-ops.be'], 'winkel.be', 'telenet'],
    [['mx.skynet.be'], 'garage.be', 'proximus'],
    [['mx1.kpnmail.nl'], 'kapper.nl', 'kpn'],
    [['mx.ziggo.nl'], 'bv.nl', 'ziggo'],
    [['mail.bakkerij.be'], 'bakkerij.be', 'other'],
    [[], 'leeg.be', 'other'],
    // The consumer domain is known by name even though its MX looks like Microsoft 365's.
    [['hotmail-com.olc.protection.outlook.com'], 'hotmail.com', 'outlook-com'],
    [['gmail-smtp-in.l.google.com'], 'gmail.com', 'gmail'],
    // Look-alike hosts are not the provider.
    [['mail.protection.outlook.com.evil.be'], 'x.be', 'other'],
  ];
  it.each(table)('%j for %s → %s', (mx, domain, provider) => {
    expect(providerOfMx(mx, domain)).toBe(provider);
  });
});
