import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bytesSource, sniffBytes } from '../../../lib/import/bytes';
import { csvRows, inspectCsv, type CsvLayout } from '../../../lib/import/csv';

const fixture = (name: string, chunk?: number) =>
  bytesSource(new Uint8Array(readFileSync(`tests/fixtures/lists/${name}`)), chunk);
const enc = (s: string) => new TextEncoder().encode(s);

async function layoutOf(src: ReturnType<typeof bytesSource>): Promise<CsvLayout> {
  const r = await inspectCsv(src);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.layout;
}
async function allRows(src: ReturnType<typeof bytesSource>, layout: CsvLayout) {
  const out: string[][] = [];
  for await (const b of csvRows(src, layout)) out.push(...b);
  return out;
}

describe('inspectCsv: encoding, delimiter, header, columns', () => {
  it('reads a Windows-1252, semicolon CRM export with quoted line breaks (Dutch headers)', async () => {
    // Chunks of 4 KB split quoted notes and would split characters: the rows must not notice.
    const src = fixture('crm-export-nl-1252.csv', 4096);
    const l = await layoutOf(src);
    expect([l.encoding, l.delimiter, l.newline, l.hasHeader, l.sepLine]).toEqual([
      'windows-1252',
      ';',
      '\r\n',
      true,
      false,
    ]);
    expect(l.headers).toEqual([
      'Voornaam',
      'Achternaam',
      'E-mailadres',
      'Bedrijf',
      'Laatste activiteit',
      'Aangemaakt op',
      'Klant',
      'Opmerking',
    ]);
    expect(l.guess).toEqual({ email: 2, lastActivity: 4, created: 5, customer: 6, firstName: 0, lastName: 1 });
    const rows = await allRows(src, l);
    expect(rows).toHaveLength(2000);
    expect(rows.every((r) => r.length === 8)).toBe(true);
    expect(rows[0]).toEqual([
      'Jan',
      'Peeters',
      'jan.peeters1@gmail.com',
      '',
      '14/05/2026',
      '2024-06-13 10:00',
      'Ja',
      'Klant sinds 2019; belt liever\nniet na 17u',
    ]);
    expect(rows.filter((r) => /[éëïüç]/.test(r[0]!)).length).toBeGreaterThan(500);
  });

  it('reads UTF-8 with a BOM, commas, French headers and quoted addresses with commas and line breaks', async () => {
    const src = fixture('odoo-contacts-fr-bom.csv');
    const l = await layoutOf(src);
    expect([l.encoding, l.delimiter, l.headers[0], l.headers[4]]).toEqual(['utf-8', ',', 'Nom', 'Dernière activité']);
    expect(l.guess).toEqual({ email: 2, lastActivity: 4, created: 5, customer: 6, firstName: 1, lastName: 0 });
    const rows = await allRows(src, l);
    expect(rows.map((r) => r[2])).toEqual([
      'gaelle.dubois@skynet.be',
      'noel.lefevre@hotmial.com',
      'ines.martin@yopmail.com',
      'INFO@ATELIER-DUBOIS.BE',
      'jürgen.leroy@müller.de',
      'gaelle.dubois@skynet.be',
    ]);
    expect(rows[0]![3]).toBe('Rue de la Station 12, boîte 3\n4000 Liège');
  });

  it("honours Excel's sep= line and English headers", async () => {
    const src = fixture('excel-sep-en.csv');
    const l = await layoutOf(src);
    expect([l.delimiter, l.sepLine, l.headers]).toEqual([
      ';',
      true,
      ['E-mail Address', 'Name', 'Last Order', 'Customer'],
    ]);
    expect(l.guess).toEqual({ email: 0, lastOrder: 2, customer: 3 });
    expect((await allRows(src, l)).map((r) => r[0])).toEqual([
      'jan.claes@telnet.be',
      'marie@bakkerij-peeters.be',
      'verkoop@drukkerij-lambrecht.be',
    ]);
  });

  it('reads a bare list of addresses without a header, blank lines dropped', async () => {
    const src = fixture('emails-only.txt');
    const l = await layoutOf(src);
    expect([l.hasHeader, l.headers, l.guess]).toEqual([false, [''], { email: 0 }]);
    expect((await allRows(src, l)).map((r) => r[0])).toEqual([
      'jan.peeters@telenet.be',
      'marie.claes@gmail.com',
      'koen@kpnmail.nl',
      'not an address',
    ]);
  });

  it('reads Excel\'s UTF-16 "Unicode text" (tabs)', async () => {
    const src = fixture('outlook-unicode.txt');
    const l = await layoutOf(src);
    expect([l.encoding, l.delimiter, l.guess.email]).toEqual(['utf-16le', '\t', 0]);
    expect(await allRows(src, l)).toEqual([
      ['zoe.mertens@outlook.be', 'Zoë', 'Mertens'],
      ['koen.claes@ziggo.nl', 'Koen', 'Claes'],
    ]);
  });

  it('finds the email column by content when no header names it', async () => {
    const l = await layoutOf(
      bytesSource(enc('Naam|Contact|Stad\nJan|jan@telenet.be|Gent\nMarie|marie@skynet.be|Luik\n')),
    );
    expect([l.delimiter, l.hasHeader, l.guess.email]).toEqual(['|', true, 1]);
  });

  it('takes a file as UTF-8 only when all of it is valid UTF-8', async () => {
    // Valid UTF-8 for 70 KB, then one Windows-1252 "é" (0xE9): the whole file is Windows-1252.
    const head = enc(`email\n${'jan@telenet.be\n'.repeat(5000)}`);
    const bytes = new Uint8Array(head.length + 20);
    bytes.set(head);
    bytes.set([0x72, 0xe9, 0x6e, 0xe9, 0x40, 0x78, 0x2e, 0x62, 0x65, 0x0a], head.length);
    const l = await layoutOf(bytesSource(bytes.subarray(0, head.length + 10), 8192));
    expect(l.encoding).toBe('windows-1252');
    const rows = await allRows(bytesSource(bytes.subarray(0, head.length + 10), 8192), l);
    expect(rows.at(-1)).toEqual(['réné@x.be']);
  });
});

describe("inspectCsv with the caller's header test", () => {
  it('skips the title lines above the header it accepts, in the layout and in the rows', async () => {
    const src = bytesSource(
      enc('sep=;\r\nBounced: Lente 2026\r\n\r\nEmail;Type\r\na@example.be;Hard\r\nb@example.be;Soft\r\n'),
    );
    const r = await inspectCsv(src, { isHeader: (row) => row.includes('Email') });
    if (!r.ok) throw new Error(r.error.kind);
    expect([r.layout.delimiter, r.layout.sepLine, r.layout.titleRows, r.layout.hasHeader, r.layout.headers]).toEqual([
      ';',
      true,
      1,
      true,
      ['Email', 'Type'],
    ]);
    expect(await allRows(src, r.layout)).toEqual([
      ['a@example.be', 'Hard'],
      ['b@example.be', 'Soft'],
    ]);
  });

  it('accepting no row leaves the usual guess', async () => {
    const src = bytesSource(enc('a@example.be,Hard\nb@example.be,Soft\n'));
    const r = await inspectCsv(src, { isHeader: () => false });
    expect(r.ok && [r.layout.hasHeader, r.layout.titleRows, r.layout.sample.length]).toEqual([false, undefined, 2]);
  });
});

describe('bad input is a clear error value', () => {
  it.each([
    ['empty.csv', { kind: 'empty' }],
    ['header-only.csv', { kind: 'no-rows' }],
    ['contacts.xlsx', { kind: 'binary', looksLike: 'xlsx' }],
  ])('%s → %j', async (name, error) => {
    expect(await inspectCsv(fixture(name))).toEqual({ ok: false, error });
  });

  it('a file with no address column is read, with no email guess (the caller says "no email column")', async () => {
    const l = await layoutOf(fixture('no-email-column.csv'));
    expect(l.guess.email).toBeUndefined();
  });

  it('calls NUL-ridden bytes binary and a BOM-only file empty', () => {
    expect(sniffBytes(new Uint8Array([1, 2, 0, 3, 4, 5, 6, 7]))).toEqual({ kind: 'binary' });
    expect(sniffBytes(new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual({ kind: 'empty' });
    expect(sniffBytes(enc('%PDF-1.7\n'))).toEqual({ kind: 'binary', looksLike: 'pdf' });
  });

  it('rejects text in neither UTF-8 nor Windows-1252', async () => {
    // Bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D), as a Mac Roman or DOS file has.
    const bytes = enc('email\njan@x.be\n'.repeat(3));
    const bad = new Uint8Array([...bytes, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x0a]);
    expect(await inspectCsv(bytesSource(bad))).toEqual({ ok: false, error: { kind: 'encoding' } });
  });
});
