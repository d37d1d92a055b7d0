// Teach mode's requests from the popup, the panel and the picker (issue 18), apart from the
// background's handlers (teach-messages.ts), so the scripts of a report tab carry neither the
// adapter registry nor the stores those handlers use.
import browser from 'webextension-polyfill';
import { messenger, type RequestOf } from './messages';
import type { TeachAnswer } from './teach-messages';

type TeachMessage =
  | ({ type: 'teach-start' } & RequestOf<'teach-start'>)
  | ({ type: 'teach-here' } & RequestOf<'teach-here'>)
  | ({ type: 'teach-save' } & RequestOf<'teach-save'>)
  | { type: 'teach-load' }
  | ({ type: 'teach-import' } & RequestOf<'teach-import'>);

/** Sends a teach message through the typed messenger; never rejects. */
export async function sendTeach(message: TeachMessage): Promise<TeachAnswer> {
  const { type, ...data } = message;
  try {
    return (await messenger.sendMessage(type, data as never)) as TeachAnswer;
  } catch (e) {
    return { ok: false, error: 'inject-failed', detail: (e as Error).message };
  }
}

/** Asks for the optional host permission of an ESP origin; call straight from a click. */
export async function requestOriginAccess(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [`${origin}/*`] });
  } catch {
    return false;
  }
}
