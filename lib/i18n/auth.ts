// The words for everything lib/auth and lib/dns conclude (issue 11 §1): findings, row summaries,
// DKIM path notes, DNS failures and the record fixes, each keyed by id and taking its params.
// English, Dutch (Flemish-friendly, u) and French (Wallonia/Brussels register, vous).
import { isReason, type Reason } from '../auth/reason';
import type { AuthFinding, AuthNote, AuthParams } from '../auth/types';
import type { DnsProblem } from '../dns/types';
import { LANGS, messages, type Lang, type Messages } from './index';
import { byLang, hasPack, packOf } from './pack';

type Lang3 = 'en' | 'nl' | 'fr';
type P = AuthParams;
type Say = (p: P) => string;
const LOCALE: Record<Lang3, string> = { en: 'en-GB', nl: 'nl-BE', fr: 'fr-BE' };

/** The catalogue of one language. */
export interface AuthTexts {
  /** Findings and summaries share ids where they say the same thing. */
  says: Record<string, Say>;
  problem: (p: DnsProblem) => string;
  couldntCheck: string;
  selectorOutcome: Record<'key' | 'absent' | 'unknown', string>;
  required: string;
  answeredBy: (answered: string, failed: string[]) => string;
  checkingArea: string;
  fixNote: Record<string, Say>;
  ownDomain: (domain: string) => string;
  /** Why a record or an input was refused (lib/auth/reason.ts), keyed by reason id. */
  reason: Record<string, Say>;
}

/** A list joined the language's way ("a, b and c"). */
export const list = (lang: Lang3, xs: unknown, type: 'conjunction' | 'disjunction' = 'conjunction') =>
  new Intl.ListFormat(LOCALE[lang], { type }).format(
    (Array.isArray(xs) ? xs : xs === undefined ? [] : [xs]).map(String),
  );
/** A count with the language's grouping. */
export const n = (lang: Lang3, x: unknown) => Number(x ?? 0).toLocaleString(LOCALE[lang]);
/** A parameter as text ('' when absent). */
export const s = (x: unknown) => String(x ?? '');
/** A Reason in a language (its id when it has no words yet); a plain string as it is. */
export const r = (lang: Lang3, x: unknown): string => (isReason(x) ? sayReason(lang, x) : s(x));

/** The auth catalogue per language. */
export const AUTH_TEXTS: Record<Lang3, AuthTexts> = /* @__PURE__ */ byLang('auth');

/** The auth catalogue of a language (unknown languages get English). */
export function authTexts(lang: string): AuthTexts {
  return packOf((LANGS as readonly string[]).includes(lang) ? (lang as Lang) : 'en').auth;
}

/** A finding or summary as a sentence; an id without words says its id rather than nothing. */
export function sayAuth(lang: string, note: AuthNote | AuthFinding): string {
  const say = authTexts(lang).says[note.id];
  return say ? say(note.params ?? {}) : note.id;
}

/** A DNS failure as words. */
export function sayProblem(lang: string, p: DnsProblem | undefined): string {
  return p ? authTexts(lang).problem(p) : '';
}

/** The language a `messages(lang)` catalogue is for, so components given `t` can say auth texts. */
export function langOfMessages(t: Messages): Lang3 {
  // Only registered packs: the panel has one language, and asking for another's would throw (lib/i18n/pack.ts).
  return LANGS.find((l) => hasPack(l) && messages(l) === t) ?? 'en';
}

/** Why a record or an input was refused, in a language (its id when it has no words). */
export function sayReason(lang: string, why: Reason | undefined): string {
  if (!why) return '';
  const say = authTexts(lang).reason[why.id];
  return say ? say(why.params ?? {}) : why.id;
}
