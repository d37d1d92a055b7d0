// The "why?" page: a short explanation per finding and per DNS row, in every language, with its
// source (the knowledge.md section or RFC the rule cites; only the prose is translated).
import type { Lang } from './langs';
import { why as en } from './en/why';
import { why as nl } from './nl/why';
import { why as fr } from './fr/why';

export interface WhyEntry {
  id: string;
  title: string;
  body: string;
  source: string;
}

/** Every language's explanations: a language missing here is a type error. Not exported: the ids are
 * data, not text, so the catalogue walker (tests/lib/i18n/catalogues.test.ts) must not read them;
 * tests/lib/i18n/why.test.ts checks these texts instead. */
const whyTexts: Record<Lang, WhyEntry[]> = { en, nl, fr };

/** The explanations in a language. */
export function whyEntries(lang: Lang): WhyEntry[] {
  return whyTexts[lang];
}
