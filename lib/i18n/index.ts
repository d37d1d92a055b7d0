// Every text the product shows, in English, Dutch and French (issue 5 §6, issue 11 §8). Messages
// are functions of their parameters so word order can differ per language; numbers, percentages
// and plurals go through Intl so each language writes them its own way.
import type { core } from './en/core';
import { packOf } from './pack';

import { LANGS, type Lang } from './langs';

export { LANGS, type Lang };
export type Messages = typeof core;

/** BCP 47 locale used for Intl formatting per language (Belgian/Dutch conventions for nl). */
const LOCALES: Record<Lang, string> = { en: 'en-GB', nl: 'nl-BE', fr: 'fr-BE' };

/** The message catalogue for a language (from its registered pack, lib/i18n/pack.ts). */
export function messages(lang: Lang): Messages {
  return packOf(lang).core;
}

/** The Intl locale of a product language. */
export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/** Picks the product language from a browser UI language tag ('nl-BE' → 'nl', 'fr-BE' → 'fr'). */
export function pickLang(uiLanguage: string | undefined): Lang {
  const tag = uiLanguage?.toLowerCase() ?? '';
  if (tag.startsWith('nl')) return 'nl';
  if (tag.startsWith('fr')) return 'fr';
  return 'en';
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/**
 * A percentage as people write it in that language: "19.6%" / "19,6 %" / "19,6 %", the space
 * before % non-breaking where the language puts one (Intl decides), so the number never wraps
 * away from its sign.
 */
export function formatPercent(fraction: number, lang: Lang, digits = 1): string {
  const key = `${lang}:${digits}`;
  let f = percentFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    percentFormats.set(key, f);
  }
  // Intl may use U+202F (narrow no-break space) or U+00A0; both keep the number with its sign.
  return f.format(fraction);
}

/** A count with the language's grouping: 2,000 / 2.000 / 2 000. */
export function formatCount(n: number, lang: Lang): string {
  return n.toLocaleString(LOCALES[lang]);
}

/** A decimal number with the language's separator (1.5 / 1,5). */
export function formatDecimal(n: number, lang: Lang, digits = 1): string {
  return n.toLocaleString(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A date (and optionally time) in the language's own format. */
export function formatDate(iso: string | Date, lang: Lang, withTime = false): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return String(iso);
  return d.toLocaleString(
    LOCALES[lang],
    withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' },
  );
}

/** The CLDR plural category of a count in a language (Intl.PluralRules), for catalogue texts. */
export function pluralOf(n: number, lang: Lang): Intl.LDMLPluralRule {
  return new Intl.PluralRules(LOCALES[lang]).select(n);
}

/** Picks the text for a count: `{ one: '1 address', other: 'N addresses' }`. */
export function plural(n: number, lang: Lang, forms: { one: string; other: string; zero?: string }): string {
  if (n === 0 && forms.zero !== undefined) return forms.zero;
  return pluralOf(n, lang) === 'one' ? forms.one : forms.other;
}

/**
 * The list separator a spreadsheet expects in that language's locale: Excel in Belgium, the
 * Netherlands and France reads CSV with ";" (the comma is the decimal sign there), English with ",".
 */
export function csvSeparatorOf(lang: Lang): ',' | ';' {
  const decimal = new Intl.NumberFormat(LOCALES[lang]).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
  return decimal === ',' ? ';' : ',';
}
