// Dutch texts of lib/i18n/platform.ts, which holds their type, shared helpers and accessor.
import type { PlatformTexts } from '../platform';

export const platform: PlatformTexts = {
  settingsRepaired: (fields) =>
    `Sommige opgeslagen instellingen waren onleesbaar (${fields.join(', ')}): die velden staan terug op hun standaardwaarde; al uw andere instellingen blijven behouden.`,
  historyNotSaved: 'Deze campagne is niet aan uw geschiedenis toegevoegd: de browseropslag van de extensie is vol.',
};
