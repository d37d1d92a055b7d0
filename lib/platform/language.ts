// The language to show (issue 11 §9): the one chosen in the options, or the browser's. Apart from
// storage.ts so the scripts of a report tab, which read their settings through the background
// (tab-stores.ts), need none of the stores' code.
import browser from 'webextension-polyfill';
import { pickLang, type Lang } from '../i18n';
import type { Settings } from './settings-schema';

/** The language to show: the one chosen in the options, or the browser's. */
export function languageOf(settings: Pick<Settings, 'lang'>): Lang {
  return settings.lang === 'auto' ? pickLang(browser.i18n.getUILanguage()) : settings.lang;
}
