import { describe, expect, it } from 'vitest';
import { createSeenSet } from '../../../lib/hygiene/seen-set';

describe('seen set (64-bit fingerprints)', () => {
  it('tells a repeat from a first sighting through many resizes, with no false repeat in 300,000 keys', () => {
    const s = createSeenSet(16);
    let falseRepeats = 0;
    for (let i = 0; i < 300_000; i++) if (s.seen(`klant.${i}@bedrijf${i % 5000}.be`)) falseRepeats++;
    expect(falseRepeats).toBe(0);
    expect(s.size).toBe(300_000);
    expect([
      s.seen('klant.0@bedrijf0.be'),
      s.seen('klant.299999@bedrijf4999.be'),
      s.seen('klant.300000@bedrijf0.be'),
    ]).toEqual([true, true, false]);
  });

  it('separates near-identical keys and non-ASCII ones', () => {
    const s = createSeenSet();
    expect(
      ['ab@x.be', 'ba@x.be', 'ab@x.be', 'jürgen@x.de', 'jurgen@x.de', 'jürgen@x.de', ''].map((k) => s.seen(k)),
    ).toEqual([false, false, true, false, false, true, false]);
  });
});
