// Every note the readers produce has words in en, nl and fr (issue 11 §1; tsc checks the keys).
import { describe, expect, it } from 'vitest';
import { espTexts, formatAge, notesText } from '../../../lib/i18n/esp';
import { LANGS } from '../../../lib/i18n';
import type { EspNote } from '../../../lib/esp/types';

const NOTES: EspNote[] = [
  { id: 'missing-figure', params: { figure: 'bounces.total' } },
  { id: 'refused-number', params: { figure: 'bounces.total', text: '-12 bounced' } },
  { id: 'rate-mismatch', params: { figure: 'bounces.rate', shown: 0.004, count: 392, of: 2000 } },
  { id: 'exceeds', params: { figure: 'bounces.total', value: 2400, limit: 'recipients', max: 2000 } },
  { id: 'truncated', params: { field: 'campaignName', length: 612 } },
  { id: 'impossible-value', params: { figure: 'delivered' } },
  { id: 'reader-failed', params: { provider: 'mailchimp' } },
];

describe('ESP texts', () => {
  it("says the issue's sentence about a rate that does not match", () => {
    expect(notesText([NOTES[2]!], 'en')).toEqual([
      'The bounce rate shown, 0.4%, does not match 392 of 2,000: it is left out.',
    ]);
    expect(notesText([NOTES[2]!], 'nl')).toEqual([
      'Het getoonde bouncepercentage, 0,4%, klopt niet met 392 van 2.000 en wordt niet gebruikt.',
    ]);
    expect(notesText([NOTES[2]!], 'fr')).toEqual([
      "Le taux de rebond affiché, 0,4\u00a0%, ne correspond pas à 392 sur 2\u202f000 : il n'est pas utilisé.",
    ]);
  });

  it('has a sentence for every note in every language, with no figure path left raw', () => {
    for (const lang of LANGS)
      for (const text of notesText(NOTES, lang))
        expect(text, `${lang}: ${text}`).not.toMatch(/bounces\.\w|campaignName|undefined/);
  });

  it('says how old a reading is', () => {
    expect(formatAge(10_000, 'en')).toBe('just now');
    expect(formatAge(3 * 60_000, 'en')).toBe('3 minutes ago');
    expect(formatAge(3 * 60_000, 'fr')).toBe('il y a 3 minutes');
    expect(espTexts('nl').tabs.bounces).toBe('Tabblad Bounces');
  });
});
