// lib/i18n/message.ts: a text for every finding and reason in every language, and Dutch and
// French are translations, not copies of the English.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../lib/i18n';
import { messageTexts } from '../../../lib/i18n/message';
import { MESSAGE_FINDING_IDS } from '../../../lib/message';

const params = {
  domain: 'x.be',
  selector: 's',
  from: 'x.be',
  domains: 'esp.example',
  l: 10,
  bits: 1024,
  count: 2,
  mb: 20,
  limit: 16,
  which: 'post',
  value: 'v',
  authserv: 'mx.google.com',
  theirs: 'pass',
  ours: 'fail',
  policy: 'none',
  via: 'dkim',
  viaDomain: 'x.be',
  sealers: 'google.com',
  detail: 'TypeError',
  tags: 'bh',
  version: '2',
  algorithm: 'rsa-sha512',
  c: 'x',
  q: 'x',
  tag: 'l',
  date: '2026-01-01T00:00:00Z',
  name: 's._domainkey.x.be',
  k: 'rsa',
  a: 'ed25519-sha256',
  error: 'time-out',
  bytes: 20971520,
  max: 10,
};

describe('message catalogue', () => {
  it.each(LANGS)('%s has a text for every finding id', (lang) => {
    for (const id of MESSAGE_FINDING_IDS)
      expect(messageTexts[lang].finding[id](params, lang).length, id).toBeGreaterThan(10);
  });

  it.each(['nl', 'fr'] as const)('%s differs from English for every finding and reason', (lang) => {
    for (const id of MESSAGE_FINDING_IDS)
      expect(messageTexts[lang].finding[id](params, lang), id).not.toBe(messageTexts.en.finding[id](params, 'en'));
    for (const id of Object.keys(messageTexts.en.reason) as (keyof typeof messageTexts.en.reason)[])
      expect(messageTexts[lang].reason[id](params, lang), id).not.toBe(messageTexts.en.reason[id](params, 'en'));
  });

  it('formats sizes and counts the language’s way', () => {
    expect(messageTexts.fr.finding['malformed-lines']({ count: 1200 }, 'fr')).toBe(
      '1\u202f200 lignes du bloc d’en-têtes ne sont pas des champs d’en-tête ; elles ont été ignorées.',
    );
    expect(messageTexts.nl.finding['malformed-lines']({ count: 1 }, 'nl')).toBe(
      '1 regel in het headerblok is geen headerveld; die werd overgeslagen.',
    );
  });
});
