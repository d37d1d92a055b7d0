// Where the ESP's label and the SMTP reply disagree (knowledge.md §6), in words: the data comes
// from disagreementOf in lib/bounces/classify.ts. Its own small catalogue (CONVENTIONS: new texts
// in a file of their own, French complete, typed so tsc catches a missing key).
import type { Lang } from './langs';

interface DisagreementTexts {
  blocked(sub: string): string;
  dead(sub: string): string;
  temporary(sub: string): string;
}

const en: DisagreementTexts = {
  blocked: (sub) => `the ESP says soft, the reply says blocked (${sub})`,
  dead: (sub) => `the ESP says soft, the reply says the address is dead (${sub})`,
  temporary: (sub) => `the ESP says hard, the reply says temporary (${sub})`,
};

export const disagreementTexts: Record<Lang, DisagreementTexts> = {
  en,
  nl: {
    blocked: (sub) => `de mailingtool zegt zacht, het antwoord zegt geblokkeerd (${sub})`,
    dead: (sub) => `de mailingtool zegt zacht, het antwoord zegt dat het adres niet bestaat (${sub})`,
    temporary: (sub) => `de mailingtool zegt hard, het antwoord zegt tijdelijk (${sub})`,
  },
  fr: {
    blocked: (sub) => `l'outil d'envoi dit « soft », la réponse dit bloqué (${sub})`,
    dead: (sub) => `l'outil d'envoi dit « soft », la réponse dit que l'adresse n'existe pas (${sub})`,
    temporary: (sub) => `l'outil d'envoi dit « hard », la réponse dit temporaire (${sub})`,
  },
};
