// French texts of lib/i18n/bounce-disagreement.ts, which holds their type and accessor.
import type { DisagreementTexts } from '../bounce-disagreement';

export const disagreement: DisagreementTexts = {
  blocked: (sub) => `l'outil d'envoi dit « soft », la réponse dit bloqué (${sub})`,
  dead: (sub) => `l'outil d'envoi dit « soft », la réponse dit que l'adresse n'existe pas (${sub})`,
  temporary: (sub) => `l'outil d'envoi dit « hard », la réponse dit temporaire (${sub})`,
};
