import { describe, expect, it } from 'vitest';
import { countBefore, parseCount, parseRate } from '../../../lib/esp/numbers';

describe('parseCount', () => {
  it.each([
    ['2,000', 2000],
    ['2.000', 2000],
    ['2 000', 2000],
    ['2\u00a0000', 2000],
    ['2\u202f000', 2000],
    ['1,234,567', 1234567],
    ['0', 0],
    ['392', 392],
    [' 1.608 ', 1608],
  ])('%j → %d', (text, n) => expect(parseCount(text)).toBe(n));

  it.each(['1.2K', '1,5', '1,234.567', '-3', '', 'n/a', '12,34', '1,2345'])('refuses %j', (text) => expect(parseCount(text)).toBeUndefined());
});

describe('parseRate', () => {
  it.each([
    ['19.6%', 0.196],
    ['19,6 %', 0.196],
    ['19,6\u00a0%', 0.196],
    ['0%', 0],
    ['100%', 1],
    ['9.8%', 0.098],
    ['0.07%', 0.0007],
  ])('%j → %d', (text, n) => expect(parseRate(text)).toBe(n));

  it.each(['19.6', '%', 'abc%', '-2%'])('refuses %j', (text) => expect(parseRate(text)).toBeUndefined());
});

describe('countBefore', () => {
  it('reads the count in a link text', () => {
    expect(countBefore('392 bounced', 'bounced')).toBe(392);
    expect(countBefore('1,608 opened', 'opened')).toBe(1608);
    expect(countBefore('opened', 'opened')).toBeUndefined();
  });
});
