// English texts of lib/i18n/bounce-disagreement.ts, which holds their type and accessor.
import type { DisagreementTexts } from '../bounce-disagreement';

export const disagreement: DisagreementTexts = {
  blocked: (sub) => `the ESP says soft, the reply says blocked (${sub})`,
  dead: (sub) => `the ESP says soft, the reply says the address is dead (${sub})`,
  temporary: (sub) => `the ESP says hard, the reply says temporary (${sub})`,
};
