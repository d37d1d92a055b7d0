// Numbers as ESP pages print them in the account's locale (esp-pages.md "General"):
// 1,234 / 1.234 / 1 234 (NBSP or narrow NBSP too) for counts; 19.6% / 19,6 % for rates.
// Anything ambiguous or abbreviated ("1.2K") is refused rather than guessed.

const SPACES = /[\s\u00a0\u202f\u2009']/g;

/** Parses a whole count with any thousands grouping; undefined when it is not one. */
export function parseCount(text: string | null | undefined): number | undefined {
  if (text == null) return undefined;
  const t = text.trim().replace(SPACES, '');
  if (!/^\d{1,3}([.,]\d{3})*$|^\d+$/.test(t)) return undefined;
  // Grouping must be one separator kind throughout ("1,234.567" is not a count).
  if (t.includes(',') && t.includes('.')) return undefined;
  return Number(t.replace(/[.,]/g, ''));
}

/** Parses a percentage ("19.6%", "19,6 %", "0%") into a fraction; undefined when it is not one. */
export function parseRate(text: string | null | undefined): number | undefined {
  if (text == null) return undefined;
  const m = /^(\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})*|\d+)(?:([.,])(\d+))?\s*%$/.exec(text.trim().replace(/[\u00a0\u202f]/g, ' '));
  if (!m) return undefined;
  const whole = Number(m[1]!.replace(/[.,\s]/g, ''));
  const frac = m[3] ? Number(`0.${m[3]}`) : 0;
  // Round away binary noise: 19.6 / 100 must be 0.196 exactly as written.
  return Math.round(((whole + frac) / 100) * 1e8) / 1e8;
}

/** Finds "<count> <word>" in a text, e.g. "392 bounced" → 392. */
export function countBefore(text: string, word: string): number | undefined {
  const m = new RegExp(`([\\d][\\d.,\\s\\u00a0\\u202f]*)\\s+${word}\\b`, 'i').exec(text);
  return m ? parseCount(m[1]) : undefined;
}

/** A value shown as "704 (35.2%)", "35.2% (704)" or "35,2 % · 704": the count and the rate in it. */
export function parseCountAndRate(text: string | undefined): { count?: number; rate?: number } {
  if (!text) return {};
  const rateMatch = /(\d[\d.,\s\u00a0\u202f]*\s*%)/.exec(text);
  const rest = rateMatch ? text.replace(rateMatch[1]!, ' ') : text;
  const countMatch = /(^|[\s(])(\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})+|\d+)(?=$|[\s)·,])/.exec(rest);
  return { count: countMatch ? parseCount(countMatch[2]) : undefined, rate: rateMatch ? parseRate(rateMatch[1]!.trim()) : undefined };
}
