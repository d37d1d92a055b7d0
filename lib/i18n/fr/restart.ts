// The restart plan's title and length, in one place: the panel's collapsed plan section reads them
// from the core texts (the tab's part), the plan itself from the audit texts (the second stage's).
import { formatCount, plural } from '../index';

export const restart = {
  title: 'Comment redémarrer après cette campagne',
  sends: (x: number) =>
    plural(x, 'fr', {
      one: '1 envoi atteint toute la liste',
      other: `${formatCount(x, 'fr')} envois atteignent toute la liste`,
    }),
};
