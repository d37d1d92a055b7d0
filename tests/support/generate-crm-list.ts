// Writes tests/fixtures/lists/crm-export-nl-1252.csv and its .expected.json: a 2,000-row CRM
// export shaped like the article's case (knowledge.md §1: an old CRM/ERP list, ~20 % of it
// bouncing), as Excel on a Belgian Windows PC saves it — Windows-1252, ";" between fields, CRLF,
// quoted notes with ";" and line breaks inside. Deterministic: the expected figures are counted
// here, from how the file is built, not by the code under test.
//   node --import tsx tests/support/generate-crm-list.ts
import { writeFileSync } from 'node:fs';

export const TODAY = '2026-11-30';
const DAY = 86_400_000;
const today = Date.parse(`${TODAY}T00:00:00Z`);

const FIRST = [
  'Jan',
  'Marie',
  'Gaëlle',
  'Séverine',
  'Jürgen',
  'Françoise',
  'Zoë',
  'Pieter',
  'Noël',
  'Anaïs',
  'Koen',
  'Inès',
];
const LAST = [
  'Peeters',
  'Janssens',
  'Dubois',
  'Lambrecht',
  'Claes',
  'De Smet',
  'Verhaeghe',
  'Mertens',
  'Lefèvre',
  'Van Damme',
];
const ascii = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

// Kept-row domains, one per i % 10, with the provider DNS (tests/fixtures/zones/crm-list.ts) gives.
const KEPT_DOMAINS: [string, string][] = [
  ['gmail.com', 'gmail'],
  ['telenet.be', 'telenet'],
  ['hotmail.com', 'outlook-com'],
  ['skynet.be', 'proximus'],
  ['bakkerij-peeters.be', 'microsoft-365'],
  ['drukkerij-lambrecht.be', 'microsoft-365'],
  ['atelier-dubois.be', 'google-workspace'],
  ['ziggo.nl', 'ziggo'],
  ['kpnmail.nl', 'kpn'],
  ['loodgieter-jansen.nl', 'other'],
];
const COMPANY = new Set(['bakkerij-peeters.be', 'drukkerij-lambrecht.be', 'atelier-dubois.be', 'loodgieter-jansen.nl']);
const DEAD: [string, number][] = [
  ['vdberghe-bouw.be', 120],
  ['oud-bedrijf.be', 80],
  ['gesloten-winkel.nl', 90],
  ['parked-domein.be', 50],
];
const TYPO: [string, number][] = [
  ['gmial.com', 10],
  ['hotmial.com', 8],
  ['telnet.be', 7],
  ['gmail.con', 5],
];
const DISPOSABLE: [string, number][] = [
  ['yopmail.com', 5],
  ['mailinator.com', 3],
];
const SYNTAX = [
  'jan.peeters@',
  'info@@bakkerij-peeters.be',
  'marie dubois@telenet.be',
  'geen e-mail',
  'a..b@skynet.be',
  'koen@gmail',
  'peeters.jan.telenet.be',
  '@hotmail.com',
  'zoë.claes@',
  'inès@gmail..com',
  'tel: 09 123 45 67',
  'pieter@-bouw.be',
];
// Kept segments: [what, count] — the dates each gets are below.
const SEGMENTS: [string, number][] = [
  ['customer', 150],
  ['active-30', 220],
  ['active-90', 260],
  ['active-180', 240],
  ['silent', 330],
  ['never-new', 90],
  ['never-mid', 80],
  ['never-old', 200],
];

const fmtDay = (t: number) => {
  const d = new Date(t);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
};
const fmtIso = (t: number) => new Date(t).toISOString().slice(0, 16).replace('T', ' ');

interface Row {
  first: string;
  last: string;
  email: string;
  company: string;
  activity: string;
  created: string;
  customer: string;
  note: string;
}
const rows: Row[] = [];
let n = 0;
const person = () => {
  const first = FIRST[n % FIRST.length]!;
  const last = LAST[Math.floor(n / FIRST.length) % LAST.length]!;
  n++;
  return { first, last, local: `${ascii(first)}.${ascii(last)}${n}` };
};
const noteFor = (i: number) =>
  i % 97 === 0 ? 'Klant sinds 2019; belt liever\nniet na 17u' : i % 89 === 0 ? 'Offerte "dakwerken" gevraagd' : '';

const expected = {
  rows: 0,
  noEmail: 0,
  addresses: 0,
  distinct: 0,
  flags: { syntax: 0, duplicate: 0, role: 0, typo: 0, disposable: 0, 'domain-dead': 0 },
  kept: 0,
  removed: 0,
  hardBounce: 0,
  segments: {
    'customers-30': 0,
    'active-90': 0,
    'active-180': 0,
    'new-unengaged': 0,
    undated: 0,
    reconfirm: 0,
    'do-not-mail': 0,
  },
  providers: {} as Record<string, number>,
  engagement: { valid: 0, silent6m: 0, never: 0, neverOld: 0 },
  domains: { dead: DEAD.length, unknown: 1 },
};

// Kept rows.
let k = 0;
let role = 0;
for (const [what, count] of SEGMENTS) {
  for (let j = 0; j < count; j++, k++) {
    const p = person();
    let [domain, provider] = KEPT_DOMAINS[k % 10]!;
    // 20 contacts at a company whose DNS does not answer (SERVFAIL): kept, provider "unknown".
    if (what === 'active-90' && j < 20) [domain, provider] = ['traag-bedrijf.be', 'unknown'];
    let local = p.local;
    if (COMPANY.has(domain) && role < 60) {
      local = ['info', 'verkoop', 'boekhouding'][role % 3]! + (role >= 3 ? String(role) : '');
      role++;
    }
    const back = {
      customer: 200,
      'active-30': 12,
      'active-90': 60,
      'active-180': 130,
      silent: 400,
      'never-new': 0,
      'never-mid': 0,
      'never-old': 0,
    }[what]!;
    const created = { 'never-new': 100, 'never-mid': 270, 'never-old': 700 }[what] ?? 900;
    rows.push({
      first: p.first,
      last: p.last,
      email: `${local}@${domain}`,
      company: COMPANY.has(domain) ? domain.split('.')[0]! : '',
      activity: what.startsWith('never') ? '' : fmtDay(today - (back + (j % 5)) * DAY),
      created: fmtIso(today - (created + (j % 7)) * DAY + 10 * 3600_000),
      customer: what === 'customer' ? 'Ja' : 'Nee',
      note: noteFor(rows.length),
    });
    expected.providers[provider] = (expected.providers[provider] ?? 0) + 1;
    const seg = {
      customer: 'customers-30',
      'active-30': 'customers-30',
      'active-90': 'active-90',
      'active-180': 'active-180',
      silent: 'reconfirm',
      'never-new': 'new-unengaged',
      'never-mid': 'reconfirm',
      'never-old': 'do-not-mail',
    }[what] as keyof typeof expected.segments;
    expected.segments[seg]++;
    expected.engagement.valid++;
    if (what === 'silent') expected.engagement.silent6m++;
    if (what.startsWith('never')) expected.engagement.never++;
    if (what === 'never-old') expected.engagement.neverOld++;
  }
}
expected.flags.role = role;
expected.kept = k;

// Problem rows: silent for 400+ days, so they count as silent 6+ months.
const problem = (domain: string) => {
  const p = person();
  rows.push({
    first: p.first,
    last: p.last,
    email: `${p.local}@${domain}`,
    company: '',
    activity: fmtDay(today - 420 * DAY),
    created: fmtIso(today - 1500 * DAY),
    customer: 'Nee',
    note: '',
  });
  expected.engagement.valid++;
  expected.engagement.silent6m++;
};
for (const [d, c] of DEAD) for (let j = 0; j < c; j++) problem(d);
expected.flags['domain-dead'] = DEAD.reduce((a, [, c]) => a + c, 0);
for (const [d, c] of TYPO) for (let j = 0; j < c; j++) problem(d);
expected.flags.typo = TYPO.reduce((a, [, c]) => a + c, 0);
for (const [d, c] of DISPOSABLE) for (let j = 0; j < c; j++) problem(d);
expected.flags.disposable = DISPOSABLE.reduce((a, [, c]) => a + c, 0);
for (const s of SYNTAX)
  rows.push({ first: 'X', last: 'Y', email: s, company: '', activity: '', created: '', customer: 'Nee', note: '' });
expected.flags.syntax = SYNTAX.length;
// 25 duplicates of kept, non-role customers, written in capitals as a second CRM record would be.
const personal = rows
  .slice(0, expected.kept)
  .filter((r) => !COMPANY.has(r.email.split('@')[1]!) && !r.email.endsWith('traag-bedrijf.be'));
for (let j = 0; j < 25; j++) {
  const orig = personal[100 + j * 2]!;
  rows.push({ ...orig, email: orig.email.toUpperCase(), note: 'dubbel' });
}
expected.flags.duplicate = 25;
// 15 contacts without an address.
for (let j = 0; j < 15; j++)
  rows.push({
    first: 'Zonder',
    last: `Adres ${j}`,
    email: '',
    company: 'Winkel',
    activity: '',
    created: '',
    customer: 'Ja',
    note: '',
  });
expected.noEmail = 15;

// Interleave deterministically so problems are spread through the file, as in a real export.
const order = rows.map((_, i) => i).sort((a, b) => ((a * 7919) % 2003) - ((b * 7919) % 2003));
const sorted = order.map((i) => rows[i]!);
// A duplicate must come after its original: move each duplicate after it if needed.
for (let j = 0; j < sorted.length; j++) {
  const r = sorted[j]!;
  if (r.note !== 'dubbel') continue;
  const orig = sorted.findIndex((x) => x.email === r.email.toLowerCase());
  if (orig > j) {
    sorted.splice(j, 1);
    sorted.splice(orig, 0, r);
    j--;
  }
}

expected.rows = sorted.length;
expected.addresses = expected.rows - expected.noEmail;
expected.distinct = expected.addresses - expected.flags.duplicate;
expected.removed = expected.addresses - expected.kept;
expected.hardBounce = expected.flags.syntax + expected.flags.typo + expected.flags['domain-dead'];

const q = (s: string) => (/[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const header = 'Voornaam;Achternaam;E-mailadres;Bedrijf;Laatste activiteit;Aangemaakt op;Klant;Opmerking';
const lines = [
  header,
  ...sorted.map((r) =>
    [r.first, r.last, r.email, r.company, r.activity, r.created, r.customer, r.note].map(q).join(';'),
  ),
];
const text = lines.join('\r\n') + '\r\n';
// Windows-1252: every character here is Latin-1, so one byte each.
const bytes = Buffer.from(text, 'latin1');
if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync('tests/fixtures/lists/crm-export-nl-1252.csv', bytes);
  writeFileSync(
    'tests/fixtures/lists/crm-export-nl-1252.expected.json',
    JSON.stringify({ today: TODAY, ...expected }, null, 2) + '\n',
  );
  console.log(expected);
}
