import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { isFormulaLike, toCsv } from '../../../lib/export/csv';
import { isValidAddress } from '../../../lib/hygiene/flags';
import { wouldEvaluate } from './spreadsheet-oracle';

/** What an importer reads back from one written cell. */
const readBack = (csv: string): string => (Papa.parse<string[]>(csv.replace(/^v\r\n/, ''), { newline: '\r\n', delimiter: ',' }).data[0] ?? [''])[0]!;
const one = (v: string) => toCsv([{ v }], ['v']);

describe('toCsv', () => {
  it('writes RFC 4180 with CRLF and quotes only what needs it', () => {
    const csv = toCsv(
      [
        { email: 'jan@example.be', reason: '550 5.1.1 User unknown', n: 3 },
        { email: 'els@example.be', reason: 'says "no", twice\nreally', n: undefined },
      ],
      ['email', 'reason', 'n'],
    );
    expect(csv).toBe('email,reason,n\r\njan@example.be,550 5.1.1 User unknown,3\r\nels@example.be,"says ""no"", twice\nreally",\r\n');
  });

  it('uses ; for Dutch Excel and writes the BOM when asked', () => {
    const csv = toCsv([{ a: '1;2', b: 'é' }], ['a', 'b'], { delimiter: ';', bom: true });
    expect(Array.from(new TextEncoder().encode(csv))).toEqual(Array.from(new TextEncoder().encode('\uFEFFa;b\r\n"1;2";é\r\n')));
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+31 6 1234', "'+31 6 1234"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    // Issue 13 §8: after leading whitespace, NBSP, line breaks, and in full-width form.
    [' =1+1', "' =1+1"],
    ['\u00A0=1+1', "'\u00A0=1+1"],
    ['\n=1+1', `"'\n=1+1"`],
    ['\r\n@SUM(1)', `"'\r\n@SUM(1)"`],
    ['\u3000+1+1', "'\u3000+1+1"],
    ['\u200B=1+1', "'\u200B=1+1"],
    ['＝1+1', "'＝1+1"],
    ['＋1+1', "'＋1+1"],
    ['－1+1', "'－1+1"],
    ['＠SUM(1)', "'＠SUM(1)"],
    ['\u2212 1+1', "'\u2212 1+1"],
    ['=cmd|\'/C calc\'!A0', `'=cmd|'/C calc'!A0`],
  ])('neutralises %j', (value, out) => expect(one(value)).toBe(`v\r\n${out}\r\n`));

  it.each(['+32470123456@example.be', '-jan@example.be', '+31612345678@ziggo.nl', 'jan.peeters+news@telenet.be', '+x_y-z.1@sub.example.co.uk'])(
    'never alters the valid address %s, and no spreadsheet evaluates it',
    (email) => {
      expect(isValidAddress(email)).toBe(true);
      expect(one(email)).toBe(`v\r\n${email}\r\n`);
      expect(wouldEvaluate(email)).toBe(false);
    },
  );

  it('neutralises a "valid" address that a spreadsheet could evaluate (DDE before an @ operator)', () => {
    const hostile = "=cmd|'/Ccalc'!A0+@evil.example";
    const sneaky = "+cmd|'/Ccalc'!A0+@evil.example";
    for (const s of [hostile, sneaky, '+a-@c.example']) {
      expect(isValidAddress(s)).toBe(true);
      expect(wouldEvaluate(s)).toBe(true);
      expect(readBack(one(s))).toBe(`'${s}`);
      expect(wouldEvaluate(readBack(one(s)))).toBe(false);
    }
  });

  it('the oracle itself sees every payload above as a formula (so the test can fail)', () => {
    for (const s of [' =1+1', '\u00A0=1+1', '\n=1+1', '＝1+1', '＋1+1', '－1+1', '＠SUM(1)', '-2+3', '@SUM(A1)', '+A1*2', "+cmd|'/C calc'!A0"])
      expect(wouldEvaluate(s)).toBe(true);
    for (const s of ['+32470123456@example.be', 'hello', "'=1+1", '5.1.1'])
      expect(wouldEvaluate(s)).toBe(false);
  });

  it('no written cell is ever evaluated, and text survives the round trip (property)', () => {
    const chars = fc.constantFrom(...'=+-@＝＋－＠ \u00A0\n\r\t\u3000\u2212abcAZ019.,;"\'|!()%&*/^<>:$'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 14 }).map((a) => a.join('')), (s) => {
        const back = readBack(one(s));
        expect(wouldEvaluate(back)).toBe(false);
        expect(back === s || back === `'${s}`).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('valid addresses: safe always, unchanged whenever no spreadsheet evaluates them (property)', () => {
    const atext = fc.constantFrom(..."abcXYZ0189!#$%&'*+/=?^_`{|}~-".split(''));
    const local = fc.array(atext, { minLength: 1, maxLength: 10 }).map((a) => a.join(''));
    const address = fc.tuple(local, fc.constantFrom('example.be', 'telenet.be', 'x.co.uk')).map(([l, d]) => `${l}@${d}`);
    fc.assert(
      fc.property(address, (a) => {
        const back = readBack(one(a));
        expect(wouldEvaluate(back)).toBe(false);
        if (!/^[=+\-@]/.test(a)) expect(back).toBe(a);
        if (/^[+-][A-Za-z0-9_]+@/.test(a)) expect(back).toBe(a);
      }),
      { numRuns: 1500 },
    );
  });

  it('leaves numbers alone, negative ones too', () => expect(toCsv([{ v: -5 }], ['v'])).toBe('v\r\n-5\r\n'));
  it('leaves a blank cell and plain words alone', () => {
    expect(isFormulaLike('   ')).toBe(false);
    expect(isFormulaLike('Mailbox full')).toBe(false);
  });
});
