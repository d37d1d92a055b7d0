// Issue 11 §1, §8: every text exists in every language, and no Dutch or French text is an English
// sentence left behind. Walks every catalogue of the three language packs (lib/i18n/packs/*.ts:
// the core one and each area's) and each area's `Record<Lang, Texts>` export in lib/i18n, calling
// every text function with sample values.
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../../lib/i18n/langs';
import type { LanguagePack } from '../../../lib/i18n/pack';
import { PACKS } from '../../../lib/i18n/packs/all';

type Catalogue = Record<Lang, unknown>;

const modules = import.meta.glob('../../../lib/i18n/*.ts', { eager: true }) as Record<string, Record<string, unknown>>;

/** Every catalogue in lib/i18n, by name. */
function catalogues(): Record<string, Catalogue> {
  const out: Record<string, Catalogue> = {};
  // The "why?" entries' ids are data, not text (tests/lib/i18n/why.test.ts checks those texts).
  const { en, nl, fr } = PACKS;
  for (const area of Object.keys(en) as (keyof LanguagePack)[])
    if (area !== 'why') out[area] = { en: en[area], nl: nl[area], fr: fr[area] };
  for (const [path, mod] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(mod)) {
      if (value && typeof value === 'object' && LANGS.every((l) => l in (value as object))) {
        out[`${path.split('/').pop()}:${name}`] = value as Catalogue;
      }
    }
  }
  return out;
}

const SAMPLES: unknown[][] = [[], [2, 2, 2, 2, 2, 2], ['x', 'x', 'x', 'x', 'x', 'x'], [['x'], ['x'], ['x']]];

/** Every text of a catalogue entry, flattened to path → string (functions called with samples). */
function texts(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (typeof value === 'function') {
    for (const args of SAMPLES) {
      try {
        const r = (value as (...a: unknown[]) => unknown)(...args.slice(0, Math.max(value.length, 1)));
        for (const [k, v] of texts(r, path)) out.set(k, v);
        break;
      } catch {
        // this sample does not fit the parameters; try the next
      }
    }
  } else if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${path}[${i}]`).forEach((t, k) => out.set(k, t)));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) texts(v, path ? `${path}.${k}` : k).forEach((t, p) => out.set(p, t));
  }
  return out;
}

/** Words that are English and neither Dutch nor French. */
const ENGLISH =
  /\b(the|and|your|you|with|could|which|this|that|from|been|would|should|have|are|were|not|they|their|there|what|when|only|into|than|then|does|must|mail)\b/gi;

function englishWords(text: string): string[] {
  return [...new Set((text.match(ENGLISH) ?? []).map((w) => w.toLowerCase()))];
}

describe('catalogues', () => {
  const all = catalogues();

  it('finds the core catalogue and the area catalogues', () => {
    expect(Object.keys(all)).toContain('core');
    expect(Object.keys(all)).toEqual(expect.arrayContaining(['auth', 'lists', 'esp', 'teach', 'message']));
    expect(Object.keys(all)).toContain('platform.ts:platformTexts');
  });

  for (const [name, cat] of Object.entries(all)) {
    it(`${name}: the same texts in every language`, () => {
      const keys = [...texts(cat.en).keys()].sort();
      for (const lang of LANGS) expect([...texts(cat[lang]).keys()].sort(), lang).toEqual(keys);
    });

    it(`${name}: no English sentence in Dutch or French`, () => {
      const leaks: string[] = [];
      for (const lang of ['nl', 'fr'] as const) {
        for (const [path, text] of texts(cat[lang])) {
          const words = englishWords(text);
          if (words.length >= 2) leaks.push(`${lang} ${path}: ${text.slice(0, 90)} [${words.join(', ')}]`);
        }
      }
      expect(leaks).toEqual([]);
    });
  }
});
