// Language packs (issue 15 §8): every catalogue of one language as one object, registered at run
// time. The panel carries no catalogue: the background injects the pack of the user's language
// (entrypoints/lang-<lang>.ts) just before it, and the panel asks for another one when the user
// switches language. Pages, the background, teach mode, the command line and the tests register
// all three (packs/all.ts). The accessors of each area (authTexts, listTexts, messages …) read
// the registry, so no caller knows where the words came from.
//
// The panel and its pack are two separately injected bundles (two IIFEs) sharing one content-script
// world, so the registry lives on globalThis under a Symbol.for key both bundles name alike. The
// page's own scripts run in another world and cannot reach it.
import { LANGS, type Lang } from './langs';
import type { Messages } from './index';
import type { AuditTexts } from './audit';
import type { AuthTexts } from './auth';
import type { DisagreementTexts } from './bounce-disagreement';
import type { EspTexts } from './esp';
import type { ListTexts } from './lists';
import type { MessageTexts } from './message';
import type { MessageFindingTexts } from './message-findings';
import type { PlatformTexts } from './platform';
import type { StoreTexts } from './store';
import type { TeachTexts } from './teach';
import type { WhyEntry } from './why';

/** Every catalogue of one language, by area (lib/i18n/<lang>/<area>.ts). */
export interface LanguagePack {
  core: Messages;
  audit: AuditTexts;
  auth: AuthTexts;
  disagreement: DisagreementTexts;
  esp: EspTexts;
  lists: ListTexts;
  message: MessageTexts;
  messageFindings: MessageFindingTexts;
  platform: PlatformTexts;
  store: StoreTexts;
  teach: TeachTexts;
  why: WhyEntry[];
}

type Registry = Partial<Record<Lang, LanguagePack>>;
const KEY = Symbol.for('deliverability-lens.language-packs');

function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (g[KEY] ??= {});
}

/** Makes a language's texts available to every accessor in this world (an explicit call, never an import's side effect). */
export function registerPack(lang: Lang, pack: LanguagePack): void {
  registry()[lang] = pack;
}

/** Is the pack of this language registered here? */
export function hasPack(lang: Lang): boolean {
  return registry()[lang] !== undefined;
}

/** The languages whose packs are registered, in LANGS order. */
export function loadedLangs(): Lang[] {
  return LANGS.filter(hasPack);
}

/** The pack of a language; a missing one is a programming error (nothing registered it), not a fallback. */
export function packOf(lang: Lang): LanguagePack {
  const pack = registry()[lang];
  if (!pack)
    throw new Error(
      `No language pack registered for '${lang}': register it (lib/i18n/pack.ts) before reading its texts`,
    );
  return pack;
}

/** One area of every language as a record (`view.nl` reads the Dutch pack when asked, not before). */
export function byLang<K extends keyof LanguagePack>(area: K): Record<Lang, LanguagePack[K]> {
  const view = {} as Record<Lang, LanguagePack[K]>;
  for (const lang of LANGS) Object.defineProperty(view, lang, { enumerable: true, get: () => packOf(lang)[area] });
  return view;
}
