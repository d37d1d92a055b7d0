// French texts of lib/i18n/platform.ts, which holds their type, shared helpers and accessor.
import type { PlatformTexts } from '../platform';

export const platform: PlatformTexts = {
  settingsRepaired: (fields) =>
    `Certains réglages enregistrés étaient illisibles (${fields.join(', ')}) : ces champs ont repris leur valeur par défaut ; tous vos autres réglages sont conservés.`,
  historyNotSaved:
    "Cette campagne n'a pas été ajoutée à votre historique : l'espace de stockage de l'extension dans le navigateur est plein.",
};
