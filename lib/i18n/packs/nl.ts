// Every Dutch catalogue, by part (lib/i18n/pack.ts PACK_PARTS): entrypoints/lang-nl.ts registers the
// tab part, entrypoints/lang-nl-tools.ts the tools part, packs/all.ts all three.
import type { PagesPart, PartOf } from '../pack';
import { core } from '../nl/core';
import { audit } from '../nl/audit';
import { auth } from '../nl/auth';
import { disagreement } from '../nl/bounce-disagreement';
import { esp } from '../nl/esp';
import { lists } from '../nl/lists';
import { message } from '../nl/message';
import { messageFindings } from '../nl/message-findings';
import { platform } from '../nl/platform';
import { store } from '../nl/store';
import { teach } from '../nl/teach';
import { why } from '../nl/why';

/** What the panel and teach mode show first. */
export const nlTab: PartOf<'tab'> = { core, auth, esp, messageFindings, teach };

/** The panel's second stage: the clean-up list, the export and the restart plan. */
export const nlTools: PartOf<'tools'> = { audit, disagreement, lists };

/** What only the extension's pages and the command line read. */
export const nlPages: PagesPart = { message, platform, store, why };
