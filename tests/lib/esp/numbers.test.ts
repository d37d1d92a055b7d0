import { describe, expect, it } from 'vitest';
import { isFigureText, leadingCount, parseCount, parseRate, readCount, rateDecimals } from '../../../lib/esp/numbers';

describe('counts, parsed strictly (issue 17 §2)', () => {
  it.each([
    ['2,000', 2000],
    ['2.000', 2000],
    ['2 000', 2000],
    ['2\u202f000', 2000],
    ['392', 392],
    ['0', 0],
  ])('%j → %d', (text, n) => expect(parseCount(text)).toBe(n));

  it.each(['-12', '+12', '\u221212', '1e309', '1E3', '1.2K', '1,234.5', '12,34', '9007199254740993'])(
    '%j is refused, not read as a smaller number',
    (text) => {
      expect(readCount(text)).toEqual({ refused: text });
      expect(parseCount(text)).toBeUndefined();
    },
  );

  it('reads the count a text starts with, sign and exponent included', () => {
    expect(leadingCount('392 bounced')).toEqual({ value: 392 });
    expect(leadingCount('-12 bounced')).toEqual({ refused: '-12' });
    expect(leadingCount('1e309 bounced')).toEqual({ refused: '1e309' });
    expect(leadingCount('bounced 12')).toBeUndefined();
  });
});

describe('rates', () => {
  it.each([
    ['19.6%', 0.196],
    ['19,6 %', 0.196],
    ['0%', 0],
    ['100%', 1],
  ])('%j → %d', (text, r) => expect(parseRate(text)).toBe(r));
  it.each(['120%', '-4%', '4', 'abc%'])('%j is no rate', (text) => expect(parseRate(text)).toBeUndefined());
  it('knows how many decimals a rate was shown with', () => {
    expect(rateDecimals('19.6%')).toBe(1);
    expect(rateDecimals('0,08 %')).toBe(2);
    expect(rateDecimals('4%')).toBe(0);
  });
  it('tells a figure from prose', () => {
    expect(isFigureText('296 (24,6%)')).toBe(true);
    expect(isFigureText('-12')).toBe(true); // a figure, refused later with its sign kept
    expect(isFigureText('1,000 sends a day is a sensible start')).toBe(false);
  });
});
