// Numbers as ESP pages print them in the account's locale (esp-pages.md "General"):
// 1,234 / 1.234 / 1 234 (NBSP or narrow NBSP too) for counts; 19.6% / 19,6 % for rates.
// Parsed strictly (issue 17 §2): a sign or an exponent is never dropped — "-12" and "1e309" are
// refused, not read as 12 and 309 — and anything ambiguous or abbreviated ("1.2K") is refused.

const SPACES = /[\s\u00a0\u202f\u2009']/g;
/** A number token as it can appear in page text, sign and exponent included so they are seen. */
const TOKEN = /[+\-\u2212]?\d[\d.,\s\u00a0\u202f\u2009']*(?:[eE][+\-\u2212]?\d+)?/;

/** A count read from page text: the value, or the text refused. */
export type CountReading = { value: number } | { refused: string } | undefined;

/** Parses a whole count with any thousands grouping; undefined when it is not one. */
export function parseCount(text: string | null | undefined): number | undefined {
  const r = readCount(text);
  return r && 'value' in r ? r.value : undefined;
}

/** Like parseCount, but says when there was a number that is not a count ("-12", "1e309"). */
export function readCount(text: string | null | undefined): CountReading {
  if (text == null) return undefined;
  const raw = text.trim();
  if (!raw) return undefined;
  const t = raw.replace(SPACES, '');
  if (/^\d{1,3}(,\d{3})+$|^\d{1,3}(\.\d{3})+$|^\d+$/.test(t)) {
    const value = Number(t.replace(/[.,]/g, ''));
    return Number.isSafeInteger(value) ? { value } : { refused: raw };
  }
  return /\d/.test(t) ? { refused: raw } : undefined;
}

/** The first number token in a text (sign and exponent kept), e.g. "-12 bounced" → "-12". */
export function numberToken(text: string): string | undefined {
  return TOKEN.exec(text)?.[0].trim();
}

/** Reads the count a text starts with, "392 bounced" → 392; "-12 bounced" refused. */
export function leadingCount(text: string): CountReading {
  const m = TOKEN.exec(text);
  if (!m || text.slice(0, m.index).trim() !== '') return undefined;
  return readCount(m[0]);
}

/** The number of decimals a shown rate was printed with ("19.6%" → 1), for its rounding. */
export function rateDecimals(text: string): number {
  return /[.,](\d+)\s*%/.exec(text)?.[1]?.length ?? 0;
}

/** Parses a percentage ("19.6%", "19,6 %", "0%") into a fraction; undefined when it is not one. */
export function parseRate(text: string | null | undefined): number | undefined {
  if (text == null) return undefined;
  const m = /^(\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})*|\d+)(?:([.,])(\d+))?\s*%$/.exec(
    text.trim().replace(/[\u00a0\u202f]/g, ' '),
  );
  if (!m) return undefined;
  const whole = Number(m[1]!.replace(/[.,\s]/g, ''));
  const frac = m[3] ? Number(`0.${m[3]}`) : 0;
  const value = Math.round(((whole + frac) / 100) * 1e8) / 1e8;
  // Round away binary noise: 19.6 / 100 must be 0.196 exactly as written. Over 100 % is no rate.
  return value <= 1 ? value : undefined;
}

/** The rate inside a text such as "2,401 (98,0%)" or "Bounce rate 19.6%". */
export function rateIn(text: string | undefined): number | undefined {
  const m = text ? /(\d[\d.,\s\u00a0\u202f]*\s*%)/.exec(text) : null;
  return m ? parseRate(m[1]!.trim()) : undefined;
}

/** A value shown as "704 (35.2%)", "35.2% (704)" or "35,2 % · 704": the count and the rate in it. */
export function parseCountAndRate(text: string | undefined): {
  count?: CountReading;
  rate?: number;
  rateText?: string;
} {
  if (!text) return {};
  const rateMatch = /(\d[\d.,\s\u00a0\u202f]*\s*%)/.exec(text);
  const rest = (rateMatch ? text.replace(rateMatch[1]!, ' ') : text).replace(/[()·|]/g, ' ').trim();
  const token = numberToken(rest);
  return {
    count: token !== undefined ? readCount(token) : undefined,
    rate: rateMatch ? parseRate(rateMatch[1]!.trim()) : undefined,
    rateText: rateMatch?.[1]?.trim(),
  };
}

/** Is the whole text one figure as a metric tile shows it: "1.204", "296 (24,6%)", "24,6 %" (signs kept to be refused)? */
export function isFigureText(text: string | undefined): boolean {
  return (
    !!text &&
    /^[+\-\u2212]?\d[\d.,\s\u00a0\u202f']*(?:[eE][+\-\u2212]?\d+)?\s*%?\s*(?:[(·|]\s*\d[\d.,\s\u00a0\u202f]*%?\s*\)?)?$/.test(
      text.trim(),
    )
  );
}
