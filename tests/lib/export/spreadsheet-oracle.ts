// A test oracle, independent of lib/export/csv.ts: would a spreadsheet (Excel, LibreOffice Calc,
// Google Sheets — the union of their grammars, generously) evaluate this cell as a formula when
// the CSV is opened? Models what the issue names: importers trim leading blanks (spaces, NBSP,
// line breaks, zero-width), fold full-width forms (＝ → =), and take = + - @ as formula starts; a
// leading "'" makes the cell text. A "=" start is always formula mode; a "+", "-" or "@" start is
// a formula when the rest parses (otherwise the program keeps the text, or shows a parse error).

const BLANKS = /^[\s\u00A0\u1680\u180E\u2000-\u200F\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]+/;

/** True when a spreadsheet would treat the cell text as a formula. */
export function wouldEvaluate(text: string): boolean {
  const s = text.replace(BLANKS, '').normalize('NFKC').replace(/\u2212/g, '-');
  if (s.startsWith("'")) return false;
  if (s.startsWith('=')) return true;
  if (!/^[+\-@]/.test(s)) return false;
  return parses(s);
}

type Tok = { t: 'op' | 'num' | 'str' | 'name' | 'punct'; v: string };

function tokenize(s: string): Tok[] | undefined {
  const out: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^\s+/.exec(rest))) i += m[0].length;
    else if ((m = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest))) (out.push({ t: 'num', v: m[0] }), (i += m[0].length));
    else if ((m = /^"(?:[^"]|"")*"/.exec(rest))) (out.push({ t: 'str', v: m[0] }), (i += m[0].length));
    else if ((m = /^'(?:[^']|'')*'/.exec(rest))) (out.push({ t: 'name', v: m[0] }), (i += m[0].length)); // quoted sheet / DDE topic
    else if ((m = /^[A-Za-z_\\$][A-Za-z0-9_.$]*/.exec(rest))) (out.push({ t: 'name', v: m[0] }), (i += m[0].length));
    else if ((m = /^(<>|<=|>=|[+\-*/^&=<>:%@])/.exec(rest))) (out.push({ t: 'op', v: m[0] }), (i += m[0].length));
    else if ((m = /^[(),;{}!|]/.exec(rest))) (out.push({ t: 'punct', v: m[0] }), (i += m[0].length));
    else return undefined;
  }
  return out;
}

function parses(s: string): boolean {
  const toks = tokenize(s);
  if (!toks) return false;
  let p = 0;
  const peek = () => toks[p];
  const eat = (v: string) => (toks[p]?.v === v ? (p++, true) : false);
  const BIN = new Set(['+', '-', '*', '/', '^', '&', '=', '<>', '<=', '>=', '<', '>', ':']);
  const reference = (): boolean => {
    // name, sheet!ref, DDE app|topic!item
    if (peek()?.t !== 'name') return false;
    p++;
    if (eat('|')) {
      if (peek()?.t !== 'name') return false;
      p++;
    }
    if (eat('!')) {
      if (peek()?.t !== 'name' && peek()?.t !== 'num') return false;
      p++;
    }
    if (eat('(')) {
      if (eat(')')) return true;
      do if (!expr()) return false;
      while (eat(',') || eat(';'));
      return eat(')');
    }
    return true;
  };
  const primary = (): boolean => {
    const tk = peek();
    if (!tk) return false;
    if (tk.t === 'num' || tk.t === 'str') return (p++, true);
    if (tk.t === 'name') return reference();
    if (eat('(')) return expr() && eat(')');
    if (eat('{')) {
      do if (!expr()) return false;
      while (eat(',') || eat(';'));
      return eat('}');
    }
    return false;
  };
  const unary = (): boolean => {
    while (peek()?.v === '+' || peek()?.v === '-' || peek()?.v === '@') p++;
    if (!primary()) return false;
    while (eat('%'));
    return true;
  };
  function expr(): boolean {
    if (!unary()) return false;
    while (peek() && BIN.has(peek()!.v) && peek()!.t === 'op') {
      p++;
      if (!unary()) return false;
    }
    return true;
  }
  return expr() && p === toks.length;
}
