// The ESP's own export file (issue 17 §4): every fixture read to exact values, merged by address
// with the page rows; every bad file an error value that changes nothing.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isBounceListFile, mergeBounces, readExportBytes } from '../../../lib/esp/export-file';
import { normalizeHeader } from '../../../lib/import/columns';
import type { BouncedAddress } from '../../../lib/esp/types';

const dir = join(__dirname, '../../fixtures/esp-exports');
const read = (name: string) => readExportBytes(new Uint8Array(readFileSync(join(dir, name))));
const ok = async (name: string) => {
  const r = await read(name);
  if (!r.ok) throw new Error(`${name}: ${r.error.kind}`);
  return r.file;
};
const enc = (s: string) => new TextEncoder().encode(s);

describe('reading ESP export files', () => {
  it('Mailchimp "Export recipients": the recipients, by the system columns', async () => {
    const f = await ok('mailchimp-sent-recipients.csv');
    expect([f.esp, f.kind, f.skipped, f.columns]).toEqual(['mailchimp', 'recipients', 0, { email: 'Email Address' }]);
    expect(f.rows.map((r) => r.email)).toEqual([
      'marc.janssens1974@gmail.com',
      'els.desmet@hotmail.com',
      'k.wouters@telenet.be',
      '+32470123456@example.be',
      'an.verhaegen@atelier-klant.be',
      'sofie.vandamme@yahoo.com',
    ]);
    expect(f.rows[0]).toEqual({ email: 'marc.janssens1974@gmail.com', espType: 'unknown' });
  });

  it('Mailchimp bounced list from a Dutch account: ";" and a quoted ";" inside a field', async () => {
    const f = await ok('mailchimp-bounced-nl.csv');
    expect([f.esp, f.kind, f.columns.email, f.rows.length]).toEqual(['mailchimp', 'recipients', 'E-mailadres', 4]);
  });

  it('Campaign Monitor: type and reason apart, BounceStudio reasons', async () => {
    const f = await ok('campaign-monitor-bounced.csv');
    expect([f.esp, f.kind, f.columns]).toEqual([
      'campaign-monitor',
      'bounces',
      { email: 'Email Address', type: 'Bounce Type', reason: 'Reason', date: 'Date' },
    ]);
    expect(f.rows[2]).toEqual({
      email: 'tom.peeters@outlook.com',
      espType: 'soft',
      reason: 'Mail Block - Spam Detected',
      date: '2026-03-10 09:12:09',
      espLabel: 'Soft',
    });
    expect(f.rows.map((r) => r.espType)).toEqual(['hard', 'soft', 'soft', 'soft', 'hard']);
  });

  it('Campaign Monitor in French, saved by Excel as Windows-1252', async () => {
    const f = await ok('campaign-monitor-bounced-fr-1252.csv');
    expect([f.esp, f.columns]).toEqual([
      'campaign-monitor',
      { email: 'Adresse e-mail', type: 'Type de rebond', reason: 'Raison', date: 'Date' },
    ]);
    expect(f.rows).toEqual([
      {
        email: 'jérôme.dupont@proximus.be',
        espType: 'hard',
        reason: 'Hard Bounce',
        date: '10/03/2026 09:12',
        espLabel: 'Hard',
      },
      {
        email: 'hélène.leroy@skynet.be',
        espType: 'soft',
        reason: 'Soft Bounce - Mailbox Full',
        date: '10/03/2026 09:13',
        espLabel: 'Soft',
      },
    ]);
  });

  it('ActiveCampaign in English, German and Spanish', async () => {
    const en = await ok('activecampaign-bounces.csv');
    expect([en.esp, en.kind, en.columns]).toEqual([
      'activecampaign',
      'bounces',
      { email: 'Email', type: 'Bounce Type', reason: 'Description', code: 'Bounce Code', date: 'Date' },
    ]);
    expect(en.rows[1]).toEqual({
      email: 'tom.peeters@outlook.com',
      espType: 'soft',
      code: '5.7.515',
      reason: 'Access denied, sending domain does not meet the required authentication level',
      date: '2026-03-10 09:12:09',
      espLabel: 'Soft',
    });
    expect((await ok('activecampaign-bounces-de.csv')).rows).toEqual([
      {
        email: 'lukas.becker@web.de',
        espType: 'hard',
        code: '5.1.1',
        reason: 'Bad destination mailbox address',
        date: '10.03.2026',
        espLabel: 'Hart',
      },
    ]);
    const es = await ok('activecampaign-bounces-es.csv');
    expect([es.esp, es.columns]).toEqual([
      'unrecognised',
      {
        email: 'Dirección de correo electrónico',
        type: 'Tipo de rebote',
        reason: 'Descripción',
        code: 'Código',
        date: 'Fecha',
      },
    ]);
    expect(es.rows[0]!.espType).toBe('soft');
  });

  it('Mailchimp recipients from a Dutch account, re-saved by Excel as Windows-1252 with ";"', async () => {
    // Accented addresses (RFC 6531), a quoted ";" and a quoted line break, "€" and "’" (0x80, 0x92:
    // where Windows-1252 differs from Latin-1) in the fields around them.
    const f = await ok('mailchimp-sent-recipients-nl-1252.csv');
    expect([f.esp, f.kind, f.skipped, f.columns]).toEqual(['mailchimp', 'recipients', 0, { email: 'E-mailadres' }]);
    expect(f.rows).toEqual([
      { email: 'hélène.leroy@skynet.be', espType: 'unknown' },
      { email: 'zoë.mertens@telenet.be', espType: 'unknown' },
      { email: 'jérôme.dupont@proximus.be', espType: 'unknown' },
    ]);
  });

  it("finds the header below a title line, and honours Excel's sep= line (refused before the shared reader)", async () => {
    const titled = await readExportBytes(
      enc('Bounced recipients: Lente 2026\r\n\r\nEmail,Bounce Type,Reason\r\na@example.be,Hard,Hard Bounce\r\n'),
    );
    expect(titled).toEqual({
      ok: true,
      file: {
        esp: 'campaign-monitor',
        kind: 'bounces',
        rows: [{ email: 'a@example.be', espType: 'hard', reason: 'Hard Bounce', espLabel: 'Hard' }],
        columns: { email: 'Email', type: 'Bounce Type', reason: 'Reason' },
        skipped: 0,
      },
    });
    const sep = await readExportBytes(enc('sep=;\r\nEmail;Bounce Code\r\nb@example.be;5.1.1\r\n'));
    expect(sep.ok && sep.file.rows).toEqual([{ email: 'b@example.be', espType: 'unknown', code: '5.1.1' }]);
  });

  it('reads UTF-16 without a BOM (it was refused as binary before the shared reader)', async () => {
    const text = 'Email\tBounce Type\r\nzoë@example.be\tSoft\r\njan@example.be\tHard\r\n';
    const le = new Uint8Array(Array.from(text).flatMap((c) => [c.charCodeAt(0), 0]));
    const r = await readExportBytes(le);
    expect(r.ok && r.file.rows).toEqual([
      { email: 'zoë@example.be', espType: 'soft', espLabel: 'Soft' },
      { email: 'jan@example.be', espType: 'hard', espLabel: 'Hard' },
    ]);
  });

  it('a bare list of addresses has no e-mail column to name: the first row is shown', async () => {
    expect(await readExportBytes(enc('a@example.be,Hard\r\nb@example.be,Soft\r\n'))).toEqual({
      ok: false,
      error: { kind: 'no-email-column', detail: 'a@example.be, Hard' },
    });
  });

  it.each([
    ['empty.csv', 'empty'],
    ['header-only.csv', 'empty'],
    ['renamed-spreadsheet.csv', 'binary'],
    ['no-email-column.csv', 'no-email-column'],
    ['crm-contacts.csv', 'not-an-esp-export'],
  ])('%s is refused as %s', async (name, kind) => {
    const r = await read(name);
    expect(r.ok ? 'accepted' : r.error.kind).toBe(kind);
  });

  it('names the columns it saw when refusing', async () => {
    const r = await read('crm-contacts.csv');
    expect(r.ok ? undefined : r.error.detail).toBe('Email, Name, Company, Customer since');
    const none = await read('no-email-column.csv');
    expect(none.ok ? undefined : none.error).toEqual({ kind: 'no-email-column', detail: 'Name, Company, Phone' });
  });

  it('decodes UTF-16 with a BOM and refuses NUL-laden bytes', async () => {
    const text = 'Email,Bounce Type\r\na@example.be,Hard\r\n';
    const le = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0), 0])]);
    const r = await readExportBytes(le);
    expect(r.ok && r.file.rows).toEqual([{ email: 'a@example.be', espType: 'hard', espLabel: 'Hard' }]);
    expect(await readExportBytes(new Uint8Array([0x41, 0, 0x42]))).toEqual({ ok: false, error: { kind: 'binary' } });
  });

  it('normalises headers in the five languages', async () => {
    expect(
      ['E-Mail-Adresse', 'Adresse e-mail', 'E-mailadres', 'Dirección de correo electrónico', 'Email Address'].map(
        normalizeHeader,
      ),
    ).toEqual(['emailadresse', 'adresseemail', 'emailadres', 'direcciondecorreoelectronico', 'emailaddress']);
  });
});

describe('merging with the page rows', () => {
  const page: BouncedAddress[] = [
    {
      email: 'marc.janssens1974@gmail.com',
      espType: 'hard',
      reason: '550 5.1.1 The email account that you tried to reach does not exist.',
    },
    { email: 'tom.peeters@outlook.com', espType: 'soft' },
  ];

  it('completes the page rows from the file and adds the rest, by address', async () => {
    const m = mergeBounces(page, (await ok('activecampaign-bounces.csv')).rows);
    expect([m.added, m.completed, m.rows.length]).toEqual([1, 2, 3]);
    expect(m.rows[0]).toEqual({ ...page[0], code: '5.1.1', date: '2026-03-10 09:12:00', espLabel: 'Hard' });
    expect(m.rows[1]!.code).toBe('5.7.515');
    expect(m.rows[2]!.email).toBe('bart.willems@gmail.com');
    expect(page[1]).toEqual({ email: 'tom.peeters@outlook.com', espType: 'soft' }); // the input is not changed
  });

  it('a file without bounce columns is the bounce list only when it fits the stated count and holds the page rows', async () => {
    const nl = await ok('mailchimp-bounced-nl.csv');
    const shown = [{ email: 'sofie.vandamme@yahoo.com', espType: 'soft' as const }];
    expect(isBounceListFile(nl, { rows: shown, stated: 4 })).toBe(true);
    expect(isBounceListFile(nl, { rows: shown, stated: 3 })).toBe(false);
    expect(
      isBounceListFile(await ok('mailchimp-sent-recipients.csv'), {
        rows: [{ email: 'x@example.be', espType: 'soft' }],
        stated: 392,
      }),
    ).toBe(false);
    expect(mergeBounces(shown, nl.rows)).toMatchObject({ added: 3, completed: 0 });
  });
});
