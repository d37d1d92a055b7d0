// Every text the product shows, in English and Dutch (issue 5 §6). Messages are functions of
// their parameters so word order can differ per language.
import { en } from './en';
import { nl } from './nl';

export type Lang = 'en' | 'nl';
export type Messages = typeof en;
const CATALOGS: Record<Lang, Messages> = { en, nl };

/** The message catalogue for a language. */
export function messages(lang: Lang): Messages {
  return CATALOGS[lang];
}

/** Picks the product language from a browser UI language tag ('nl-BE' → 'nl'). */
export function pickLang(uiLanguage: string | undefined): Lang {
  return uiLanguage?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** A percentage as people write it in that language: 19.6 % / 19,6 %. */
export function formatPercent(fraction: number, lang: Lang, digits = 1): string {
  const s = (fraction * 100).toFixed(digits);
  return `${lang === 'nl' ? s.replace('.', ',') : s} %`;
}

/** A count with the language's grouping: 2,000 / 2.000. */
export function formatCount(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-US');
}
