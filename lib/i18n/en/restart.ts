// The restart plan's title and length, in one place: the panel's collapsed plan section reads them
// from the core texts (the tab's part), the plan itself from the audit texts (the second stage's).
import { formatCount, plural } from '../index';

export const restart = {
  title: 'How to restart from this campaign',
  sends: (x: number) =>
    plural(x, 'en', {
      one: '1 send reaches the whole list',
      other: `${formatCount(x, 'en')} sends reach the whole list`,
    }),
};
