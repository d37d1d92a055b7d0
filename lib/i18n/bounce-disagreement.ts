// Where the ESP's label and the SMTP reply disagree (knowledge.md §6), in words: the data comes
// from disagreementOf in lib/bounces/classify.ts. Its own small catalogue (CONVENTIONS: new texts
// in a file of their own, French complete, typed so tsc catches a missing key).
import type { Lang } from './langs';
import { byLang } from './pack';

/** The words of one language. */
export interface DisagreementTexts {
  blocked(sub: string): string;
  dead(sub: string): string;
  temporary(sub: string): string;
}

/** The disagreement texts per language. */
export const disagreementTexts: Record<Lang, DisagreementTexts> = /* @__PURE__ */ byLang('disagreement');
