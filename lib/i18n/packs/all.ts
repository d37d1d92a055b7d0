// All three language packs at once, for everything that is not the panel: the extension's pages,
// the background, teach mode, the command line, the demo and the unit tests (vitest setupFiles).
// The panel gets only the pack of its language (entrypoints/lang-<lang>.ts, issue 15 §8).
import { registerPack } from '../pack';
import { en } from './en';
import { nl } from './nl';
import { fr } from './fr';

/** Registers the English, Dutch and French packs (idempotent). */
export function registerAllPacks(): void {
  registerPack('en', en);
  registerPack('nl', nl);
  registerPack('fr', fr);
}
