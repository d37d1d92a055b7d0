// Every English catalogue as one language pack (lib/i18n/pack.ts); entrypoints/lang-en.ts and
// packs/all.ts register it.
import type { LanguagePack } from '../pack';
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

/** The English language pack. */
export const en: LanguagePack = {
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
