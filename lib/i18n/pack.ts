// Language packs (issue 15 §8): every catalogue of one language as one object, registered at run
// time. The panel and teach mode carry no catalogue: the background injects the 'tab' part of the
// user's language (entrypoints/lang-<lang>.ts) just before them, the 'tools' part with the panel's
// second stage, and the panel asks for another language's parts when the user switches. The
// extension's pages, the command line and the tests register all three packs whole (packs/all.ts);
// the background shows no text and registers none. The accessors of each area (authTexts,
// listTexts, messages …) read the registry, so no caller knows where the words came from.
//
// The panel and its packs are separately injected bundles (IIFEs) sharing one content-script
// world, so the registry lives on globalThis under a Symbol.for key every bundle names alike. The
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

/**
 * Which areas a report tab needs, in two parts (issue 15 §8). 'tab': what the panel and teach mode
 * show first, injected before them (entrypoints/lang-<lang>.ts). 'tools': the clean-up list, the
 * export and the restart plan, injected with the panel's second stage when the user opens one of
 * them (entrypoints/lang-<lang>-tools.ts). The other areas (why, message, store, platform) are read only by the
 * extension's pages and the command line, which register every pack whole (packs/all.ts).
 */
export const PACK_PARTS = {
  tab: ['core', 'auth', 'esp', 'messageFindings', 'teach'],
  tools: ['audit', 'disagreement', 'lists'],
} as const satisfies Record<string, readonly (keyof LanguagePack)[]>;

export type PackPart = keyof typeof PACK_PARTS;
/** The areas of one part, e.g. `PartOf<'tab'>` for what lang-<lang>.js registers. */
export type PartOf<P extends PackPart> = Pick<LanguagePack, (typeof PACK_PARTS)[P][number]>;
/** The areas no report tab reads: what only the pages and the command line add (packs/all.ts). */
export type PagesPart = Omit<LanguagePack, (typeof PACK_PARTS)[PackPart][number]>;

/** Every area's name (tsc checks the list against LanguagePack). */
const AREA: Record<keyof LanguagePack, true> = {
  core: true,
  audit: true,
  auth: true,
  disagreement: true,
  esp: true,
  lists: true,
  message: true,
  messageFindings: true,
  platform: true,
  store: true,
  teach: true,
  why: true,
};

type Registry = Partial<Record<Lang, Partial<LanguagePack>>>;
const KEY = Symbol.for('deliverability-lens.language-packs');

function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (g[KEY] ??= {});
}

/**
 * Makes a language's texts available to every accessor in this world (an explicit call, never an
 * import's side effect). A part adds its areas to what that language already has.
 */
export function registerPack(lang: Lang, pack: Partial<LanguagePack>): void {
  const r = registry();
  r[lang] = { ...r[lang], ...pack };
}

/** Is something of this language registered here (with `part`: every area of that part)? */
export function hasPack(lang: Lang, part?: PackPart): boolean {
  const pack = registry()[lang];
  return pack !== undefined && (part === undefined || PACK_PARTS[part].every((a) => pack[a] !== undefined));
}

/** The languages whose packs are registered, in LANGS order. */
export function loadedLangs(): Lang[] {
  return LANGS.filter((l) => hasPack(l));
}

/**
 * The pack of a language. A missing language, or an area of it that was not registered (a part not
 * injected into this tab), is a programming error that names both, never a fallback.
 */
export function packOf(lang: Lang): LanguagePack {
  const pack = registry()[lang];
  if (!pack)
    throw new Error(
      `No language pack registered for '${lang}': register it (lib/i18n/pack.ts) before reading its texts`,
    );
  return new Proxy(pack as LanguagePack, {
    get(target, area: string | symbol) {
      const v = target[area as keyof LanguagePack];
      if (v === undefined && typeof area === 'string' && Object.hasOwn(AREA, area))
        throw new Error(`The '${lang}' pack here has no '${area}' texts: inject the part that holds them (PACK_PARTS)`);
      return v;
    },
  });
}

/** One area of every language as a record (`view.nl` reads the Dutch pack when asked, not before). */
export function byLang<K extends keyof LanguagePack>(area: K): Record<Lang, LanguagePack[K]> {
  const view = {} as Record<Lang, LanguagePack[K]>;
  for (const lang of LANGS) Object.defineProperty(view, lang, { enumerable: true, get: () => packOf(lang)[area] });
  return view;
}
