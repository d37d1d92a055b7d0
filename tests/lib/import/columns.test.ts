import { describe, expect, it } from 'vitest';
import { findColumn, guessColumns, isYes } from '../../../lib/import/columns';
import { parseDateCell } from '../../../lib/import/dates';

describe('column recognition in English, Dutch and French', () => {
  it.each([
    [
      ['Email Address', 'First Name', 'Last Name', 'MEMBER_RATING', 'OPTIN_TIME', 'LAST_CHANGED'],
      { email: 0, firstName: 1, lastName: 2, created: 4 },
    ],
    [
      ['Voornaam', 'Familienaam', 'E-mailadres', 'Laatst actief', 'Aanmaakdatum', 'Laatste bestelling', 'Is klant'],
      { firstName: 0, lastName: 1, email: 2, lastActivity: 3, created: 4, lastOrder: 5, customer: 6 },
    ],
    [
      ['Prénom', 'Nom', 'Adresse e-mail', 'Dernière activité', "Date d'inscription", 'Dernière commande', 'Client'],
      { firstName: 0, lastName: 1, email: 2, lastActivity: 3, created: 4, lastOrder: 5, customer: 6 },
    ],
    [['Contact', 'E-mail (werk)', 'Datum laatste bestelling'], { email: 1, lastOrder: 2 }],
    [['Telefoon', 'Gemeente'], {}],
  ])('%j', (headers, guess) => expect(guessColumns(headers)).toEqual(guess));

  it('finds a --column by name, normalised name or number', () => {
    const h = ['Naam', 'E-mailadres', 'Klant'];
    expect([
      findColumn(h, 'E-mailadres'),
      findColumn(h, 'e-mailadres'),
      findColumn(h, 'emailadres'),
      findColumn(h, '3'),
      findColumn(h, 'Mail'),
      findColumn(h, '9'),
    ]).toEqual([1, 1, 1, 2, undefined, undefined]);
  });

  it.each([
    ['Ja', true],
    ['oui', true],
    ['TRUE', true],
    ['x', true],
    ['1', true],
    ['Nee', false],
    ['non', false],
    ['', false],
    ['prospect', false],
  ])('customer %j → %s', (cell, yes) => expect(isYes(cell)).toBe(yes));
});

describe('dates as CRM exports write them', () => {
  const d = (iso: string) => Date.parse(`${iso}Z`);
  it.each([
    ['2026-11-02', d('2026-11-02T00:00:00')],
    ['2024-06-13 10:00', d('2024-06-13T10:00:00')],
    ['2024-06-13T10:00:59', d('2024-06-13T10:00:59')],
    ['14/05/2026', d('2026-05-14T00:00:00')],
    ['3/11/2026', d('2026-11-03T00:00:00')], // day first (BE, NL, FR)
    ['12/31/2025', d('2025-12-31T00:00:00')], // month first only where the day cannot come first
    ['31-12-25', d('2025-12-31T00:00:00')],
    ['31.12.2025 17:45', d('2025-12-31T17:45:00')],
    ['45992', d('2025-12-01T00:00:00')], // Excel serial day
    ['1764547200', d('2025-12-01T00:00:00')], // Unix seconds
    ['31/02/2026', undefined],
    ['gisteren', undefined],
    ['', undefined],
  ])('%j', (cell, t) => expect(parseDateCell(cell)).toBe(t));
});
