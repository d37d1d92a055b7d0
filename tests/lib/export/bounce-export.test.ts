// The clean-up list for the article's bounces: exact CSV bytes from the Mailchimp fixture rows
// with their gathered reasons, and hostile strings kept inert.
import { describe, expect, it } from 'vitest';
import { buildExportRows, exportCsv, exportFileName, writeExport } from '../../../lib/export/bounce-export';
import type { BouncedAddress } from '../../../lib/esp/types';
import { loadExpected } from '../../support/load-fixture';

const rows = loadExpected('bounce-rows.json') as { email: string; espType: 'hard' | 'soft'; code: string; diagnostic: string }[];
const bounces: BouncedAddress[] = rows.map((r) => ({ email: r.email, espType: r.espType, reason: r.diagnostic, date: '2026-03-10' }));

describe('bounce export', () => {
  it('triages every row and says what to do', () => {
    const out = buildExportRows(bounces, { campaign: 'Lente-actie 2026', liveness: new Map([['vdberghe-bouw.be', { state: 'dead', why: 'nxdomain' }]]) });
    expect(out.map((r) => [r.email, r.flag, r.category, r.sub_reason, r.code, r.suggestion, r.action])).toEqual([
      ['marc.janssens1974@gmail.com', '', 'hard', 'user-unknown', '5.1.1', undefined, 'remove in CRM'],
      ['els.desmet@hotmail.com', '', 'hard', 'user-unknown', '5.5.0', undefined, 'remove in CRM'],
      ['k.wouters@telenet.be', '', 'soft', 'mailbox-full', '4.2.2', undefined, 'retry later'],
      ['sofie.vandamme@yahoo.com', '', 'deferred', 'reputation', '4.7.0', undefined, 'pause and review sending'],
      ['tom.peeters@outlook.com', '', 'blocked', 'auth', '5.7.515', undefined, 'check authentication'],
      ['administratie@vdberghe-bouw.be', 'role domain-dead', 'hard', 'domain', '5.4.4', undefined, 'remove in CRM'],
      ['jan.claes@gmial.com', 'typo disposable', 'hard', 'domain', '5.1.2', 'jan.claes@gmail.com', 'fix typo'],
      ['sales@oudeklant-bvba.be', 'role', 'hard', 'user-unknown', '5.1.1', undefined, 'remove in CRM'],
      ['lien.maes@skynet.be', '', 'hard', 'disabled', '5.2.1', undefined, 'remove in CRM'],
      ['bart.willems@gmail.com', '', 'deferred', 'reputation', '4.7.28', undefined, 'pause and review sending'],
      ['noreply@leverancier-nl.nl', 'role', 'blocked', 'blocklist', '5.7.1', undefined, 'pause and review sending'],
      ['info@drukkerij-lambrecht.be', 'role', 'hard', 'user-unknown', '5.1.1', undefined, 'remove in CRM'],
    ]);
    expect(out[4]!.disagreement).toBe('the ESP says soft, the reply says blocked (auth)');
  });

  it('writes the file, the counts and the addresses to suppress in one pass', () => {
    const opts = { campaign: 'Lente-actie 2026', delimiter: ';' as const, bom: true, liveness: new Map([['vdberghe-bouw.be', { state: 'dead' as const, why: 'nxdomain' as const }]]) };
    expect(writeExport(bounces, opts)).toEqual({
      csv: exportCsv(buildExportRows(bounces, opts), opts),
      rows: 12,
      byAction: { 'remove in CRM': 6, 'retry later': 1, 'check authentication': 1, 'fix typo': 1, 'pause and review sending': 3 },
      suppression: ['marc.janssens1974@gmail.com', 'els.desmet@hotmail.com', 'administratie@vdberghe-bouw.be', 'sales@oudeklant-bvba.be', 'lien.maes@skynet.be', 'info@drukkerij-lambrecht.be'].join('\n'),
      // tom.peeters (5.7.515, an authentication block) and noreply@ (a Spamhaus block), both 'soft' to the ESP.
      disagreements: 2,
    });
  });

  it('writes exact bytes', () => {
    const csv = exportCsv(buildExportRows(bounces.slice(2, 4), { campaign: 'Lente-actie 2026' }), { delimiter: ';', bom: true });
    expect(csv).toBe(
      '\uFEFFemail;flag;category;sub_reason;esp_type;code;reason;suggestion;campaign;date;action\r\n' +
        'k.wouters@telenet.be;;soft;mailbox-full;soft;4.2.2;452 4.2.2 <k.wouters@telenet.be>: Mailbox full;;Lente-actie 2026;2026-03-10;retry later\r\n' +
        'sofie.vandamme@yahoo.com;;deferred;reputation;soft;4.7.0;421 4.7.0 [TSS04] Messages from 198.2.180.12 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes;;Lente-actie 2026;2026-03-10;pause and review sending\r\n'.replace(
          '421 4.7.0 [TSS04] Messages from 198.2.180.12 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
          '"421 4.7.0 [TSS04] Messages from 198.2.180.12 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes"',
        ),
    );
  });

  it('keeps hostile strings inert', () => {
    const csv = exportCsv(buildExportRows([{ email: '=cmd|" /C calc"!A0@evil.example', espType: 'hard', reason: '@SUM(1+1)*cmd' }], { campaign: '+campaign' }));
    expect(csv.split('\r\n')[1]).toBe(`"'=cmd|"" /C calc""!A0@evil.example",syntax,hard,unspecified,hard,,'@SUM(1+1)*cmd,,'+campaign,,remove in CRM`);
  });

  it('names the file after the ESP, campaign and date', () => {
    expect(exportFileName('mailchimp', 'Lente-actie 2026 — nieuwsbrief maart', new Date('2026-11-30T10:00:00Z'))).toBe('mailchimp-lente-actie-2026-nieuwsbrief-maart-2026-11-30-bounces.csv');
    expect(exportFileName('campaign-monitor', '€€€', new Date('2026-01-02T00:00:00Z'))).toBe('campaign-monitor-campaign-2026-01-02-bounces.csv');
  });
});
