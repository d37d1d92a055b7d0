// The export's background message (issue 14, issue 15 §8): the background answers which recipient
// domains a disposable list carries — always, so the panel never bundles the 150 KB list — and
// their DNS facts only when the user left the domain check on.
import { describe, expect, it, vi } from 'vitest';

const fakeBrowser = await vi.hoisted(async () => (await import('../../support/fake-browser')).installFakeBrowser());
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

import { createZoneResolver } from '../../../lib/dns/zone';
import { buildLocalExport } from '../../../lib/export/local-export';
import { disposableEmailBlocklistSet } from 'disposable-email-domains-js';
import { knownProviderOfDomain } from '../../../lib/hygiene/mailbox-provider';
import { isDisposableDomain } from '../../../lib/hygiene/disposable';
import { DomainsUnanswered, handleDomainFacts } from '../../../lib/platform/export-messages';
import { messenger } from '../../../lib/platform/messages';
import { failureText } from '../../../lib/platform/bounce-export-actions';

const zone = {
  nodes: { 'drukkerij-lambrecht.be': { MX: [{ preference: 10, exchange: 'mx.drukkerij-lambrecht.be' }] } },
};

describe('export-domain-facts in the background', () => {
  it('names the disposable domains and asks no DNS when the check is off', async () => {
    const resolver = createZoneResolver(zone);
    const r = await handleDomainFacts(
      { domains: ['yopmail.com', 'drukkerij-lambrecht.be', 'mailinator.com'], dns: false },
      async () => resolver,
      async () => isDisposableDomain,
    );
    expect(r).toEqual({ ok: true, disposable: ['yopmail.com', 'mailinator.com'] });
    expect(resolver.queries).toHaveLength(0);
  });

  it('adds the DNS facts when the check is on', async () => {
    const resolver = createZoneResolver(zone);
    const r = await handleDomainFacts(
      { domains: ['yopmail.com', 'drukkerij-lambrecht.be'], dns: true },
      async () => resolver,
      async () => isDisposableDomain,
    );
    expect(r).toEqual({
      ok: true,
      disposable: ['yopmail.com'],
      facts: {
        'yopmail.com': { liveness: { state: 'dead', why: 'nxdomain' } },
        'drukkerij-lambrecht.be': { liveness: { state: 'alive' }, exchanges: ['mx.drukkerij-lambrecht.be'] },
      },
    });
  });
});

describe('the panel side of the answers', () => {
  it('flags a disposable address from the answers alone, and a typo-squat as a typo', async () => {
    const out = await buildLocalExport(
      [
        { email: 'jan@yopmail.com', espType: 'hard', reason: '550 5.1.1 user unknown' },
        { email: 'an@gmial.com', espType: 'hard', reason: '550 5.1.1 user unknown' },
      ],
      { lookup: async (domains) => ({ disposable: domains.filter(isDisposableDomain) }) },
    );
    const lines = out.csv.trim().split('\r\n').slice(1);
    expect(lines.map((l) => l.split(',').slice(0, 2))).toEqual([
      ['jan@yopmail.com', 'disposable'],
      ['an@gmial.com', 'typo'],
    ]);
    expect(out.domainsUnchecked).toBe(0);
  });

  it('writes no file when the background does not answer', async () => {
    await expect(
      buildLocalExport([{ email: 'jan@yopmail.com', espType: 'hard' }], {
        lookup: async () => {
          throw new DomainsUnanswered('no-answer');
        },
      }),
    ).rejects.toBeInstanceOf(DomainsUnanswered);
  });

  it('never needs to ask about a domain known by name: none is on the disposable list', () => {
    // The panel asks only about names knownProviderOfDomain does not know (local-export.ts).
    expect([...disposableEmailBlocklistSet()].filter((d) => knownProviderOfDomain(d))).toEqual([]);
  });
});

describe('what the user is told when an export stops', () => {
  it('an unforeseen failure: in their language, its technical detail kept', () => {
    expect(failureText(new Error('QuotaExceededError'), 'nl')).toBe(
      'De export stopte door een onverwachte fout, dus er is geen bestand gemaakt (QuotaExceededError).',
    );
    expect(failureText('x'.repeat(500), 'en')).toBe(
      `The export stopped on an unexpected error, so no file was written (${'x'.repeat(200)}).`,
    );
  });

  it('a background that does not answer: the catalogue says so', () => {
    expect(failureText(new DomainsUnanswered('no-answer'), 'fr')).toBe(
      'L’extension n’a pas répondu pendant la vérification des domaines des destinataires : aucun fichier n’a été créé. Réessayez ; si l’échec persiste, rechargez la page.',
    );
  });
});
