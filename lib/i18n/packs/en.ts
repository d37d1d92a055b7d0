// Every English catalogue, by part (lib/i18n/pack.ts PACK_PARTS): entrypoints/lang-en.ts registers the
// tab part, entrypoints/lang-en-tools.ts the tools part, packs/all.ts all three.
import type { PagesPart, PartOf } from '../pack';
import { core } from '../en/core';
import { audit } from '../en/audit';
import { auth } from '../en/auth';
import { disagreement } from '../en/bounce-disagreement';
import { esp } from '../en/esp';
import { lists } from '../en/lists';
import { message } from '../en/message';
import { messageFindings } from '../en/message-findings';
import { platform } from '../en/platform';
import { store } from '../en/store';
import { teach } from '../en/teach';
import { why } from '../en/why';

/** What the panel and teach mode show first. */
export const enTab: PartOf<'tab'> = { core, auth, esp, messageFindings, teach };

/** The panel's second stage: the clean-up list, the export and the restart plan. */
export const enTools: PartOf<'tools'> = { audit, disagreement, lists };

/** What only the extension's pages and the command line read. */
export const enPages: PagesPart = { message, platform, store, why };
