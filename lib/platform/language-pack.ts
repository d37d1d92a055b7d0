// Which language pack a content script needs and how it gets one (issue 15 §8). The panel and
// teach mode carry no catalogue: the background injects /lang-<lang>.js (entrypoints/lang-*.ts,
// each registering one pack, lib/i18n/pack.ts) before them, for the language the panel will pick
// from the same settings (languageOf). When the user switches language while a panel is open, the
// panel asks for the new pack with 'load-language' and renders once it is registered.
import { hasPack } from '../i18n/pack';
import type { Lang } from '../i18n/langs';
import { messenger } from './messages';
import type { Settings } from './settings-schema';
import { languageOf } from './storage';

/** The built file that registers a language's pack. */
export function languageFile(lang: Lang): string {
  return `/lang-${lang}.js`;
}

/** The files to inject before a script that shows texts: the pack of the settings' language. */
export function languageFiles(settings: Pick<Settings, 'lang'>): string[] {
  return [languageFile(languageOf(settings))];
}

/** Resolves once this world has the pack of `lang`, asking the background to inject it if need be. */
export async function ensureLanguage(lang: Lang): Promise<void> {
  if (hasPack(lang)) return;
  const r = await messenger.sendMessage('load-language', { lang });
  // A programming or injection error, for the console: the message's name and the language.
  if (!r.ok || !hasPack(lang)) throw new Error(`load-language ${lang}: ${r.ok ? 'unregistered' : r.error}`);
}
