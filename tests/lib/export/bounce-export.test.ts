// The clean-up list for the article's bounces: exact CSV bytes from the Mailchimp fixture rows
// with their gathered reasons, "reason not read" where none was read, the coverage in every row,
// headers and values in English, Dutch and French, and hostile strings kept inert.
import { describe, expect, it } from 'vitest';
import { buildExportRows, exportCsv, exportFileName, writeExport } from '../../../lib/export/bounce-export';
import { isDisposableDomain } from '../../../lib/hygiene/disposable';
import type { BouncedAddress } from '../../../lib/esp/types';
import { loadExpected } from '../../support/load-fixture';

const rows = loadExpected('bounce-rows.json') as {
  email: string;
  espType: 'hard' | 'soft';
  code: string;
  diagnostic: string;
}[];
const bounces: BouncedAddress[] = rows.map((r) => ({
  email: r.email,
  espType: r.espType,
  reason: r.diagnostic,
  date: '2026-03-10',
}));
const dead = new Map([['vdberghe-bouw.be', { state: 'dead' as const, why: 'nxdomain' as const }]]);

describe('bounce export', () => {
  it('triages every row and says what to do', () => {
    const out = buildExportRows(bounces, {
      isDisposable: isDisposableDomain,
      campaign: 'Lente-actie 2026',
      liveness: dead,
    });
    expect(out.map((r) => [r.email, r.flag, r.category, r.sub_reason, r.code, r.suggestion, r.action])).toEqual([
      ['marc.janssens1974@gmail.com', '', 'hard', 'user-unknown', '5.1.1', undefined, 'remove'],
      ['els.desmet@hotmail.com', '', 'hard', 'user-unknown', '5.5.0', undefined, 'remove'],
      ['k.wouters@telenet.be', '', 'soft', 'mailbox-full', '4.2.2', undefined, 'retry-later'],
      // Yahoo TSS04 and Gmail 4.7.28 are reputation deferrals (knowledge.md §6 rule 3): not "retry later".
      ['sofie.vandamme@yahoo.com', '', 'deferred', 'reputation', '4.7.0', undefined, 'pause-sending'],
      ['tom.peeters@outlook.com', '', 'blocked', 'auth', '5.7.515', undefined, 'check-auth'],
      ['administratie@vdberghe-bouw.be', 'role domain-dead', 'hard', 'domain', '5.4.4', undefined, 'remove'],
      ['jan.claes@gmial.com', 'typo', 'hard', 'domain', '5.1.2', 'jan.claes@gmail.com', 'fix-typo'],
      ['sales@oudeklant-bvba.be', 'role', 'hard', 'user-unknown', '5.1.1', undefined, 'remove'],
      ['lien.maes@skynet.be', '', 'hard', 'disabled', '5.2.1', undefined, 'remove'],
      ['bart.willems@gmail.com', '', 'deferred', 'reputation', '4.7.28', undefined, 'pause-sending'],
      ['noreply@leverancier-nl.nl', 'role', 'blocked', 'blocklist', '5.7.1', undefined, 'pause-sending'],
      ['info@drukkerij-lambrecht.be', 'role', 'hard', 'user-unknown', '5.1.1', undefined, 'remove'],
    ]);
    expect(out[4]!.disagreement).toBe('the ESP says soft, the reply says blocked (auth)');
  });

  it("words the ESP's disagreement in the export's language (a Dutch tab has no English texts)", () => {
    const nl = buildExportRows(bounces, { isDisposable: isDisposableDomain, lang: 'nl' });
    expect(nl[4]!.disagreement).toBe('de mailingtool zegt zacht, het antwoord zegt geblokkeerd (auth)');
    expect(writeExport(bounces, { isDisposable: isDisposableDomain, lang: 'nl' }).disagreements).toBe(2);
  });

  it('a bounce without a read reason is "reason not read", never "retry later" (issue 13 §5)', () => {
    const out = buildExportRows(
      [
        { email: 'a@example.be', espType: 'soft' },
        { email: 'b@example.be', espType: 'unknown', reason: '  ' },
        { email: 'c@example.be', espType: 'hard' },
      ],
      { isDisposable: isDisposableDomain },
    );
    expect(out.map((r) => [r.category, r.sub_reason, r.action])).toEqual([
      ['not-read', 'reason-not-read', 'read-reason'],
      ['not-read', 'reason-not-read', 'read-reason'],
      ['hard', 'reason-not-read', 'remove'],
    ]);
    const w = writeExport([{ email: 'a@example.be', espType: 'soft' }], {
      isDisposable: isDisposableDomain,
      coverage: { read: 1, stated: 1, complete: true },
    });
    expect(w.reasonsMissing).toBe(1);
    expect(w.csv).not.toContain('retry later');
    expect(w.csv.split('\r\n')[1]).toBe(
      'a@example.be,,reason not read,reason not read,soft,,,,,,,read the bounce reason first,1 of 1',
    );
  });

  it('writes the file, the counts and the addresses to suppress in one pass', () => {
    const opts = {
      isDisposable: isDisposableDomain,
      campaign: 'Lente-actie 2026',
      delimiter: ';' as const,
      bom: true,
      liveness: dead,
      coverage: { read: 12, stated: 12, complete: true },
    };
    expect(writeExport(bounces, opts)).toEqual({
      csv: exportCsv(buildExportRows(bounces, opts), opts),
      rows: 12,
      byAction: { remove: 6, 'retry-later': 1, 'check-auth': 1, 'fix-typo': 1, 'pause-sending': 3 },
      suppression: [
        'marc.janssens1974@gmail.com',
        'els.desmet@hotmail.com',
        'administratie@vdberghe-bouw.be',
        'sales@oudeklant-bvba.be',
        'lien.maes@skynet.be',
        'info@drukkerij-lambrecht.be',
      ].join('\n'),
      // tom.peeters (5.7.515, an authentication block) and noreply@ (a Spamhaus block), both 'soft' to the ESP.
      disagreements: 2,
      reasonsMissing: 0,
      coverage: '12 of 12',
    });
  });

  it('states the coverage in every row of the file: complete, and incomplete', () => {
    const one = [bounces[2]!];
    expect(
      writeExport(one, { isDisposable: isDisposableDomain, coverage: { read: 392, stated: 392, complete: true } })
        .csv.split('\r\n')[1]!
        .endsWith(',392 of 392'),
    ).toBe(true);
    const partial = writeExport(bounces, {
      isDisposable: isDisposableDomain,
      coverage: { read: 10, stated: 392, complete: false },
    });
    const lines = partial.csv.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(13);
    expect(lines.slice(1).every((l) => l.endsWith(',10 of 392 — incomplete'))).toBe(true);
    expect(partial.coverage).toBe('10 of 392 — incomplete');
    expect(
      writeExport(one, { isDisposable: isDisposableDomain, coverage: { read: 10, complete: false }, lang: 'nl' })
        .coverage,
    ).toBe('10 gelezen, totaal onbekend — onvolledig');
    expect(
      writeExport(one, {
        isDisposable: isDisposableDomain,
        coverage: { read: 1200, stated: 3400, complete: false },
        lang: 'fr',
      }).coverage,
    ).toBe('1\u202f200 sur 3\u202f400 — incomplet');
  });

  it('writes exact bytes', () => {
    const csv = exportCsv(
      buildExportRows(bounces.slice(2, 4), { isDisposable: isDisposableDomain, campaign: 'Lente-actie 2026' }),
      {
        delimiter: ';',
        bom: true,
      },
    );
    expect(csv).toBe(
      '\uFEFFemail;flags;category;sub_reason;esp_type;code;reason;suggestion;provider;campaign;date;action;coverage\r\n' +
        'k.wouters@telenet.be;;soft;mailbox-full;soft;4.2.2;452 4.2.2 <k.wouters@telenet.be>: Mailbox full;;;Lente-actie 2026;2026-03-10;retry later;\r\n' +
        'sofie.vandamme@yahoo.com;;deferred;reputation;soft;4.7.0;"421 4.7.0 [TSS04] Messages from 198.2.180.12 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes";;;Lente-actie 2026;2026-03-10;pause and review sending;\r\n',
    );
  });

  it('writes Dutch and French headers and values', () => {
    const rowsOf = (lang: 'nl' | 'fr') =>
      exportCsv(
        buildExportRows([bounces[6]!, { email: 'x@example.be', espType: 'soft' }], {
          isDisposable: isDisposableDomain,
          providers: new Map([['gmial.com', 'other']]),
        }),
        { lang, delimiter: ';', coverage: { read: 2, stated: 5, complete: false } },
      ).split('\r\n');
    expect(rowsOf('nl').slice(0, 3)).toEqual([
      'e-mailadres;kenmerken;categorie;subreden;type_volgens_esp;code;reden;suggestie;provider;campagne;datum;actie;dekking',
      'jan.claes@gmial.com;tikfout;hard;domain;hard;5.1.2;550 5.1.2 <jan.claes@gmial.com>: Host or domain name not found. Name service error for name=gmial.com type=A: Host not found;jan.claes@gmail.com;other;;2026-03-10;tikfout verbeteren;2 van 5 — onvolledig',
      'x@example.be;;reden niet gelezen;reden niet gelezen;soft;;;;;;;eerst de bouncereden lezen;2 van 5 — onvolledig',
    ]);
    expect(rowsOf('fr')[0]).toBe(
      'adresse_e-mail;signalements;catégorie;sous-motif;type_selon_esp;code;motif;suggestion;fournisseur;campagne;date;action;couverture',
    );
    expect(rowsOf('fr')[2]).toBe(
      'x@example.be;;motif non lu;motif non lu;temporaire;;;;;;;lire d’abord le motif du rebond;2 sur 5 — incomplet',
    );
  });

  it('keeps hostile strings inert and valid addresses as they are', () => {
    const csv = exportCsv(
      buildExportRows([{ email: '=cmd|" /C calc"!A0@evil.example', espType: 'hard', reason: '@SUM(1+1)*cmd' }], {
        isDisposable: isDisposableDomain,
        campaign: '+campaign',
      }),
    );
    expect(csv.split('\r\n')[1]).toBe(
      `"'=cmd|"" /C calc""!A0@evil.example",syntax,hard,not specified by the ESP,hard,,'@SUM(1+1)*cmd,,,'+campaign,,remove in CRM,`,
    );
    const phone = exportCsv(
      buildExportRows([{ email: '+32470123456@example.be', espType: 'hard', code: '5.1.1' }], {
        isDisposable: isDisposableDomain,
      }),
    );
    expect(phone.split('\r\n')[1]!.startsWith('+32470123456@example.be,')).toBe(true);
  });

  it('names the file after the ESP, campaign and date', () => {
    expect(exportFileName('mailchimp', 'Lente-actie 2026 — nieuwsbrief maart', new Date('2026-11-30T10:00:00Z'))).toBe(
      'mailchimp-lente-actie-2026-nieuwsbrief-maart-2026-11-30-bounces.csv',
    );
    expect(exportFileName('campaign-monitor', '€€€', new Date('2026-01-02T00:00:00Z'))).toBe(
      'campaign-monitor-campaign-2026-01-02-bounces.csv',
    );
  });
});
