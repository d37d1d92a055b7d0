// Texts of issue 15: the first-run page, the permission notice, and what the privacy policy says
// (PRIVACY.md repeats the English sentences word for word; tests/lib/i18n/store.test.ts checks).
// Dutch: standard Dutch that reads well in Flanders (u). French: Belgian register (vous).
import type { Lang } from './index';
import { byLang } from './pack';

export interface StoreTexts {
  privacy: {
    heading: string;
    /** Exactly what leaves the machine, naming the chosen resolvers. */
    leaves(resolvers: string): string;
    nothingElse: string;
    read: string;
    stored: string;
    policy: string;
  };
  resolversHelp: string;
  permission: {
    missing(hosts: string): string;
    grant: string;
    granted: string;
    refused: string;
  };
  welcome: {
    title: string;
    intro: string;
    how: string[];
    needsHeading: string;
    needs: string;
    allGranted: string;
    shortcut(keys: string): string;
    options: string;
  };
}

/** The issue-15 texts per language. */
export const STORE_TEXTS: Record<Lang, StoreTexts> = /* @__PURE__ */ byLang('store');
