// Texts of the platform layer (storage and messages): notices about stored data, in every
// product language (issue 11 §4, §8).
import type { Lang } from './index';

const en = {
  settingsRepaired: (fields: string[]) =>
    `Some stored settings could not be read (${fields.join(', ')}): those fields are back to their defaults; all your other settings are kept.`,
  historyNotSaved: 'This campaign was not added to your history: the browser storage for the extension is full.',
};
type Texts = typeof en;

const nl: Texts = {
  settingsRepaired: (fields) =>
    `Sommige opgeslagen instellingen waren onleesbaar (${fields.join(', ')}): die velden staan terug op hun standaardwaarde; al uw andere instellingen blijven behouden.`,
  historyNotSaved: 'Deze campagne is niet aan uw geschiedenis toegevoegd: de browseropslag van de extensie is vol.',
};

const fr: Texts = {
  settingsRepaired: (fields) =>
    `Certains réglages enregistrés étaient illisibles (${fields.join(', ')}) : ces champs ont repris leur valeur par défaut ; tous vos autres réglages sont conservés.`,
  historyNotSaved:
    "Cette campagne n'a pas été ajoutée à votre historique : l'espace de stockage de l'extension dans le navigateur est plein.",
};

export const platformTexts: Record<Lang, Texts> = { en, nl, fr };
