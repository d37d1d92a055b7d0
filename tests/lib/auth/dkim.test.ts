import { sayAuth } from '../../../lib/i18n/auth';
import { describe, expect, it } from 'vitest';
import { evaluateDkim, selectorsToProbe } from '../../../lib/auth/dkim';
import { parseDkimKey } from '../../../lib/auth/dkim-key';
import { createZoneResolver } from '../../../lib/dns/zone';
import { ED25519, RSA_1024, RSA_2048, RSA_512 } from '../../fixtures/zones/keys';
import { ESP_INFRA } from '../../fixtures/zones/esp-infra';

describe('parseDkimKey', () => {
  it.each([
    [`v=DKIM1; k=rsa; p=${RSA_2048}`, { keyType: 'rsa', bits: 2048, revoked: false, testing: false, errors: [] }],
    [`v=DKIM1; p=${RSA_1024}`, { keyType: 'rsa', bits: 1024, revoked: false, testing: false, errors: [] }],
    [`k=rsa; t=y; p=${RSA_512}`, { keyType: 'rsa', bits: 512, revoked: false, testing: true, errors: [] }],
    [`v=DKIM1; k=ed25519; p=${ED25519}`, { keyType: 'ed25519', bits: 256, revoked: false, testing: false, errors: [] }],
    ['v=DKIM1; k=rsa; p=', { keyType: 'rsa', revoked: true, testing: false, errors: [] }],
    [
      'v=DKIM1; k=rsa; p=!!notbase64',
      { keyType: 'rsa', revoked: false, testing: false, errors: [{ id: 'dkim-not-base64' }] },
    ],
    [
      'k=rsa; v=DKIM1; p=AAAA',
      {
        keyType: 'rsa',
        revoked: false,
        testing: false,
        bits: undefined,
        errors: [{ id: 'dkim-v-first' }, { id: 'dkim-not-rsa' }],
      },
    ],
  ])('%#', (text, expected) => expect(parseDkimKey(text)).toEqual(expected));
});

const zone = createZoneResolver({
  nodes: {
    ...ESP_INFRA,
    'k2._domainkey.good.example': { CNAME: 'dkim2.mcsv.net' },
    'k3._domainkey.good.example': { CNAME: 'dkim3.mcsv.net' },
    'k1._domainkey.legacy.example': { CNAME: 'dkim.mcsv.net' },
    'selector1._domainkey.office.example': { TXT: [`v=DKIM1; k=rsa; p=${RSA_2048}`] },
    'cm._domainkey.weak.example': { TXT: [`k=rsa; p=${RSA_512}`] },
    '*._domainkey.wild.example': { TXT: ['site-verification=4f2a'] }, // a wildcard that answers every selector
    'plain.example': { A: ['192.0.2.1'] },
  },
});

describe('evaluateDkim', () => {
  it('follows the ESP CNAMEs to the keys', async () => {
    const r = await evaluateDkim('good.example', zone, { esp: 'mailchimp' });
    expect(r.status).toBe('pass');
    expect(r.keys.map((k) => [k.selector, k.via, k.keyBits])).toEqual([
      ['k2', ['dkim2.mcsv.net'], 2048],
      ['k3', ['dkim3.mcsv.net'], 2048],
    ]);
  });

  it('warns on a legacy 1024-bit key', async () => {
    const r = await evaluateDkim('legacy.example', zone, { esp: 'mailchimp' });
    expect(r.status).toBe('warn');
    // Only the legacy k1: Mailchimp needs k2 and k3 (knowledge.md §4), so this is incomplete.
    expect(r.findings.map((f) => f.id)).toEqual(['dkim-weak', 'dkim-esp-incomplete']);
  });

  it('fails a key under 1024 bits', async () => {
    const r = await evaluateDkim('weak.example', zone, { esp: 'campaign-monitor' });
    expect(r).toMatchObject({ status: 'fail', summary: { id: 'dkim-keys-unusable' } });
    expect(sayAuth('en', r.findings[0]!)).toBe(
      'The key at selector cm is unusable: 512-bit RSA is below the 1024-bit minimum.',
    );
  });

  it('says which ESP key is missing and what the existence test found', async () => {
    const r = await evaluateDkim('office.example', zone, { esp: 'mailchimp' });
    expect(r).toMatchObject({ status: 'fail', tree: 'keys-elsewhere' });
    expect(r.summary).toEqual({
      id: 'dkim-esp-none',
      params: { esp: 'Mailchimp', selectors: ['k2', 'k3', 'k1'], tree: 'keys-elsewhere' },
    });
    expect(sayAuth('en', r.summary)).toBe('No Mailchimp DKIM key found (selectors k2, k3 and k1).');
    expect(sayAuth('fr', r.summary)).toBe('Aucune clé DKIM de Mailchimp trouvée (sélecteurs k2, k3 et k1).');
  });

  it('reports "not found" as unknown, never missing, when the ESP is not known', async () => {
    const r = await evaluateDkim('plain.example', zone);
    expect(r).toMatchObject({ status: 'unknown', tree: 'none' });
    const w = await evaluateDkim('wild.example', zone, { selectors: ['nope'] });
    expect(w).toMatchObject({ status: 'unknown', tree: 'wildcard' });
    expect(w.summary).toEqual({ id: 'dkim-common-none', params: { tree: 'wildcard' } });
  });

  it('finds a key at a common selector', async () => {
    const r = await evaluateDkim('office.example', zone);
    expect(r.keys.map((k) => k.selector)).toEqual(['selector1']);
    expect(r.status).toBe('pass');
  });

  it("puts the ESP selectors first, then the user's", () => {
    expect(selectorsToProbe('activecampaign', [' MySel ', 'acdkim1'])).toEqual(['acdkim1', 'acdkim2', 'dk', 'mysel']);
  });
});
