// Dutch texts of lib/i18n/audit.ts, which holds their type, shared helpers and accessor.
import type { BounceScale } from '../../audit/findings';
import { formatCount, plural } from '../index';
import { restart } from './restart';
import { make, num, type AuditTexts } from '../audit';

export const audit: AuditTexts = make('nl', {
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
    restartTitle: restart.title,
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
  sends: restart.sends,
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
