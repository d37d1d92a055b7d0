// Dutch texts of lib/i18n/bounce-disagreement.ts, which holds their type and accessor.
import type { DisagreementTexts } from '../bounce-disagreement';

export const disagreement: DisagreementTexts = {
  blocked: (sub) => `de mailingtool zegt zacht, het antwoord zegt geblokkeerd (${sub})`,
  dead: (sub) => `de mailingtool zegt zacht, het antwoord zegt dat het adres niet bestaat (${sub})`,
  temporary: (sub) => `de mailingtool zegt hard, het antwoord zegt tijdelijk (${sub})`,
};
