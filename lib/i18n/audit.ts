// Texts of the list audit, the restart plan and the command line (issue 14), in English, Dutch
// (Flemish-friendly, "u") and French (Wallonia/Brussels, "vous"). lib/audit and lib/cli give
// ids and numbers; only this file turns them into words. Numbers go through Intl (lib/i18n).
import type { AuditFinding } from '../audit/findings';
import type { BounceScale } from '../audit/findings';
import type { RemovalReason } from '../audit/audit';
import type { SegmentId } from '../audit/segments';
import type { SourceId } from '../audit/sources';
import type { StopRule } from '../audit/plan';
import type { HygieneFlag } from '../hygiene/flags';
import type { MailboxProvider } from '../hygiene/mailbox-provider';
import type { ImportError } from '../import/csv';
import type { ColumnRole } from '../import/columns';
import { formatCount, formatPercent, plural, type Lang } from './index';

type P = Record<string, number | string>;

const PROVIDER_NAMES: Record<MailboxProvider, string> = {
  'microsoft-365': 'Microsoft 365',
  'google-workspace': 'Google Workspace',
  gmail: 'Gmail',
  'outlook-com': 'Outlook.com / Hotmail',
  yahoo: 'Yahoo / AOL',
  apple: 'Apple iCloud',
  telenet: 'Telenet',
  proximus: 'Proximus (Skynet)',
  kpn: 'KPN',
  ziggo: 'Ziggo',
  other: '',
  unknown: '',
};
const SOURCE_NAMES: Record<SourceId, string> = {
  article: '',
  'sparkpost-warmup': 'SparkPost/Bird warm-up',
  delivra: 'Delivra',
  'google-senders': 'Google sender guidelines',
  'yahoo-senders': 'Yahoo sender best practices',
  'mailchimp-reconfirm': 'Mailchimp',
  'sunset-policy': '',
  'mailchimp-import': 'Mailchimp',
  'activecampaign-import': 'ActiveCampaign',
  'campaign-monitor-import': 'Campaign Monitor',
};

function make<U extends Record<string, string>, C extends Record<string, string>>(
  lang: Lang,
  w: {
    article: string;
    sunset: string;
    other: string;
    unknown: string;
    flags: Record<HygieneFlag, string>;
    segments: Record<SegmentId, string>;
    scale: Record<BounceScale, string>;
    /** The disaster label from a shown 20 % on (the scale's 'nearly 20 %' fits 19.5–19.9 % only). */
    disasterOver: string;
    roles: Record<ColumnRole, string>;
    error: (e: ImportError) => string;
    finding: (
      f: AuditFinding,
      pct: (n: number) => string,
      n: (n: number) => string,
      scale: (s: BounceScale) => string,
    ) => string;
    stop: (r: StopRule, pct: (n: number) => string) => string;
    ui: U;
    cli: C;
    addresses: (n: number) => string;
    sends: (n: number) => string;
    step: (added: string, volume: string) => string;
    growth: (pct: string) => string;
    cap: (provider: string, max: string, planned: string) => string;
    reconfirm: (n: string) => string;
    notMailed: (n: string) => string;
    removedBefore: (n: string) => string;
    day: (d: number) => string;
    readRows: (n: string) => string;
    dnsDone: (done: string, total: string) => string;
    hardBounce: (pct: string, count: string, of: string, scale: string) => string;
  },
) {
  const pct = (x: number) => formatPercent(x, lang);
  const n = (x: number) => formatCount(x, lang);
  const label = (s: BounceScale, share: number) =>
    s === 'disaster' && Math.round(share * 1000) / 10 >= 20 ? w.disasterOver : w.scale[s];
  return {
    ...w.ui,
    cli: w.cli,
    flag: (f: HygieneFlag) => w.flags[f],
    removal: (r: RemovalReason) => w.flags[r],
    segment: (s: SegmentId) => w.segments[s],
    scale: (s: BounceScale, share = 0) => label(s, share),
    role: (r: ColumnRole) => w.roles[r],
    provider: (p: MailboxProvider) => (p === 'other' ? w.other : p === 'unknown' ? w.unknown : PROVIDER_NAMES[p]),
    source: (s: SourceId) => (s === 'article' ? w.article : s === 'sunset-policy' ? w.sunset : SOURCE_NAMES[s]),
    error: w.error,
    finding: (f: AuditFinding) => w.finding(f, pct, n, (s) => label(s, Number(f.params.share ?? 0))),
    stopRule: (r: StopRule) => w.stop(r, pct),
    addresses: w.addresses,
    sends: w.sends,
    step: (added: number, volume: number) => w.step(n(added), n(volume)),
    growth: (g: number) => w.growth(formatPercent(g, lang, 0)),
    cap: (p: MailboxProvider, max: number, planned: number) =>
      w.cap(p === 'other' ? w.other : p === 'unknown' ? w.unknown : PROVIDER_NAMES[p], n(max), n(planned)),
    reconfirm: (x: number) => w.reconfirm(n(x)),
    notMailed: (x: number) => w.notMailed(n(x)),
    removedBefore: (x: number) => w.removedBefore(n(x)),
    day: w.day,
    readRows: (x: number) => w.readRows(n(x)),
    dnsDone: (d: number, t: number) => w.dnsDone(n(d), n(t)),
    hardBounce: (share: number, count: number, of: number, scale: BounceScale) =>
      w.hardBounce(pct(share), n(count), n(of), label(scale, share)),
    pct,
    n,
  };
}

const num = (p: P, k: string) => Number(p[k] ?? 0);

const en = make('en', {
  article: 'the agency article (knowledge base §1)',
  sunset: 'sunset practice (knowledge base §8)',
  other: 'own mail server / other',
  unknown: 'unknown (lookup failed or not done)',
  flags: {
    syntax: 'invalid address',
    duplicate: 'duplicate',
    role: 'role address',
    typo: 'typo',
    disposable: 'disposable address',
    'domain-dead': 'domain cannot receive mail',
  },
  segments: {
    'customers-30': 'Customers and contacts active in the last 30 days',
    'active-90': 'Active 31–90 days ago',
    'active-180': 'Active 3–6 months ago',
    'new-unengaged': 'Added in the last 6 months, no activity yet',
    undated: 'Engagement unknown (no activity column)',
    reconfirm: 'Silent for 6+ months: ask them to reconfirm first',
    'do-not-mail': 'Never engaged, older than 12 months: do not mail',
  },
  scale: {
    normal: 'normal',
    'alarm-line': 'at the alarm line (2–3 %)',
    alarm: 'alarm bells',
    bad: 'bad',
    disaster: 'nearly 20 % — a disaster',
  },
  disasterOver: 'a disaster (20 % or more)',
  roles: {
    email: 'Email address',
    lastActivity: 'Last activity',
    created: 'Created / signed up',
    lastOrder: 'Last order',
    customer: 'Customer (yes/no)',
    firstName: 'First name',
    lastName: 'Last name',
  },
  error: (e) => {
    switch (e.kind) {
      case 'empty':
        return 'The file is empty.';
      case 'binary':
        return e.looksLike === 'xlsx' || e.looksLike === 'xls'
          ? 'This is an Excel workbook, not a CSV file. In Excel choose "Save as" → "CSV (semicolon delimited)" and try again.'
          : 'This is not a text file (it looks binary). Export the list from your CRM as CSV.';
      case 'encoding':
        return 'The file is neither UTF-8 nor Windows-1252 text. Export it again as CSV in UTF-8.';
      case 'no-rows':
        return 'The file has a header but no rows.';
      case 'no-email-column':
        return 'No column holds email addresses. Pick the email column, or export the list with its email addresses.';
      case 'column-not-found':
        return `There is no column "${e.column}". Columns: ${e.headers.join(', ')}.`;
      case 'read-failed':
        return `The file could not be read: ${e.message}`;
    }
  },
  finding: (f, pct, n, scale) => {
    const p = f.params;
    switch (f.id) {
      case 'hard-bounce-expected':
        return `If you sent to this list as it is, at least ${pct(num(p, 'share'))} would bounce hard (${n(num(p, 'count'))} of ${n(num(p, 'of'))} addresses): ${scale(p.scale as BounceScale)}. The article's scale: below 2 % normal, 2–3 % alarm bells, 10 % bad, 20 % a disaster.`;
      case 'dead-domains':
        return `${n(num(p, 'addresses'))} addresses are at ${plural(num(p, 'domains'), 'en', { one: '1 domain', other: `${n(num(p, 'domains'))} domains` })} that cannot receive mail (no such domain, or no mail server): remove them in your CRM.`;
      case 'syntax':
        return `${plural(num(p, 'count'), 'en', { one: '1 entry is not a valid email address', other: `${n(num(p, 'count'))} entries are not valid email addresses` })}.`;
      case 'typos':
        return `${plural(num(p, 'count'), 'en', { one: '1 address has', other: `${n(num(p, 'count'))} addresses have` })} a misspelt provider domain (gmial.com, telnet.be …): correct them in your CRM; the suggested fix is in the removed list.`;
      case 'disposable':
        return `${plural(num(p, 'count'), 'en', { one: '1 address is', other: `${n(num(p, 'count'))} addresses are` })} at disposable-mail services: they stop existing soon after sign-up.`;
      case 'duplicates':
        return `${plural(num(p, 'count'), 'en', { one: '1 address appears', other: `${n(num(p, 'count'))} addresses appear` })} more than once.`;
      case 'role-addresses':
        return `${plural(num(p, 'count'), 'en', { one: '1 is a shared mailbox', other: `${n(num(p, 'count'))} are shared mailboxes` })} (info@, sales@ …): kept, but they rarely engage and are often complained about.`;
      case 'silent-contacts':
        return `${pct(num(p, 'share'))} of the contacts (${n(num(p, 'count'))}) have been silent for 6 months or more: permission goes stale — ask them to reconfirm before mailing them again.`;
      case 'never-engaged-old':
        return `${pct(num(p, 'share'))} (${n(num(p, 'count'))}) never engaged and are older than 12 months: do not mail them.`;
      case 'no-engagement-data':
        return 'The list has no activity or order column, so engagement is unknown: the plan restarts with small groups throughout.';
      case 'no-dns':
        return 'Domains were not looked up, so dead domains are not flagged and providers of company domains are unknown.';
      case 'unknown-domains':
        return `${plural(num(p, 'domains'), 'en', { one: '1 domain', other: `${n(num(p, 'domains'))} domains` })} could not be looked up: their addresses are "unknown", not dead, and stay in the list.`;
      case 'out-of-reach':
        return 'Whether a mailbox exists, catch-all domains and spam traps cannot be checked without sending (SMTP probing is forbidden by Microsoft as "namespace mining").';
    }
  },
  stop: (r, pct) =>
    r.id === 'bounces'
      ? `Stop increasing while bounces are above ${pct(r.above!)}.`
      : r.id === 'complaints'
        ? `Stop increasing while spam complaints are above ${pct(r.above!)}.`
        : `Pause on deferrals such as ${r.codes!.join(' or ')} (wait, then send less).`,
  ui: {
    /** Excel's list separator in the language's region: "," in English, ";" in Belgium, the Netherlands, France. */
    csvDelimiter: ',',
    title: 'Check a list before sending',
    intro:
      'Drop a CSV exported from your CRM or ERP. Nothing is uploaded: the file is read here, only the domains are looked up over DNS.',
    drop: 'Drop a CSV file here, or choose one',
    choose: 'Choose a file',
    confirmColumns: 'Which column is which?',
    none: '— none —',
    column: 'column',
    start: 'Check the list',
    cancel: 'Cancel',
    summary: 'What the list holds',
    flags: 'Addresses with a problem',
    providers: 'Who hosts the addresses (mailbox providers)',
    plan: 'Restart plan',
    planIntro: 'Send to the most engaged first and add the rest in small steps, every few days.',
    stopRules: 'When to stop',
    sources: 'Sources',
    exports: 'Download',
    cleaned: 'Cleaned list (for the CRM)',
    removed: 'Removed addresses, with the reason',
    planCsv: 'Send plan',
    segmentCsv: 'Segment for Mailchimp, ActiveCampaign or Campaign Monitor',
    send: 'Send',
    dayHead: 'Day',
    recipients: 'Recipients',
    joins: 'Who joins',
    growthHead: 'Growth',
    caps: 'Per-provider cap',
    noCaps: 'No per-provider caps needed: at these volumes they do not bind.',
    email: 'Address',
    flagHead: 'Problem',
    fix: 'Suggested fix',
    providerHead: 'Provider',
    rows: 'Rows read',
    distinct: 'Distinct addresses',
    kept: 'Kept',
    removedCount: 'Removed',
    noEmail: 'Rows without an address',
    encoding: 'Read as',
    shown: 'First 200 flagged addresses',
    restartTitle: 'How to restart from this campaign',
    cancelled: 'Cancelled: the figures cover what was read so far.',
  },
  cli: {
    usage:
      'Usage:\n  deliverability-lens check <domain> [--esp mailchimp|activecampaign|campaign-monitor] [--resolver URL] [--lang en|nl|fr] [--json]\n  deliverability-lens audit <file.csv> [--column NAME] [--esp mailchimp|activecampaign|campaign-monitor] [--resolver URL] [--no-dns] [--out DIR] [--today YYYY-MM-DD] [--lang en|nl|fr] [--json]\n  deliverability-lens message <file.eml> [--resolver URL] [--lang en|nl|fr] [--json]\nExit codes: 0 nothing wrong, 1 problems found, 2 could not check.',
    unknownCommand: 'Unknown command.',
    missingArg: 'Missing argument.',
    badOption: 'Unknown or incomplete option.',
    resolverUnreachable: 'The DNS resolver could not be reached; nothing could be checked.',
    notADomain: 'That is not a domain name.',
    overall: 'Overall',
    pass: 'in order',
    warn: 'needs attention',
    fail: 'failing',
    unknown: 'could not check',
    written: 'Files written to',
    outFailed: 'The output folder could not be written.',
    notAvailable: 'This command is not available in this build.',
  },
  addresses: (x) => plural(x, 'en', { one: '1 address', other: `${formatCount(x, 'en')} addresses` }),
  sends: (x) =>
    plural(x, 'en', {
      one: '1 send reaches the whole list',
      other: `${formatCount(x, 'en')} sends reach the whole list`,
    }),
  step: (added, volume) => `+${added} → ${volume}`,
  growth: (p) => `+${p}`,
  cap: (prov, max, planned) => `${prov}: at most ${max} (of ${planned}) per day; spread the rest over the next days`,
  reconfirm: (x) =>
    `First, a reconfirmation mail to ${x} contacts silent for 6+ months; only those who confirm join the plan.`,
  notMailed: (x) => `Not mailed: ${x} contacts who never engaged and are older than 12 months.`,
  removedBefore: (x) => `Removed before the first send: ${x} addresses.`,
  day: (d) => `day ${d}`,
  readRows: (x) => `${x} rows read`,
  dnsDone: (d, t) => `${d} of ${t} domains looked up`,
  hardBounce: (p, c, of, s) => `Expected hard bounces: ${p} (${c} of ${of}) — ${s}`,
});

/** The audit texts; nl and fr must have every key en has (tsc checks). */
export type AuditTexts = typeof en;

const nl: AuditTexts = make('nl', {
  article: 'het artikel van het bureau (kennisbank §1)',
  sunset: 'sunset-praktijk (kennisbank §8)',
  other: 'eigen mailserver / andere',
  unknown: 'onbekend (opzoeking mislukt of niet gedaan)',
  flags: {
    syntax: 'ongeldig adres',
    duplicate: 'dubbel',
    role: 'functieadres',
    typo: 'tikfout',
    disposable: 'wegwerpadres',
    'domain-dead': 'domein kan geen mail ontvangen',
  },
  segments: {
    'customers-30': 'Klanten en contacten actief in de laatste 30 dagen',
    'active-90': 'Actief 31–90 dagen geleden',
    'active-180': 'Actief 3–6 maanden geleden',
    'new-unengaged': 'Toegevoegd in de laatste 6 maanden, nog geen activiteit',
    undated: 'Betrokkenheid onbekend (geen activiteitskolom)',
    reconfirm: 'Al 6+ maanden stil: eerst om bevestiging vragen',
    'do-not-mail': 'Nooit actief, ouder dan 12 maanden: niet mailen',
  },
  scale: {
    normal: 'normaal',
    'alarm-line': 'op de alarmgrens (2–3 %)',
    alarm: 'alarmbellen',
    bad: 'slecht',
    disaster: 'bijna 20 % — een ramp',
  },
  disasterOver: 'een ramp (20 % of meer)',
  roles: {
    email: 'E-mailadres',
    lastActivity: 'Laatste activiteit',
    created: 'Aangemaakt / ingeschreven',
    lastOrder: 'Laatste bestelling',
    customer: 'Klant (ja/nee)',
    firstName: 'Voornaam',
    lastName: 'Achternaam',
  },
  error: (e) => {
    switch (e.kind) {
      case 'empty':
        return 'Het bestand is leeg.';
      case 'binary':
        return e.looksLike === 'xlsx' || e.looksLike === 'xls'
          ? 'Dit is een Excel-werkmap, geen CSV-bestand. Kies in Excel "Opslaan als" → "CSV (gescheiden door lijstscheidingsteken)" en probeer opnieuw.'
          : 'Dit is geen tekstbestand (het lijkt binair). Exporteer de lijst uit uw CRM als CSV.';
      case 'encoding':
        return 'Het bestand is geen UTF-8- of Windows-1252-tekst. Exporteer het opnieuw als CSV in UTF-8.';
      case 'no-rows':
        return 'Het bestand heeft een kopregel maar geen rijen.';
      case 'no-email-column':
        return 'Geen enkele kolom bevat e-mailadressen. Kies de e-mailkolom, of exporteer de lijst met de e-mailadressen.';
      case 'column-not-found':
        return `Er is geen kolom "${e.column}". Kolommen: ${e.headers.join(', ')}.`;
      case 'read-failed':
        return `Het bestand kon niet gelezen worden: ${e.message}`;
    }
  },
  finding: (f, pct, n, scale) => {
    const p = f.params;
    switch (f.id) {
      case 'hard-bounce-expected':
        return `Als u deze lijst zo verstuurt, bounct minstens ${pct(num(p, 'share'))} hard (${n(num(p, 'count'))} van ${n(num(p, 'of'))} adressen): ${scale(p.scale as BounceScale)}. De schaal uit het artikel: onder 2 % normaal, 2–3 % alarmbellen, 10 % slecht, 20 % een ramp.`;
      case 'dead-domains':
        return `${n(num(p, 'addresses'))} adressen zitten op ${n(num(p, 'domains'))} domeinen die geen mail kunnen ontvangen (domein bestaat niet, of geen mailserver): verwijder ze in uw CRM.`;
      case 'syntax':
        return `${plural(num(p, 'count'), 'nl', { one: '1 item is geen geldig e-mailadres', other: `${n(num(p, 'count'))} items zijn geen geldige e-mailadressen` })}.`;
      case 'typos':
        return `${plural(num(p, 'count'), 'nl', { one: '1 adres heeft', other: `${n(num(p, 'count'))} adressen hebben` })} een verkeerd gespeld providerdomein (gmial.com, telnet.be …): verbeter ze in uw CRM; de voorgestelde correctie staat in de lijst met verwijderde adressen.`;
      case 'disposable':
        return `${plural(num(p, 'count'), 'nl', { one: '1 adres is', other: `${n(num(p, 'count'))} adressen zijn` })} van wegwerpdiensten: die bestaan kort na de inschrijving al niet meer.`;
      case 'duplicates':
        return `${plural(num(p, 'count'), 'nl', { one: '1 adres komt', other: `${n(num(p, 'count'))} adressen komen` })} meer dan eens voor.`;
      case 'role-addresses':
        return `${plural(num(p, 'count'), 'nl', { one: '1 is een gedeelde mailbox', other: `${n(num(p, 'count'))} zijn gedeelde mailboxen` })} (info@, verkoop@ …): behouden, maar ze reageren zelden en klagen vaker.`;
      case 'silent-contacts':
        return `${pct(num(p, 'share'))} van de contacten (${n(num(p, 'count'))}) is al 6 maanden of langer stil: de toestemming veroudert — vraag hen eerst opnieuw te bevestigen.`;
      case 'never-engaged-old':
        return `${pct(num(p, 'share'))} (${n(num(p, 'count'))}) was nooit actief en is ouder dan 12 maanden: mail hen niet.`;
      case 'no-engagement-data':
        return 'De lijst heeft geen kolom met activiteit of bestellingen, dus de betrokkenheid is onbekend: het plan herstart overal met kleine groepen.';
      case 'no-dns':
        return 'De domeinen zijn niet opgezocht: dode domeinen zijn dus niet gemarkeerd en de providers van bedrijfsdomeinen zijn onbekend.';
      case 'unknown-domains':
        return `${plural(num(p, 'domains'), 'nl', { one: '1 domein kon', other: `${n(num(p, 'domains'))} domeinen konden` })} niet opgezocht worden: hun adressen zijn "onbekend", niet dood, en blijven in de lijst.`;
      case 'out-of-reach':
        return 'Of een mailbox bestaat, catch-alldomeinen en spamtraps kunnen niet gecontroleerd worden zonder te versturen (SMTP-aftasten verbiedt Microsoft als "namespace mining").';
    }
  },
  stop: (r, pct) =>
    r.id === 'bounces'
      ? `Niet verhogen zolang de bounces boven ${pct(r.above!)} liggen.`
      : r.id === 'complaints'
        ? `Niet verhogen zolang de spamklachten boven ${pct(r.above!)} liggen.`
        : `Pauzeer bij uitstel zoals ${r.codes!.join(' of ')} (wacht, en verstuur daarna minder).`,
  ui: {
    csvDelimiter: ';',
    title: 'Een lijst controleren vóór het versturen',
    intro:
      'Sleep een CSV-export uit uw CRM of ERP hierheen. Er wordt niets geüpload: het bestand wordt hier gelezen, alleen de domeinen worden via DNS opgezocht.',
    drop: 'Sleep een CSV-bestand hierheen, of kies er een',
    choose: 'Kies een bestand',
    confirmColumns: 'Welke kolom is wat?',
    none: '— geen —',
    column: 'kolom',
    start: 'Lijst controleren',
    cancel: 'Annuleren',
    summary: 'Wat er in de lijst zit',
    flags: 'Adressen met een probleem',
    providers: 'Wie de adressen host (mailboxproviders)',
    plan: 'Herstartplan',
    planIntro: 'Verstuur eerst naar de meest betrokkenen en voeg de rest in kleine stappen toe, om de paar dagen.',
    stopRules: 'Wanneer stoppen',
    sources: 'Bronnen',
    exports: 'Downloaden',
    cleaned: 'Opgeschoonde lijst (voor het CRM)',
    removed: 'Verwijderde adressen, met de reden',
    planCsv: 'Verzendplan',
    segmentCsv: 'Segment voor Mailchimp, ActiveCampaign of Campaign Monitor',
    send: 'Verzending',
    dayHead: 'Dag',
    recipients: 'Ontvangers',
    joins: 'Wie erbij komt',
    growthHead: 'Groei',
    caps: 'Limiet per provider',
    noCaps: 'Geen limieten per provider nodig: bij deze volumes spelen ze niet.',
    email: 'Adres',
    flagHead: 'Probleem',
    fix: 'Voorgestelde correctie',
    providerHead: 'Provider',
    rows: 'Rijen gelezen',
    distinct: 'Verschillende adressen',
    kept: 'Behouden',
    removedCount: 'Verwijderd',
    noEmail: 'Rijen zonder adres',
    encoding: 'Gelezen als',
    shown: 'Eerste 200 adressen met een probleem',
    restartTitle: 'Zo herstart u na deze campagne',
    cancelled: 'Geannuleerd: de cijfers gelden voor wat tot nu toe gelezen is.',
  },
  cli: {
    usage:
      'Gebruik:\n  deliverability-lens check <domein> [--esp mailchimp|activecampaign|campaign-monitor] [--resolver URL] [--lang en|nl|fr] [--json]\n  deliverability-lens audit <bestand.csv> [--column NAAM] [--esp mailchimp|activecampaign|campaign-monitor] [--resolver URL] [--no-dns] [--out MAP] [--today JJJJ-MM-DD] [--lang en|nl|fr] [--json]\n  deliverability-lens message <bestand.eml> [--resolver URL] [--lang en|nl|fr] [--json]\nAfsluitcodes: 0 niets mis, 1 problemen gevonden, 2 kon niet controleren.',
    unknownCommand: 'Onbekende opdracht.',
    missingArg: 'Argument ontbreekt.',
    badOption: 'Onbekende of onvolledige optie.',
    resolverUnreachable: 'De DNS-resolver was niet bereikbaar; er kon niets gecontroleerd worden.',
    notADomain: 'Dat is geen domeinnaam.',
    overall: 'Algemeen',
    pass: 'in orde',
    warn: 'aandacht nodig',
    fail: 'fout',
    unknown: 'kon niet controleren',
    written: 'Bestanden geschreven in',
    outFailed: 'De uitvoermap kon niet geschreven worden.',
    notAvailable: 'Deze opdracht is niet beschikbaar in deze versie.',
  },
  addresses: (x) => plural(x, 'nl', { one: '1 adres', other: `${formatCount(x, 'nl')} adressen` }),
  sends: (x) =>
    plural(x, 'nl', {
      one: '1 verzending bereikt de hele lijst',
      other: `${formatCount(x, 'nl')} verzendingen bereiken de hele lijst`,
    }),
  step: (added, volume) => `+${added} → ${volume}`,
  growth: (p) => `+${p}`,
  cap: (prov, max, planned) =>
    `${prov}: hoogstens ${max} (van ${planned}) per dag; spreid de rest over de volgende dagen`,
  reconfirm: (x) =>
    `Eerst een bevestigingsmail naar ${x} contacten die al 6+ maanden stil zijn; alleen wie bevestigt, komt in het plan.`,
  notMailed: (x) => `Niet gemaild: ${x} contacten die nooit actief waren en ouder zijn dan 12 maanden.`,
  removedBefore: (x) => `Verwijderd vóór de eerste verzending: ${x} adressen.`,
  day: (d) => `dag ${d}`,
  readRows: (x) => `${x} rijen gelezen`,
  dnsDone: (d, t) => `${d} van ${t} domeinen opgezocht`,
  hardBounce: (p, c, of, s) => `Verwachte harde bounces: ${p} (${c} van ${of}) — ${s}`,
});

const fr: AuditTexts = make('fr', {
  article: "l'article de l'agence (base de connaissances §1)",
  sunset: 'pratique de « sunset » (base de connaissances §8)',
  other: 'serveur de messagerie propre / autre',
  unknown: 'inconnu (recherche échouée ou non faite)',
  flags: {
    syntax: 'adresse invalide',
    duplicate: 'doublon',
    role: 'adresse générique',
    typo: 'faute de frappe',
    disposable: 'adresse jetable',
    'domain-dead': 'le domaine ne peut pas recevoir de courriel',
  },
  segments: {
    'customers-30': 'Clients et contacts actifs ces 30 derniers jours',
    'active-90': 'Actifs il y a 31 à 90 jours',
    'active-180': 'Actifs il y a 3 à 6 mois',
    'new-unengaged': 'Ajoutés ces 6 derniers mois, pas encore d’activité',
    undated: 'Engagement inconnu (pas de colonne d’activité)',
    reconfirm: 'Silencieux depuis 6 mois ou plus : demandez d’abord une reconfirmation',
    'do-not-mail': 'Jamais actifs, plus de 12 mois : ne pas leur écrire',
  },
  scale: {
    normal: 'normal',
    'alarm-line': 'à la limite d’alerte (2–3 %)',
    alarm: 'signal d’alarme',
    bad: 'mauvais',
    disaster: 'près de 20 % — une catastrophe',
  },
  disasterOver: 'une catastrophe (20 % ou plus)',
  roles: {
    email: 'Adresse e-mail',
    lastActivity: 'Dernière activité',
    created: 'Création / inscription',
    lastOrder: 'Dernière commande',
    customer: 'Client (oui/non)',
    firstName: 'Prénom',
    lastName: 'Nom',
  },
  error: (e) => {
    switch (e.kind) {
      case 'empty':
        return 'Le fichier est vide.';
      case 'binary':
        return e.looksLike === 'xlsx' || e.looksLike === 'xls'
          ? 'Ceci est un classeur Excel, pas un fichier CSV. Dans Excel, choisissez « Enregistrer sous » → « CSV (séparateur : point-virgule) » et réessayez.'
          : 'Ce n’est pas un fichier texte (il semble binaire). Exportez la liste de votre CRM au format CSV.';
      case 'encoding':
        return 'Le fichier n’est ni du texte UTF-8 ni du Windows-1252. Exportez-le à nouveau en CSV UTF-8.';
      case 'no-rows':
        return 'Le fichier a une ligne d’en-tête mais aucune ligne de données.';
      case 'no-email-column':
        return 'Aucune colonne ne contient d’adresses e-mail. Choisissez la colonne e-mail, ou exportez la liste avec les adresses.';
      case 'column-not-found':
        return `Il n’y a pas de colonne « ${e.column} ». Colonnes : ${e.headers.join(', ')}.`;
      case 'read-failed':
        return `Le fichier n’a pas pu être lu : ${e.message}`;
    }
  },
  finding: (f, pct, n, scale) => {
    const p = f.params;
    switch (f.id) {
      case 'hard-bounce-expected':
        return `Si vous envoyiez à cette liste telle quelle, au moins ${pct(num(p, 'share'))} rebondirait définitivement (${n(num(p, 'count'))} adresses sur ${n(num(p, 'of'))}) : ${scale(p.scale as BounceScale)}. L’échelle de l’article : moins de 2 % normal, 2–3 % signal d’alarme, 10 % mauvais, 20 % une catastrophe.`;
      case 'dead-domains':
        return `${n(num(p, 'addresses'))} adresses sont sur ${n(num(p, 'domains'))} domaines qui ne peuvent pas recevoir de courriel (domaine inexistant ou sans serveur de messagerie) : supprimez-les dans votre CRM.`;
      case 'syntax':
        return `${plural(num(p, 'count'), 'fr', { one: '1 entrée n’est pas une adresse e-mail valide', other: `${n(num(p, 'count'))} entrées ne sont pas des adresses e-mail valides` })}.`;
      case 'typos':
        return `${plural(num(p, 'count'), 'fr', { one: '1 adresse a', other: `${n(num(p, 'count'))} adresses ont` })} un domaine de fournisseur mal orthographié (gmial.com, telnet.be …) : corrigez-les dans votre CRM ; la correction proposée figure dans la liste des adresses retirées.`;
      case 'disposable':
        return `${plural(num(p, 'count'), 'fr', { one: '1 adresse vient', other: `${n(num(p, 'count'))} adresses viennent` })} de services jetables : elles disparaissent peu après l’inscription.`;
      case 'duplicates':
        return `${plural(num(p, 'count'), 'fr', { one: '1 adresse apparaît', other: `${n(num(p, 'count'))} adresses apparaissent` })} plus d’une fois.`;
      case 'role-addresses':
        return `${plural(num(p, 'count'), 'fr', { one: '1 est une boîte partagée', other: `${n(num(p, 'count'))} sont des boîtes partagées` })} (info@, ventes@ …) : conservées, mais elles réagissent rarement et se plaignent plus souvent.`;
      case 'silent-contacts':
        return `${pct(num(p, 'share'))} des contacts (${n(num(p, 'count'))}) sont silencieux depuis 6 mois ou plus : le consentement vieillit — demandez-leur d’abord de reconfirmer.`;
      case 'never-engaged-old':
        return `${pct(num(p, 'share'))} (${n(num(p, 'count'))}) n’ont jamais réagi et datent de plus de 12 mois : ne leur écrivez pas.`;
      case 'no-engagement-data':
        return 'La liste n’a pas de colonne d’activité ou de commandes : l’engagement est inconnu, le plan redémarre partout par petits groupes.';
      case 'no-dns':
        return 'Les domaines n’ont pas été vérifiés : les domaines morts ne sont donc pas signalés et les fournisseurs des domaines d’entreprise sont inconnus.';
      case 'unknown-domains':
        return `${plural(num(p, 'domains'), 'fr', { one: '1 domaine n’a', other: `${n(num(p, 'domains'))} domaines n’ont` })} pas pu être vérifiés : leurs adresses sont « inconnues », pas mortes, et restent dans la liste.`;
      case 'out-of-reach':
        return 'L’existence d’une boîte, les domaines « catch-all » et les pièges à spam ne se vérifient pas sans envoyer (Microsoft interdit le sondage SMTP comme « namespace mining »).';
    }
  },
  stop: (r, pct) =>
    r.id === 'bounces'
      ? `N’augmentez pas tant que les rebonds dépassent ${pct(r.above!)}.`
      : r.id === 'complaints'
        ? `N’augmentez pas tant que les plaintes pour spam dépassent ${pct(r.above!)}.`
        : `Faites une pause en cas de report comme ${r.codes!.join(' ou ')} (attendez, puis envoyez moins).`,
  ui: {
    csvDelimiter: ';',
    title: 'Vérifier une liste avant l’envoi',
    intro:
      'Déposez un export CSV de votre CRM ou ERP. Rien n’est envoyé en ligne : le fichier est lu ici, seuls les domaines sont vérifiés par DNS.',
    drop: 'Déposez un fichier CSV ici, ou choisissez-en un',
    choose: 'Choisir un fichier',
    confirmColumns: 'Quelle colonne contient quoi ?',
    none: '— aucune —',
    column: 'colonne',
    start: 'Vérifier la liste',
    cancel: 'Annuler',
    summary: 'Ce que contient la liste',
    flags: 'Adresses posant problème',
    providers: 'Qui héberge les adresses (fournisseurs de messagerie)',
    plan: 'Plan de redémarrage',
    planIntro: 'Envoyez d’abord aux plus engagés et ajoutez le reste par petites étapes, tous les quelques jours.',
    stopRules: 'Quand s’arrêter',
    sources: 'Sources',
    exports: 'Télécharger',
    cleaned: 'Liste nettoyée (pour le CRM)',
    removed: 'Adresses retirées, avec la raison',
    planCsv: 'Plan d’envoi',
    segmentCsv: 'Segment pour Mailchimp, ActiveCampaign ou Campaign Monitor',
    send: 'Envoi',
    dayHead: 'Jour',
    recipients: 'Destinataires',
    joins: 'Qui s’ajoute',
    growthHead: 'Croissance',
    caps: 'Plafond par fournisseur',
    noCaps: 'Aucun plafond par fournisseur nécessaire : à ces volumes, ils ne jouent pas.',
    email: 'Adresse',
    flagHead: 'Problème',
    fix: 'Correction proposée',
    providerHead: 'Fournisseur',
    rows: 'Lignes lues',
    distinct: 'Adresses distinctes',
    kept: 'Conservées',
    removedCount: 'Retirées',
    noEmail: 'Lignes sans adresse',
    encoding: 'Lu comme',
    shown: '200 premières adresses posant problème',
    restartTitle: 'Comment redémarrer après cette campagne',
    cancelled: 'Annulé : les chiffres portent sur ce qui a été lu jusqu’ici.',
  },
  cli: {
    usage:
      'Utilisation :\n  deliverability-lens check <domaine> [--esp mailchimp|activecampaign|campaign-monitor] [--resolver URL] [--lang en|nl|fr] [--json]\n  deliverability-lens audit <fichier.csv> [--column NOM] [--esp mailchimp|activecampaign|campaign-monitor] [--resolver URL] [--no-dns] [--out DOSSIER] [--today AAAA-MM-JJ] [--lang en|nl|fr] [--json]\n  deliverability-lens message <fichier.eml> [--resolver URL] [--lang en|nl|fr] [--json]\nCodes de sortie : 0 rien à signaler, 1 problèmes trouvés, 2 vérification impossible.',
    unknownCommand: 'Commande inconnue.',
    missingArg: 'Argument manquant.',
    badOption: 'Option inconnue ou incomplète.',
    resolverUnreachable: 'Le résolveur DNS est injoignable ; rien n’a pu être vérifié.',
    notADomain: 'Ce n’est pas un nom de domaine.',
    overall: 'Global',
    pass: 'en ordre',
    warn: 'à surveiller',
    fail: 'en échec',
    unknown: 'vérification impossible',
    written: 'Fichiers écrits dans',
    outFailed: 'Le dossier de sortie n’a pas pu être écrit.',
    notAvailable: 'Cette commande n’est pas disponible dans cette version.',
  },
  addresses: (x) => plural(x, 'fr', { one: '1 adresse', other: `${formatCount(x, 'fr')} adresses` }),
  sends: (x) =>
    plural(x, 'fr', {
      one: '1 envoi atteint toute la liste',
      other: `${formatCount(x, 'fr')} envois atteignent toute la liste`,
    }),
  step: (added, volume) => `+${added} → ${volume}`,
  growth: (p) => `+${p}`,
  cap: (prov, max, planned) =>
    `${prov} : au plus ${max} (sur ${planned}) par jour ; étalez le reste sur les jours suivants`,
  reconfirm: (x) =>
    `D’abord, un courriel de reconfirmation à ${x} contacts silencieux depuis 6 mois ou plus ; seuls ceux qui confirment entrent dans le plan.`,
  notMailed: (x) => `Non contactés : ${x} contacts jamais actifs et de plus de 12 mois.`,
  removedBefore: (x) => `Retirées avant le premier envoi : ${x} adresses.`,
  day: (d) => `jour ${d}`,
  readRows: (x) => `${x} lignes lues`,
  dnsDone: (d, t) => `${d} domaines vérifiés sur ${t}`,
  hardBounce: (p, c, of, s) => `Rebonds définitifs attendus : ${p} (${c} sur ${of}) — ${s}`,
});

/** The audit texts per product language. */
export const AUDIT_TEXTS: Record<Lang, AuditTexts> = { en, nl, fr };

/** The audit texts of a language. */
export function auditTexts(lang: Lang): AuditTexts {
  return AUDIT_TEXTS[lang];
}
