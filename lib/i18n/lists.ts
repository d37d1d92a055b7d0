// Words of the bounce lists, the export file and the provider chart (issues 13 §5 §6 §8, 17 §4),
// in English, Dutch (Flemish-friendly, "u") and French (Belgian register, "vous"). CSV headers
// and values are words too: the ids in lib/export are data, these are what the file says.
// TODO(lead): merge into lib/i18n once the catalogues are unified.
import type { Lang } from './index';
import { localeOf } from './index';
import type { lists as en } from './en/lists';
import { byLang, packOf } from './pack';

export type ExportColumn =
  | 'email'
  | 'flag'
  | 'category'
  | 'sub_reason'
  | 'esp_type'
  | 'code'
  | 'reason'
  | 'suggestion'
  | 'campaign'
  | 'date'
  | 'provider'
  | 'action'
  | 'coverage';
export type ActionId =
  'remove' | 'fix-typo' | 'retry-later' | 'check-auth' | 'pause-sending' | 'check-individually' | 'read-reason';
export type ExportCategory = 'hard' | 'soft' | 'blocked' | 'deferred' | 'other' | 'not-read';
/** Why a walk through the bounce pages stopped (lib/esp/collect.ts CollectStop). */
export type CollectStopText =
  | { kind: 'cancelled' }
  | { kind: 'page-failed'; page: number; error: string }
  | { kind: 'built-by-script' }
  | { kind: 'not-a-bounce-list'; page: number };
export type FileErrorKind = 'empty' | 'binary' | 'no-email-column' | 'not-an-esp-export' | 'too-large' | 'unreadable';

/** Mailbox providers by their brand names, the same in every language (the chart and the export). */
export const PROVIDER_BRANDS: Record<string, string> = {
  'microsoft-365': 'Microsoft 365',
  'google-workspace': 'Google Workspace',
  gmail: 'Gmail',
  'outlook-com': 'Outlook.com',
  yahoo: 'Yahoo',
  apple: 'Apple iCloud',
  telenet: 'Telenet',
  proximus: 'Proximus',
  kpn: 'KPN',
  ziggo: 'Ziggo',
};
/** Who operates the filtering: one company behind several providers (Microsoft 365 and Outlook.com). */
export const OPERATORS: Record<string, string> = { microsoft: 'Microsoft', google: 'Google' };

/** A count with the language's grouping. */
export const n = (v: number, lang: Lang) => v.toLocaleString(localeOf(lang));
/** The singular or plural word for a count in a language. */
export const plural = (v: number, lang: Lang, one: string, other: string) =>
  new Intl.PluralRules(localeOf(lang)).select(v) === 'one' ? one : other;

export type ListTexts = typeof en;

/** The lists catalogue per product language. */
export const LIST_TEXTS: Record<Lang, ListTexts> = /* @__PURE__ */ byLang('lists');

/** The lists texts of a language. */
export function listTexts(lang: Lang): ListTexts {
  return packOf(lang).lists;
}
