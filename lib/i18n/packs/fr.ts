// Every French catalogue, by part (lib/i18n/pack.ts PACK_PARTS): entrypoints/lang-fr.ts registers the
// tab part, entrypoints/lang-fr-tools.ts the tools part, packs/all.ts all three.
import type { PagesPart, PartOf } from '../pack';
import { core } from '../fr/core';
import { audit } from '../fr/audit';
import { auth } from '../fr/auth';
import { disagreement } from '../fr/bounce-disagreement';
import { esp } from '../fr/esp';
import { lists } from '../fr/lists';
import { message } from '../fr/message';
import { messageFindings } from '../fr/message-findings';
import { platform } from '../fr/platform';
import { store } from '../fr/store';
import { teach } from '../fr/teach';
import { why } from '../fr/why';

/** What the panel and teach mode show first. */
export const frTab: PartOf<'tab'> = { core, auth, esp, messageFindings, teach };

/** The panel's second stage: the clean-up list, the export and the restart plan. */
export const frTools: PartOf<'tools'> = { audit, disagreement, lists };

/** What only the extension's pages and the command line read. */
export const frPages: PagesPart = { message, platform, store, why };
