// All three language packs at once, for everything that is not a report tab: the extension's
// pages, the command line, the demo and the unit tests (vitest setupFiles). A report tab gets the
// parts of its language only (entrypoints/lang-<lang>.ts and lang-<lang>-tools.ts, issue 15 §8).
import type { Lang } from '../langs';
import { registerPack, type LanguagePack } from '../pack';
import { enPages, enTab, enTools } from './en';
import { nlPages, nlTab, nlTools } from './nl';
import { frPages, frTab, frTools } from './fr';

/** Each language's pack whole: its three parts (tsc checks that together they are every area). */
export const PACKS: Record<Lang, LanguagePack> = {
  en: { ...enTab, ...enTools, ...enPages },
  nl: { ...nlTab, ...nlTools, ...nlPages },
  fr: { ...frTab, ...frTools, ...frPages },
};

/** Registers the English, Dutch and French packs (idempotent). */
export function registerAllPacks(): void {
  for (const [lang, pack] of Object.entries(PACKS) as [Lang, LanguagePack][]) registerPack(lang, pack);
}
