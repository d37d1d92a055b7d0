// The lists catalogue (lib/i18n/lists.ts): every CSV header distinct within a language (a file
// with two equal headers does not import), Dutch and French really translated, and the
// coverage line in each language's own number format.
import { describe, expect, it } from 'vitest';
import { LIST_TEXTS } from '../../../lib/i18n/lists';
import { LANGS } from '../../../lib/i18n';

describe('lists catalogue', () => {
  it.each(LANGS)('%s: CSV headers are distinct and non-empty', (lang) => {
    const headers = Object.values(LIST_TEXTS[lang].csv.headers);
    expect(new Set(headers).size).toBe(headers.length);
    expect(headers.every((h) => h.trim().length > 0)).toBe(true);
  });

  it.each(['nl', 'fr'] as const)('%s: actions, categories and panel sentences are translated', (lang) => {
    const t = LIST_TEXTS[lang];
    const en = LIST_TEXTS.en;
    for (const k of Object.keys(en.csv.action) as (keyof typeof en.csv.action)[])
      expect(t.csv.action[k]).not.toBe(en.csv.action[k]);
    expect(t.csv.category['not-read']).not.toBe(en.csv.category['not-read']);
    for (const k of ['waysToRest', 'drop', 'choose', 'forget', 'limits'] as const)
      expect(t.panel[k]).not.toBe(en.panel[k]);
    expect(t.providers.audienceUnknown).not.toBe(en.providers.audienceUnknown);
  });

  it('writes the coverage with each language’s grouping', () => {
    expect(LIST_TEXTS.en.panel.coverage(10, 1392, 'en')).toBe('10 of 1,392 read');
    expect(LIST_TEXTS.nl.panel.coverage(10, 1392, 'nl')).toBe('10 van 1.392 gelezen');
    expect(LIST_TEXTS.fr.panel.coverage(10, 1392, 'fr')).toBe('10 sur 1\u202f392 lus');
    expect(LIST_TEXTS.fr.providers.refused('Microsoft', 38, 41, 'fr')).toBe(
      'Microsoft a refusé 38 de vos 41 e-mails bloqués.',
    );
    expect(LIST_TEXTS.nl.providers.refused('Microsoft', 38, 41, 'nl')).toBe(
      'Microsoft weigerde 38 van uw 41 geblokkeerde mails.',
    );
    expect(LIST_TEXTS.en.providers.refused('Microsoft', 38, 41, 'en')).toBe(
      'Microsoft refused 38 of your 41 blocked mails.',
    );
  });
});
