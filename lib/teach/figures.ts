// The figures a marketer teaches (issue 18 §1) and how a located text is read as one of them.
// Counts and rates are parsed by lib/esp/numbers.ts, the same functions the adapters use, so a
// taught page accepts exactly the number formats a built-in adapter does (esp-pages.md "General").
import { parseCount, parseRate } from '../esp/numbers';
import { emailIn } from '../esp/table';
import { parseShownDate } from './dates';

/** Every figure the picker asks for, in the order it asks. */
export const FIGURES = [
  'recipients',
  'delivered',
  'bounces',
  'opens',
  'clicks',
  'unsubscribes',
  'complaints',
  'sender',
  'sent',
] as const;
export type FigureId = (typeof FIGURES)[number];

/** What a figure is: a whole count, the From address, or the send date. */
export type FigureKind = 'count' | 'email' | 'date';

/** The kind each figure is taught as. */
export function kindOf(figure: FigureId): FigureKind {
  return figure === 'sender' ? 'email' : figure === 'sent' ? 'date' : 'count';
}

/** A located text read as a figure: the value, or why it is not one (data, worded in lib/i18n/teach.ts). */
export type FigureReading =
  | { ok: true; count: number; rate?: number; rateDecimals?: number }
  | { ok: true; email: string }
  | { ok: true; date: string }
  | {
      ok: false;
      problem:
        'empty' | 'not-a-number' | 'rate-not-count' | 'several-numbers' | 'not-an-email' | 'not-a-date' | 'mostly-text';
    };

// Numbers as the adapters' parseCountAndRate tokenises them: grouped counts and percentages.
const NUMBER = /\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})+(?![\d])|\d+(?:[.,]\d+)?/g;
// A rate is at most 100 %, so it never has thousands grouping: "392 19.6%" is a count and a rate.
const RATE = /(?<![\d.,])\d+(?:[.,]\d+)?[\s\u00a0\u202f]?%/g;

/** Reads a located text as the figure kind it was taught as. */
export function readFigure(raw: string, kind: FigureKind): FigureReading {
  const text = raw.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (!text) return { ok: false, problem: 'empty' };
  if (kind === 'email') {
    const email = emailIn(text);
    return email ? { ok: true, email: email.toLowerCase() } : { ok: false, problem: 'not-an-email' };
  }
  if (kind === 'date') {
    const date = parseShownDate(text);
    return date ? { ok: true, date } : { ok: false, problem: 'not-a-date' };
  }
  const whole = parseCount(text);
  if (whole !== undefined) return { ok: true, count: whole };
  const rates = [...text.matchAll(RATE)];
  const withoutRates = text.replace(RATE, ' ');
  const counts = withoutRates.match(NUMBER) ?? [];
  if (counts.length === 0) return { ok: false, problem: rates.length ? 'rate-not-count' : 'not-a-number' };
  // "Opens 1,204 · total 2,310": which one was meant cannot be told, so none is used.
  if (counts.length > 1 || rates.length > 1) return { ok: false, problem: 'several-numbers' };
  // "392 bounced" is a count; "Spring newsletter 2025" is a title with a year in it.
  const words = withoutRates.replace(NUMBER, ' ').match(/\p{L}+/gu) ?? [];
  if (words.length > 1) return { ok: false, problem: 'mostly-text' };
  const count = parseCount(counts[0]);
  if (count === undefined) return { ok: false, problem: 'not-a-number' };
  if (rates.length === 0) return { ok: true, count };
  const rate = parseRate(rates[0]![0]);
  const decimals = /[.,](\d+)/.exec(rates[0]![0])?.[1]?.length ?? 0;
  return rate === undefined ? { ok: true, count } : { ok: true, count, rate, rateDecimals: decimals };
}
