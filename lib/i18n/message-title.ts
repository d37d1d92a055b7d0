// The name of the "Check a received copy" page alone, so the popup's link does not pull in the
// page's whole catalogue (lib/i18n/message.ts uses the same strings).
import type { Lang } from './index';

export const MESSAGE_PAGE_TITLE: Record<Lang, string> = {
  en: 'Check a received copy',
  nl: 'Een ontvangen exemplaar controleren',
  fr: 'Vérifier un exemplaire reçu',
};
