// The "why?" page: a short explanation per finding and per DNS row, in every language, with its
// source (the knowledge.md section or RFC the rule cites; only the prose is translated).
import type { Lang } from './langs';
import { packOf } from './pack';

export interface WhyEntry {
  id: string;
  title: string;
  body: string;
  source: string;
}

/** The explanations in a language (tests/lib/i18n/why.test.ts checks them; the catalogue walker skips them, ids being data). */
export function whyEntries(lang: Lang): WhyEntry[] {
  return packOf(lang).why;
}
