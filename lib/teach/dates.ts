// The send date as report pages print it, in the account's language and order (esp-pages.md
// "General": accounts pick MM/DD or DD/MM). A numeric date is used only when its order is
// certain (a part above 12, or both parts equal); otherwise it is refused, never guessed.
import { parseMailchimpDate } from '../esp/mailchimp';

// Month names by their first letters in English, Dutch and French ("mrt", "mars", "mei", "déc").
const MONTHS: [RegExp, number][] = [
  [/^(jan|janv|janvier|januari)/, 1],
  [/^(feb|febr|februari|fév|févr|février|fev)/, 2],
  [/^(mar|maart|mrt|mars)/, 3],
  [/^(apr|april|avr|avril)/, 4],
  [/^(may|mei|mai)/, 5],
  [/^(jun|juni|juin)/, 6],
  [/^(jul|juli|juil|juillet)/, 7],
  [/^(aug|augustus|août|aout)/, 8],
  [/^(sep|sept|september|septembre)/, 9],
  [/^(oct|okt|oktober|octobre)/, 10],
  [/^(nov|november|novembre)/, 11],
  [/^(dec|december|déc|décembre)/, 12],
];
const pad = (n: number) => String(n).padStart(2, '0');

function build(y: number, m: number, d: number, time: RegExpExecArray | null): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 2000 || y > 2100) return undefined;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (!time) return date;
  let h = Number(time[1]);
  if (time[3]) h = (h % 12) + (time[3].toLowerCase() === 'pm' ? 12 : 0);
  return h < 24 ? `${date}T${pad(h)}:${time[2]}` : date;
}

/** A shown send date as ISO 8601 ("2025-03-12" or "2025-03-12T10:00"); undefined when unsure. */
export function parseShownDate(text: string): string | undefined {
  const t = text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  const time = /(\d{1,2})[:h](\d{2})(?: ?([ap]m))?/i.exec(t.replace(/^.*?\d{4}/, ''));
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (iso) return build(Number(iso[1]), Number(iso[2]), Number(iso[3]), time);
  const num = /(\d{1,2})[./-](\d{1,2})[./-](\d{4})/.exec(t);
  if (num) {
    const [a, b, y] = [Number(num[1]), Number(num[2]), Number(num[3])];
    if (a > 12 || a === b) return build(y, b, a, time);
    if (b > 12) return build(y, a, b, time);
    return undefined; // 03/04/2025: April 3rd or March 4th — the page does not say
  }
  const named = /(\d{1,2})\.?(?:er)? ([\p{L}]+)\.? (\d{4})/u.exec(t);
  if (named) {
    const month = MONTHS.find(([re]) => re.test(named[2]!.toLowerCase()))?.[1];
    if (month) return build(Number(named[3]), month, Number(named[1]), time);
  }
  return parseMailchimpDate(t);
}
