// The restart plan's title and length, in one place: the panel's collapsed plan section reads them
// from the core texts (the tab's part), the plan itself from the audit texts (the second stage's).
import { formatCount, plural } from '../index';

export const restart = {
  title: 'Zo herstart u na deze campagne',
  sends: (x: number) =>
    plural(x, 'nl', {
      one: '1 verzending bereikt de hele lijst',
      other: `${formatCount(x, 'nl')} verzendingen bereiken de hele lijst`,
    }),
};
