// The command line as a user runs it: `node lib/cli/bin.mjs …` (what `npx deliverability-lens`
// runs) in a child process, against the local RFC 8484 server on the fixture zones.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDohServer, type DohServer } from '../../support/doh-server';
import { articleZone } from '../../fixtures/zones/article';
import { CRM_LIST_NODES } from '../../fixtures/zones/crm-list';
import { main } from '../../../lib/cli/main';
import { createZoneResolver } from '../../../lib/dns/zone';

const LIST = 'tests/fixtures/lists/crm-export-nl-1252.csv';
const expected = JSON.parse(readFileSync('tests/fixtures/lists/crm-export-nl-1252.expected.json', 'utf8'));
let doh: DohServer;

function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['lib/cli/bin.mjs', ...args],
      { env: { PATH: process.env.PATH ?? '', LANG: 'C', ...env }, maxBuffer: 64 << 20 },
      (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  doh = await startDohServer({ nodes: { ...articleZone.nodes, ...CRM_LIST_NODES } });
});
afterAll(() => doh.close());

describe('deliverability-lens audit (child process, local DoH server)', () => {
  it('--json: every row, the summary and the plan; exit 1 for a list with problems', async () => {
    const r = await cli(['audit', LIST, '--resolver', doh.url, '--json', '--today', expected.today]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['rows', 'summary', 'plan']);
    expect(out.rows).toHaveLength(expected.addresses);
    expect(out.rows.find((x: { email: string }) => x.email.endsWith('@telnet.be'))).toMatchObject({
      flags: ['typo'],
      suggestion: expect.stringMatching(/@telenet\.be$/),
      removed: 'typo',
    });
    expect(
      out.rows.find((x: { email: string }) => x.email.endsWith('@bakkerij-peeters.be') && !x.email.startsWith('info')),
    ).toMatchObject({ flags: [], provider: 'microsoft-365' });
    expect(out.rows.find((x: { email: string }) => x.email.endsWith('@traag-bedrijf.be'))).toMatchObject({
      flags: [],
      provider: 'unknown',
    });
    expect(out.rows.find((x: { email: string }) => x.email.endsWith('@oud-bedrijf.be'))).toMatchObject({
      flags: ['domain-dead'],
      removed: 'domain-dead',
    });
    expect(out.summary).toMatchObject({
      rows: 2000,
      distinct: 1960,
      kept: expected.kept,
      flags: expected.flags,
      expectedHardBounce: { count: 382, scale: 'disaster' },
      encoding: 'windows-1252',
      delimiter: ';',
    });
    expect(out.plan).toMatchObject({ sends: 5, audience: 960, reconfirm: { count: 410 }, notMailed: { count: 200 } });
    // One MX question per distinct domain that is not a big provider known by name.
    const mx = doh.log.filter((q) => q.type === 'MX').map((q) => q.name);
    expect(new Set(mx).size).toBe(mx.length);
    expect(mx.sort()).toEqual([
      'atelier-dubois.be',
      'bakkerij-peeters.be',
      'drukkerij-lambrecht.be',
      'gesloten-winkel.nl',
      'gmail.con',
      'gmial.com',
      'hotmial.com',
      'loodgieter-jansen.nl',
      'mailinator.com',
      'oud-bedrijf.be',
      'parked-domein.be',
      'telnet.be',
      'traag-bedrijf.be',
      'vdberghe-bouw.be',
      'yopmail.com',
    ]);
  }, 60_000);

  it('--out in Dutch: the files appear complete, Excel-ready for the CRM, ESP-ready per segment', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'dl-cli-')), 'uit');
    const r = await cli(['audit', LIST, '--resolver', doh.url, '--out', dir, '--today', expected.today], {
      LANG: 'nl_BE.UTF-8',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Verwachte harde bounces: 19,5% (382 van 1.960) — bijna 20 % — een ramp');
    expect(r.stdout).toContain('Herstartplan: 5 verzendingen bereiken de hele lijst');
    expect(r.stdout).toContain('Verzending 2, dag 3: +185 → 555 (+50%) — Actief 31–90 dagen geleden (185)');
    expect(r.stdout).toContain('Niet verhogen zolang de bounces boven 2,0% liggen.');
    expect(readdirSync(dir).sort()).toEqual([
      'cleaned.csv',
      'plan.csv',
      'removed.csv',
      'segment-0-reconfirm.csv',
      'segment-1-customers-30.csv',
      'segment-2-active-90.csv',
      'segment-3-active-180.csv',
      'segment-4-new-unengaged.csv',
    ]);
    expect(readdirSync(join(dir, '..'))).toEqual(['uit']); // no staging folder left behind
    const cleaned = readFileSync(join(dir, 'cleaned.csv'), 'utf8');
    expect(
      cleaned.startsWith(
        '\uFEFFVoornaam;Achternaam;E-mailadres;Bedrijf;Laatste activiteit;Aangemaakt op;Klant;Opmerking;segment;provider\r\n',
      ),
    ).toBe(true);
    expect(cleaned.split('\r\n').filter(Boolean)).toHaveLength(expected.kept + 1);
    expect(cleaned).toContain('Gaëlle;'); // Windows-1252 read, UTF-8 written
    const removed = readFileSync(join(dir, 'removed.csv'), 'utf8').split('\r\n').filter(Boolean);
    expect(removed).toHaveLength(expected.removed + 1);
    expect(removed[0]).toBe(
      '\uFEFFemail;reason;flags;suggestion;Voornaam;Achternaam;E-mailadres;Bedrijf;Laatste activiteit;Aangemaakt op;Klant;Opmerking',
    );
    const seg1 = readFileSync(join(dir, 'segment-1-customers-30.csv'), 'utf8').split('\r\n').filter(Boolean);
    expect(seg1[0]).toBe('Email Address,First Name,Last Name');
    expect(seg1).toHaveLength(370 + 1);
    expect(seg1[1]).toMatch(/^[a-z0-9.]+@[a-z0-9.-]+,[^,]+,[^,]+$/);
  }, 60_000);

  it('bad input: exit 2, a clear message, nothing written to --out', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'dl-cli-')), 'uit');
    const r = await cli(['audit', 'tests/fixtures/lists/contacts.xlsx', '--out', dir, '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Ceci est un classeur Excel, pas un fichier CSV.');
    expect(existsSync(dir)).toBe(false);
    expect(readdirSync(join(dir, '..'))).toEqual([]);
  }, 60_000);

  it('an unreachable resolver is exit 2, not a list of dead domains', async () => {
    const r = await cli(['audit', LIST, '--resolver', 'http://127.0.0.1:9/dns-query', '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('The DNS resolver could not be reached');
  }, 60_000);
});

describe('deliverability-lens check (child process)', () => {
  it("the article's domain is in order for Mailchimp: exit 0, the DomainCheck as JSON", async () => {
    const r = await cli(['check', 'atelier-example.be', '--esp', 'mailchimp', '--resolver', doh.url, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      domain: 'atelier-example.be',
      esp: 'mailchimp',
      overall: 'pass',
      spf: { status: 'pass' },
      dkim: { status: 'pass' },
    });
  }, 60_000);
});

describe('dispatcher (in process)', () => {
  const zone = createZoneResolver({ nodes: { ...articleZone.nodes, ...CRM_LIST_NODES } });
  async function run(argv: string[], env: Record<string, string> = {}) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) }, env, () => zone);
    return { code, stdout: out.join(''), stderr: err.join('') };
  }
  it.each([
    [['frobnicate', 'x'], 2, 'Unknown command.'],
    [['audit'], 2, 'Missing argument.'],
    [['audit', LIST, '--colum', 'x'], 2, 'Unknown or incomplete option. --colum'],
    [['audit', LIST, '--lang', 'de'], 2, 'Unknown or incomplete option. --lang de'],
    [['audit', LIST, '--resolver', 'http://dns.example/dns-query'], 2, '--resolver http://dns.example/dns-query'],
    [['audit', LIST, '--esp', 'brevo'], 2, '--esp brevo'],
    [['message', 'x.eml'], 2, 'This command is not available in this build.'],
    [['audit', 'tests/fixtures/lists/empty.csv'], 2, 'The file is empty.'],
    [['audit', 'tests/fixtures/lists/no-email-column.csv'], 2, 'No column holds email addresses.'],
    [
      ['audit', 'tests/fixtures/lists/odoo-contacts-fr-bom.csv', '--column', 'Mail'],
      2,
      'There is no column "Mail". Columns: Nom, Prénom, Courriel, Adresse, Dernière activité, Date de création, Client.',
    ],
    [['audit', 'tests/fixtures/lists/nope.csv'], 2, 'The file could not be read: ENOENT'],
  ])('%j → exit %i', async (argv, code, text) => {
    const r = await run(argv);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(text);
  });

  it('takes the language from LC_ALL before LANG, and --lang over both', async () => {
    expect(
      (await run(['audit', 'tests/fixtures/lists/empty.csv'], { LC_ALL: 'fr_BE.UTF-8', LANG: 'nl_BE.UTF-8' })).stderr,
    ).toContain('Le fichier est vide.');
    expect((await run(['audit', 'tests/fixtures/lists/empty.csv'], { LANG: 'nl_BE.UTF-8' })).stderr).toContain(
      'Het bestand is leeg.',
    );
    expect(
      (await run(['audit', 'tests/fixtures/lists/empty.csv', '--lang', 'en'], { LANG: 'nl_BE.UTF-8' })).stderr,
    ).toContain('The file is empty.');
  });

  it('a clean list exits 0', async () => {
    const r = await run(['audit', 'tests/fixtures/lists/outlook-unicode.txt', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rows).toEqual([
      { email: 'zoe.mertens@outlook.be', flags: [], provider: 'outlook-com', segment: 'undated' },
      { email: 'koen.claes@ziggo.nl', flags: [], provider: 'ziggo', segment: 'undated' },
    ]);
  });
});
