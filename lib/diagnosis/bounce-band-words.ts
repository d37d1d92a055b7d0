// The article's bounce scale in words, with the lines it was judged against (knowledge.md §1),
// so a label never contradicts the scale printed beside it.
import { formatPercent, type Lang, type Messages } from '../i18n';
import { bounceBand, isNearly, type Thresholds } from './thresholds';

/** "nearly 20%, a disaster", "bad (from 10%)", "at the 2%–3% alarm line", … */
export function bandWords(rate: number, t: Messages, lang: Lang, th: Thresholds): string {
  const p = (x: number) => formatPercent(x, lang, Number.isInteger(Math.round(x * 1000) / 10) ? 0 : 1);
  const band = bounceBand(rate, th);
  switch (band) {
    case 'normal':
      return t.bandSay.normal(p(th.bounceAlarm));
    case 'watch':
      return t.bandSay.watch(p(th.bounceAlarm), p(th.bounceAlarmHigh));
    case 'alarm':
      return t.bandSay.alarm(p(th.bounceAlarmHigh));
    case 'bad':
      return t.bandSay.bad(p(th.bounceBad));
    case 'disaster':
      return isNearly(rate, th) ? t.bandSay.nearly(p(th.bounceDisaster)) : t.bandSay.disaster(p(th.bounceDisaster));
  }
}
