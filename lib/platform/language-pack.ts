// Which language pack a content script needs and how it gets one (issue 15 §8). The panel and
// teach mode carry no catalogue: the background injects /lang-<lang>.js (entrypoints/lang-*.ts,
// each registering the 'tab' part of one pack, lib/i18n/pack.ts) before them, for the language the
// panel will pick from the same settings (languageOf); the panel's second stage comes with the
// 'tools' part (/lang-<lang>-tools.js). When the user switches language while a panel is open, the
// panel asks for the new language's parts with 'load-language' and renders once they are registered.
import { hasPack, type PackPart } from '../i18n/pack';
import type { Lang } from '../i18n/langs';
import { messenger } from './messages';
import type { Settings } from './settings-schema';
import { languageOf } from './language';

/** The built file that registers one part of a language's pack. */
export function languageFile(lang: Lang, part: PackPart = 'tab'): string {
  return part === 'tab' ? `/lang-${lang}.js` : `/lang-${lang}-${part}.js`;
}

/** The files to inject before a script that shows texts: the tab part of the settings' language. */
export function languageFiles(settings: Pick<Settings, 'lang'>): string[] {
  return [languageFile(languageOf(settings))];
}

/** Resolves once this world has every part asked of `lang`, asking the background for what it lacks. */
export async function ensureLanguage(lang: Lang, parts: readonly PackPart[] = ['tab']): Promise<void> {
  for (const part of parts) {
    if (hasPack(lang, part)) continue;
    const r = await messenger.sendMessage('load-language', { lang, part });
    // A programming or injection error, for the console: the message's name, language and part.
    if (!r.ok || !hasPack(lang, part))
      throw new Error(`load-language ${lang} ${part}: ${r.ok ? 'unregistered' : r.error}`);
  }
}
