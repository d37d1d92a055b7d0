// Every Dutch catalogue as one language pack (lib/i18n/pack.ts); entrypoints/lang-nl.ts and
// packs/all.ts register it.
import type { LanguagePack } from '../pack';
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

/** The Dutch language pack. */
export const nl: LanguagePack = {
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
