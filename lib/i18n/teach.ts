// Texts of teach mode (issue 18): the picker, the self-check's verdicts in the panel, the popup's
// entry point and the layout file's import. One function per finding id or problem, as data from
// lib/teach arrives ({ figure, problem }); Dutch is Flemish-friendly standard Dutch (u), French
// the Belgian register (vous).
import type { Lang } from './index';
import type { FigureId } from '../teach/figures';
import type { TeachFailure } from '../teach/apply';
import type { teach as en } from './en/teach';
import { byLang, packOf } from './pack';

export type PickProblem =
  'empty' | 'not-a-number' | 'rate-not-count' | 'several-numbers' | 'not-an-email' | 'not-a-date' | 'mostly-text';
export type FailureProblem = Extract<TeachFailure, { figure: FigureId }>['problem'];
const LOCALES: Record<Lang, string> = { en: 'en-GB', nl: 'nl-BE', fr: 'fr-BE' };
/** The CLDR plural category of a count in a language. */
export const plural = (lang: Lang, n: number) => new Intl.PluralRules(LOCALES[lang]).select(n);

export type TeachTexts = typeof en;

/** Teach mode's texts per product language. */
export const TEACH_TEXTS: Record<Lang, TeachTexts> = /* @__PURE__ */ byLang('teach');

/** Teach mode's texts in one language. */
export function teachTexts(lang: Lang): TeachTexts {
  return packOf(lang).teach;
}
