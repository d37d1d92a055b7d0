// Dates as CRM/ERP exports write them: ISO 8601 (with or without time), day-first numerals as in
// Belgium, the Netherlands and France (31/12/2025, 31-12-2025, 31.12.2025), US month-first only
// where the day cannot be the first number (12/31/2025), two-digit years, Excel serial numbers,
// and Unix timestamps. Unparseable → undefined ("no date"), never a guess.

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?!\d)(?:[ T]+(\d{1,2}):(\d{2}))?/;

function utc(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): number | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return undefined;
  const t = Date.UTC(y, m - 1, d, hh, mm, ss);
  return new Date(t).getUTCDate() === d ? t : undefined;
}

/** A date cell as milliseconds since 1970 (UTC), or undefined. */
export function parseDateCell(cell: string | undefined): number | undefined {
  const s = cell?.trim();
  if (!s) return undefined;
  let m = ISO.exec(s);
  if (m) return utc(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  m = NUMERIC.exec(s);
  if (m) {
    let [a, b] = [+m[1]!, +m[2]!];
    let y = +m[3]!;
    if (m[3]!.length === 2) y += y < 70 ? 2000 : 1900;
    if (b > 12 && a <= 12) [a, b] = [b, a]; // 12/31/2025: month first
    return utc(y, b, a, +(m[4] ?? 0), +(m[5] ?? 0));
  }
  if (/^\d+(\.\d+)?$/.test(s)) {
    const n = +s;
    // Excel serial day numbers (1900 system): 25569 = 1970-01-01; plausible from 1990 to 2100.
    if (n >= 32874 && n <= 73051) return Math.round((n - 25569) * 86400000);
    // Unix time in seconds or milliseconds.
    if (n >= 6e8 && n <= 4.2e9) return n * 1000;
    if (n >= 6e11 && n <= 4.2e12) return n;
  }
  return undefined;
}
