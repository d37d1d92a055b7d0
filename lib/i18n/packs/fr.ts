// Every French catalogue as one language pack (lib/i18n/pack.ts); entrypoints/lang-fr.ts and
// packs/all.ts register it.
import type { LanguagePack } from '../pack';
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

/** The French language pack. */
export const fr: LanguagePack = {
  core,
  audit,
  auth,
  disagreement,
  esp,
  lists,
  message,
  messageFindings,
  platform,
  store,
  teach,
  why,
};
