import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../lib/export/csv';

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
  ])('neutralises %j', (value, out) => expect(toCsv([{ v: value }], ['v'])).toBe(`v\r\n${out}\r\n`));

  it('leaves numbers alone, negative ones too', () => expect(toCsv([{ v: -5 }], ['v'])).toBe('v\r\n-5\r\n'));
});
