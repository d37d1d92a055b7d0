// The ESP's own export file (issue 17 §4): every fixture read to exact values, merged by address
// with the page rows; every bad file an error value that changes nothing.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes, isBounceListFile, mergeBounces, normaliseHeader, readExportBytes } from '../../../lib/esp/export-file';
import type { BouncedAddress } from '../../../lib/esp/types';

const dir = join(__dirname, '../../fixtures/esp-exports');
const read = (name: string) => readExportBytes(new Uint8Array(readFileSync(join(dir, name))));
const ok = (name: string) => {
  const r = read(name);
  if (!r.ok) throw new Error(`${name}: ${r.error.kind}`);
  return r.file;
};

describe('reading ESP export files', () => {
  it('Mailchimp "Export recipients": the recipients, by the system columns', () => {
    const f = ok('mailchimp-sent-recipients.csv');
    expect([f.esp, f.kind, f.skipped, f.columns]).toEqual(['mailchimp', 'recipients', 0, { email: 'Email Address' }]);
    expect(f.rows.map((r) => r.email)).toEqual([
      'marc.janssens1974@gmail.com', 'els.desmet@hotmail.com', 'k.wouters@telenet.be', '+32470123456@example.be', 'an.verhaegen@atelier-klant.be', 'sofie.vandamme@yahoo.com',
    ]);
    expect(f.rows[0]).toEqual({ email: 'marc.janssens1974@gmail.com', espType: 'unknown' });
  });

  it('Mailchimp bounced list from a Dutch account: ";" and a quoted ";" inside a field', () => {
    const f = ok('mailchimp-bounced-nl.csv');
    expect([f.esp, f.kind, f.columns.email, f.rows.length]).toEqual(['mailchimp', 'recipients', 'E-mailadres', 4]);
  });

  it('Campaign Monitor: type and reason apart, BounceStudio reasons', () => {
    const f = ok('campaign-monitor-bounced.csv');
    expect([f.esp, f.kind, f.columns]).toEqual(['campaign-monitor', 'bounces', { email: 'Email Address', type: 'Bounce Type', reason: 'Reason', date: 'Date' }]);
    expect(f.rows[2]).toEqual({ email: 'tom.peeters@outlook.com', espType: 'soft', reason: 'Mail Block - Spam Detected', date: '2026-03-10 09:12:09', espLabel: 'Soft' });
    expect(f.rows.map((r) => r.espType)).toEqual(['hard', 'soft', 'soft', 'soft', 'hard']);
  });

  it('Campaign Monitor in French, saved by Excel as Windows-1252', () => {
    const f = ok('campaign-monitor-bounced-fr-1252.csv');
    expect([f.esp, f.columns]).toEqual(['campaign-monitor', { email: 'Adresse e-mail', type: 'Type de rebond', reason: 'Raison', date: 'Date' }]);
    expect(f.rows).toEqual([
      { email: 'jérôme.dupont@proximus.be', espType: 'hard', reason: 'Hard Bounce', date: '10/03/2026 09:12', espLabel: 'Hard' },
      { email: 'hélène.leroy@skynet.be', espType: 'soft', reason: 'Soft Bounce - Mailbox Full', date: '10/03/2026 09:13', espLabel: 'Soft' },
    ]);
  });

  it('ActiveCampaign in English, German and Spanish', () => {
    const en = ok('activecampaign-bounces.csv');
    expect([en.esp, en.kind, en.columns]).toEqual(['activecampaign', 'bounces', { email: 'Email', type: 'Bounce Type', reason: 'Description', code: 'Bounce Code', date: 'Date' }]);
    expect(en.rows[1]).toEqual({ email: 'tom.peeters@outlook.com', espType: 'soft', code: '5.7.515', reason: 'Access denied, sending domain does not meet the required authentication level', date: '2026-03-10 09:12:09', espLabel: 'Soft' });
    expect(ok('activecampaign-bounces-de.csv').rows).toEqual([{ email: 'lukas.becker@web.de', espType: 'hard', code: '5.1.1', reason: 'Bad destination mailbox address', date: '10.03.2026', espLabel: 'Hart' }]);
    const es = ok('activecampaign-bounces-es.csv');
    expect([es.esp, es.columns]).toEqual(['unrecognised', { email: 'Dirección de correo electrónico', type: 'Tipo de rebote', reason: 'Descripción', code: 'Código', date: 'Fecha' }]);
    expect(es.rows[0]!.espType).toBe('soft');
  });

  it.each([
    ['empty.csv', 'empty'],
    ['header-only.csv', 'empty'],
    ['renamed-spreadsheet.csv', 'binary'],
    ['no-email-column.csv', 'no-email-column'],
    ['crm-contacts.csv', 'not-an-esp-export'],
  ])('%s is refused as %s', (name, kind) => {
    const r = read(name);
    expect(r.ok ? 'accepted' : r.error.kind).toBe(kind);
  });

  it('names the columns it saw when refusing', () => {
    const r = read('crm-contacts.csv');
    expect(r.ok ? undefined : r.error.detail).toBe('Email, Name, Company, Customer since');
  });

  it('decodes UTF-16 with a BOM and refuses NUL-laden bytes', () => {
    const text = 'Email,Bounce Type\r\na@example.be,Hard\r\n';
    const le = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0), 0])]);
    const r = readExportBytes(le);
    expect(r.ok && r.file.rows).toEqual([{ email: 'a@example.be', espType: 'hard', espLabel: 'Hard' }]);
    expect(decodeBytes(new Uint8Array([0x41, 0, 0x42]))).toEqual({ ok: false, error: { kind: 'binary' } });
  });

  it('normalises headers in the five languages', () => {
    expect(['E-Mail-Adresse', 'Adresse e-mail', 'E-mailadres', 'Dirección de correo electrónico', 'Email Address'].map(normaliseHeader)).toEqual([
      'emailadresse', 'adresseemail', 'emailadres', 'direcciondecorreoelectronico', 'emailaddress',
    ]);
  });
});

describe('merging with the page rows', () => {
  const page: BouncedAddress[] = [
    { email: 'marc.janssens1974@gmail.com', espType: 'hard', reason: '550 5.1.1 The email account that you tried to reach does not exist.' },
    { email: 'tom.peeters@outlook.com', espType: 'soft' },
  ];

  it('completes the page rows from the file and adds the rest, by address', () => {
    const m = mergeBounces(page, ok('activecampaign-bounces.csv').rows);
    expect([m.added, m.completed, m.rows.length]).toEqual([1, 2, 3]);
    expect(m.rows[0]).toEqual({ ...page[0], code: '5.1.1', date: '2026-03-10 09:12:00', espLabel: 'Hard' });
    expect(m.rows[1]!.code).toBe('5.7.515');
    expect(m.rows[2]!.email).toBe('bart.willems@gmail.com');
    expect(page[1]).toEqual({ email: 'tom.peeters@outlook.com', espType: 'soft' }); // the input is not changed
  });

  it('a file without bounce columns is the bounce list only when it fits the stated count and holds the page rows', () => {
    const nl = ok('mailchimp-bounced-nl.csv');
    const shown = [{ email: 'sofie.vandamme@yahoo.com', espType: 'soft' as const }];
    expect(isBounceListFile(nl, { rows: shown, stated: 4 })).toBe(true);
    expect(isBounceListFile(nl, { rows: shown, stated: 3 })).toBe(false);
    expect(isBounceListFile(ok('mailchimp-sent-recipients.csv'), { rows: [{ email: 'x@example.be', espType: 'soft' }], stated: 392 })).toBe(false);
    expect(mergeBounces(shown, nl.rows)).toMatchObject({ added: 3, completed: 0 });
  });
});
