// The popup's teach actions, in one import so the popup's hunk stays one line.
import type { TeachAnswer } from './teach-messages';
import { requestOriginAccess, sendTeach } from './teach-requests';
import type { NamedEsp } from '../teach/esps';

export { teachTexts } from '../i18n/teach';

export interface TeachStartActions {
  requestAccess(origin: string): Promise<boolean>;
  start(origin: string, esp: NamedEsp): Promise<TeachAnswer>;
  importFile(origin: string, text: string): Promise<TeachAnswer>;
}

/** Permission, picker start and layout import, through the background. */
export const teachActions: TeachStartActions = {
  requestAccess: requestOriginAccess,
  start: (origin, esp) => sendTeach({ type: 'teach-start', origin, esp }),
  importFile: (origin, text) => sendTeach({ type: 'teach-import', origin, text }),
};
