// Reading a located text as the figure it was taught as, in every number format the adapters
// accept (lib/esp/numbers.ts), and send dates only when their order is certain.
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../../lib/teach/figures';
import { parseShownDate } from '../../../lib/teach/dates';
import { checkRate } from '../../../lib/teach/checks';
import { rateFits } from '../../../lib/esp/validate';

describe('readFigure', () => {
  it.each([
    ['392', { ok: true, count: 392 }],
    ['1,234', { ok: true, count: 1234 }],
    ['1.234', { ok: true, count: 1234 }],
    ['1\u202f234', { ok: true, count: 1234 }],
    ['392 bounced', { ok: true, count: 392 }],
    ['704 (43.78%)', { ok: true, count: 704, rate: 0.4378, rateDecimals: 2 }],
    ['35,2 % · 704', { ok: true, count: 704, rate: 0.352, rateDecimals: 1 }],
    ['19.6%', { ok: false, problem: 'rate-not-count' }],
    ['Bounces 392 19.6%', { ok: true, count: 392, rate: 0.196, rateDecimals: 1 }],
    ['Bounces 19,6 %', { ok: false, problem: 'rate-not-count' }],
    ['—', { ok: false, problem: 'not-a-number' }],
    ['', { ok: false, problem: 'empty' }],
    ['Opens 1,204 · total 2,310', { ok: false, problem: 'several-numbers' }],
    ['Spring newsletter 2025', { ok: false, problem: 'mostly-text' }],
    ['1.2K', { ok: false, problem: 'not-a-number' }],
  ])('%s as a count', (text, expected) => expect(readFigure(text, 'count')).toEqual(expected));

  it('reads the From address out of a name and brackets', () => {
    expect(readFigure('Atelier Example <Nieuws@Atelier-Example.be>', 'email')).toEqual({
      ok: true,
      email: 'nieuws@atelier-example.be',
    });
    expect(readFigure('Atelier Example', 'email')).toEqual({ ok: false, problem: 'not-an-email' });
  });
});

describe('parseShownDate', () => {
  it.each([
    ['25/03/2025 10:00', '2025-03-25T10:00'],
    ['03/25/2025', '2025-03-25'],
    ['03/04/2025', undefined],
    ['04/04/2025', '2025-04-04'],
    ['2025-03-12', '2025-03-12'],
    ['12 maart 2025 om 09:30', '2025-03-12T09:30'],
    ['le 1er mars 2025 à 10h05', '2025-03-01T10:05'],
    ['12 March 2025', '2025-03-12'],
    ['Tue, Dec 10, 2024 9:41 am', '2024-12-10T09:41'],
    ['yesterday', undefined],
  ])('%s', (text, expected) => expect(parseShownDate(text)).toBe(expected));
});

describe('rates against counts', () => {
  it('accepts a rate within the shown rounding, over recipients or deliveries', () => {
    expect(rateFits(0.196, 392, 2000, 1)).toBe(true);
    expect(rateFits(0.197, 392, 2000, 1)).toBe(false);
    const r = { provider: 'taught' as const, recipients: 2000, delivered: 1608, opens: { unique: 704 } };
    expect(checkRate(r, 'opens', 704, 0.4378, 2)).toBe('ok');
    expect(checkRate(r, 'clicks', 96, 0.1364, 2)).toBe('other-base'); // 96 / 704 unique opens
    expect(checkRate(r, 'clicks', 96, 0.25, 0)).toBe('mismatch');
  });
});
