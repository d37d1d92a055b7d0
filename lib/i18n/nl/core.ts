// Nederlandse teksten, dezelfde sleutels als en/core.ts (het type dwingt elke sleutel af).
import type { Messages } from '../index';
import { restart } from './restart';

const pl = (n: number, one: string, other: string) => (new Intl.PluralRules('nl-BE').select(n) === 'one' ? one : other);
const GMAIL_CAVEAT =
  'Gmail meldt mailingtools geen klachten per persoon, dus Gmail-gebruikers ontbreken in dit cijfer: Google Postmaster Tools toont het echte spampercentage bij Gmail.';

export const core: Messages = {
  band: { normal: 'normaal', watch: 'op de alarmgrens', alarm: 'alarm', bad: 'slecht', disaster: 'een ramp' },
  bandSay: {
    normal: (line) => `onder de alarmgrens van ${line}`,
    watch: (lo, hi) => `op de alarmgrens van ${lo}–${hi}`,
    alarm: (hi) => `boven de alarmgrens van ${hi}`,
    bad: (from) => `slecht (vanaf ${from})`,
    disaster: (from) => `een ramp (vanaf ${from})`,
    nearly: (line) => `bijna ${line}, een ramp`,
  },
  part: {
    'auth-broken': 'SPF, DKIM en DMARC',
    'free-mail-from': 'het afzenderadres',
    'bulk-sender-rules': 'de regels voor bulkverzenders',
    'dkim-key-quality': 'de DKIM-sleutels',
    'dmarc-none-at-volume': 'het DMARC-beleid',
    'dns-in-order': 'de DNS-samenvatting',
    'dns-unchecked': 'de DNS-samenvatting',
    'bounce-rate': 'de bounce rate',
    'bounce-categories': 'de soorten bounces',
    'complaint-rate': 'de spamklachten',
    'open-rate': 'de open rate',
    'click-rate': 'de click rate',
    'unsubscribe-rate': 'de uitschrijvingen',
    'volume-spike': 'het verzendvolume',
    'reputation-trend': 'de trend over uw mailings',
  },
  cause: {
    authentication: 'Authenticatie (SPF, DKIM, DMARC)',
    'list-quality': 'Kwaliteit van de lijst',
    volume: 'Verzendpatroon',
    engagement: 'Betrokkenheid',
    reputation: 'Reputatie van de afzender',
    none: 'Geen probleem gevonden',
    unknown: 'Onvoldoende gegevens',
  },
  headline: {
    authBroken: (what) =>
      `De e-mailauthenticatie van uw domein is niet in orde (${what}): los dat eerst op, mailboxproviders wantrouwen niet-geauthenticeerde mail.`,
    dnsFineList: (rate, words) =>
      `DNS is in orde, de oorzaak is dus niet technisch: de lijst is het probleem — ${rate} van de mails bouncete: ${words}.`,
    figuresList: (rate, words) => `${rate} van de mails bouncete: ${words}.`,
    watch: (rate, words) =>
      `${rate} van de mails bouncete: ${words}. Verwijder de harde bounces en volg de volgende verzending op.`,
    dnsToCheck: 'DNS moet nog gecontroleerd worden: sluit dat eerst uit voor u de lijst de schuld geeft.',
    dnsFailed: 'DNS kon niet gecontroleerd worden: controleer dat eerst voor u de lijst de schuld geeft.',
    dnsToCheckFirst: 'DNS moet nog gecontroleerd worden: sluit dat eerst uit.',
    dnsFailedFirst: 'DNS kon niet gecontroleerd worden: controleer dat eerst.',
    volume: (factor) => `Deze mailing was ${factor}× uw gewone volume: filters reageren hard op alles in één keer.`,
    pause: (days) => `Dit is uw eerste verzending in ${days} dagen: een koude afzender wordt gewantrouwd.`,
    engagementLow: (rate, agree) => `Slechts ${rate} opende, en ${agree}: de mail belandt waarschijnlijk in spam.`,
    dnsFineBut: (rest) => `DNS is in orde, maar ${rest}`,
    opensLowAlone: (rate) =>
      `Slechts ${rate} opende, maar kliks, bounces en klachten zien er normaal uit: lage opens alleen bewijzen de spammap niet.`,
    figuresFine: 'De cijfers zien er gezond uit (DNS nog niet gecontroleerd).',
    allFine: 'DNS is in orde en de cijfers zien er gezond uit.',
    figuresFineDnsFailed: 'De cijfers zien er gezond uit, maar DNS kon niet gecontroleerd worden.',
    reputation: 'Uw resultaten worden mailing na mailing slechter: mailboxproviders leren uw mail te wantrouwen.',
    complaints: {
      ok: (rate, count, n) =>
        `${n} ${pl(count, 'persoon', 'mensen')} markeerde${count === 1 ? '' : 'n'} deze mailing als spam (${rate}): binnen de grenzen, maar klachten van Gmail worden hier niet geteld.`,
      warn: (rate, count, n) =>
        `${n} ${pl(count, 'persoon', 'mensen')} markeerde${count === 1 ? '' : 'n'} deze mailing als spam (${rate}): meer dan Gmail bulkverzenders toestaat — sluit hen uit en mail alleen wie erom vroeg.`,
      max: (rate, _count, n) =>
        `Te veel mensen markeren uw mail als spam (${rate}, ${n}): bij dit cijfer filteren of weigeren Gmail en Yahoo uw mail.`,
    },
    complaintsNoRate: (count, n) =>
      `${n} ${pl(count, 'persoon', 'mensen')} markeerde${count === 1 ? '' : 'n'} deze mailing als spam; open één keer het overzicht van het rapport om het percentage te beoordelen.`,
    noComplaints: 'Voor deze mailing staan geen spamklachten in de lijst (klachten van Gmail staan er nooit in).',
    noBounces: 'Op deze pagina staan geen gebouncete adressen.',
    blockedRep: (n, total) =>
      `${n} van de ${total} bounces zijn weigeringen wegens spam of reputatie: pauzeer en analyseer vóór de volgende verzending.`,
    mostlyDead: (n, total) =>
      `${n} van de ${total} bounces zijn adressen die niet meer bestaan: de lijst is oud — verwijder ze in uw CRM.`,
    reasonsUnread: (n, hard) =>
      `De mailingtool noemt ${hard} van de ${n} bounces hard: verwijder die. De redenen zijn nog niet gelezen, dus blokkeringen tussen de ${n - hard} zachte zijn niet te zien.`,
    triage: (total, dead, blocks, temporary) =>
      `${total} bounces: ${dead} dood, ${blocks} ${pl(blocks, 'blokkering', 'blokkeringen')}, ${temporary} tijdelijk — geen patroon van weigeringen.`,
    unknown: 'DNS kon niet gecontroleerd worden en de cijfers wijzen nergens in het bijzonder naar.',
  },
  finding: {
    bounceEvidence: (rate, bounced, recipients, words) => `${rate} bouncete (${bounced} van ${recipients}): ${words}.`,
    bounceAdvice: {
      watch: 'Verwijder de harde bounces in uw CRM vóór de volgende verzending.',
      alarm: 'Zoek uit waar de gebouncete adressen vandaan komen vóór de volgende verzending.',
      bad: 'Pauzeer deze lijst en schoon ze op aan de bron (uw CRM).',
      disaster: 'Stop met mailen naar deze lijst tot ze aan de bron is opgeschoond.',
    },
    openEvidence: (rate, bench) => `Open rate ${rate} tegenover de benchmark van ${bench}.`,
    openAdviceLow:
      'Mail eerst wie recent actief was (30 → 60 → 90 dagen) en verhoog het volume pas als de kliks standhouden.',
    authEvidence: (areas) => `Niet in orde: ${areas}.`,
    authAdvice: 'Publiceer de records die uw mailingtool vraagt (eerst DKIM, dan DMARC) vóór de volgende verzending.',
    dnsOkEvidence: 'SPF, DKIM en DMARC zijn gepubliceerd en geldig voor deze mailingtool.',
    dnsOkAdvice:
      '“DNS is in orde” betekent niet dat de mailingtool de schuld heeft: kijk naar de lijst en het verzendpatroon.',
    dnsUnknownEvidence: (why) => `DNS kon niet gecontroleerd worden: ${why}`,
    partFailed: (part, msg) => `Een deel van de controle mislukte: ${part} (${msg}).`,
  },
  auth: {
    noRecord: 'geen SPF-record',
    termCost: (cost, total) => `${cost} lookup${cost === 1 ? '' : 's'}, ${total} tot nu toe`,
    termFree: 'geen lookup',
    void: 'vindt niets (lege lookup)',
    dependsOnSender: 'hangt af van het bericht; geteld, niet gevolgd',
    overLimit: 'voorbij de limiet van 10',
    spfTotal: (n) => `${n} van maximaal 10 DNS-lookups.`,
    keyStatus: {
      valid: 'geldig',
      weak: 'zwak (onder 2048 bit)',
      testing: 'testmodus (t=y)',
      revoked: 'ingetrokken',
      invalid: 'onbruikbaar',
    },
    probed: (list) => `Geprobeerde selectors: ${list}.`,
    alignment: 'DMARC-pass via',
    blocklists: 'Blocklists',
  },
  severity: { critical: 'Kritiek', warning: 'Waarschuwing', info: 'Opmerking', ok: 'OK' },
  trend: {
    title: (n) => `Bounce, open en click rate over uw laatste ${n} mailings`,
    bounce: 'bounce rate',
    open: 'open rate',
    click: 'click rate',
    date: 'verzonden',
  },
  restart,
  sections: {
    dns: 'DNS',
    findings: 'Bewijs',
    steps: 'Volgende stappen',
    trend: 'Uw recente mailings',
    export: 'Opschoonlijst',
  },
  rules: {
    freeMail: (d) =>
      `Uw afzenderadres gebruikt ${d}, een gratis maildomein: mail "van" dat adres via een mailingtool faalt voor DMARC bij Gmail, Yahoo en Microsoft.`,
    freeMailAdvice: 'Verstuur vanaf een adres op uw eigen domein en authenticeer dat domein in uw mailingtool.',
    dkimQuality: (list) => `Problemen met DKIM-sleutels: ${list}.`,
    dkimQualityAdvice: 'Vraag uw mailingtool om een sleutel van 2048 bit en haal de sleutel uit testmodus (t=y).',
    dmarcNone: (n) =>
      `DMARC staat op p=none terwijl deze mailing naar ${n} ontvangers ging: misbruik van uw domein wordt niet tegengehouden.`,
    dmarcNoneAdvice: 'Lees enkele weken de DMARC-rapporten en ga dan naar p=quarantine.',
    bulk: (providers, n, missing) =>
      n
        ? `${providers} kan u als bulkverzender zien (${n} per dag) en eist dan ${missing}.`
        : `${providers} eist ${missing} van elke afzender.`,
    bulkOk: (providers, n) =>
      n
        ? `${providers} kan u als bulkverzender zien (${n} per dag); aan de authenticatieregels is voldaan.`
        : `${providers}: aan de authenticatieregels voor elke afzender is voldaan.`,
    bulkChecklist:
      'Niet zichtbaar in DNS: uitschrijven met één klik (List-Unsubscribe en List-Unsubscribe-Post, RFC 8058) en een spampercentage onder 0,10% — zie Google Postmaster Tools.',
    bulkOkAdvice:
      'Controleer de uitschrijfheaders in een ontvangen exemplaar van de mail (Gmail: "Origineel weergeven").',
    bulkAdvice:
      'Sinds eind 2025 wordt bulkmail die niet voldoet geweigerd: los de ontbrekende eisen op vóór de volgende grote verzending.',
    upTo: (n) => `tot ${n}`,
    about: (n) => `ongeveer ${n}`,
    req: {
      spf: 'SPF',
      dkim: 'DKIM',
      spfPass: 'SPF dat slaagt',
      dkimPass: 'DKIM dat slaagt',
      dmarc: 'een DMARC-record',
      alignment: 'een uitgelijnd afzenderdomein',
    },
    hardSoft: (hard, soft) => ` Hard ${hard}, soft ${soft}.`,
    deadShare: (n, total) =>
      `${n} van de ${total} bounces zijn adressen die niet (meer) bestaan of domeinen die weg zijn.`,
    deadAdvice: 'Die komen nooit aan: verwijder ze in uw CRM en zoek uit waar deze oude contacten vandaan komen.',
    blockedAuth: (n, total) => `${n} van de ${total} bounces zijn blokkeringen wegens mislukte authenticatie (5.7.x).`,
    blockedAuthAdvice:
      'Ontvangers weigeren uw mail als niet-geauthenticeerd: publiceer de DKIM-records van uw mailingtool en een DMARC-record en verstuur dan opnieuw.',
    blockedRep: (n, total, deferred) =>
      `${n} van de ${total} bounces zijn weigeringen wegens spam of reputatie (blocklists, beleid${deferred ? `; waarvan ${deferred} uitstel wegens reputatie, zoals Gmail 4.7.28 of Yahoo TSS04` : ''}).`,
    triage: (total, dead, rep, auth, temporary) =>
      `Van ${total}: ${dead} dood (verwijderen), ${rep} geweigerd wegens reputatie, ${auth} geweigerd wegens authenticatie, ${temporary} tijdelijk.`,
    blockedRepAdvice:
      'Pauzeer en analyseer: blokkeringen betekenen dat uw reputatie of inhoud onder druk staat. Herstart klein met recente lezers.',
    complaints: {
      ok: (rate, _count, n, warn, max) =>
        `Spamklachten ${rate} (${n}): onder de ${warn} die Gmail bulkverzenders toestaat en de ${max} die Gmail en Yahoo nooit toelaten. ${GMAIL_CAVEAT}`,
      warn: (rate, _count, n, warn, max) =>
        `Spamklachten ${rate} (${n}): boven de ${warn} die Gmail bulkverzenders toestaat, onder de ${max} die Gmail en Yahoo nooit toelaten. ${GMAIL_CAVEAT}`,
      max: (rate, _count, n, _warn, max) =>
        `Spamklachten ${rate} (${n}): op of boven de ${max} die Gmail en Yahoo nooit toelaten. ${GMAIL_CAVEAT}`,
    },
    complaintsNoRate: (count, n, warn, max) =>
      `${n} ${pl(count, 'spamklacht', 'spamklachten')} in de lijst. Het percentage vraagt het aantal afgeleverde mails, uit het overzicht van de mailing; het wordt getoetst aan ${warn} en ${max}. ${GMAIL_CAVEAT}`,
    complaintsAdvice: 'Mail alleen wie erom vroeg, maak uitschrijven één klik, en stop met oude contacten te mailen.',
    clicks: (rate, bench) => `Click rate ${rate} tegenover de benchmark van ${bench}.`,
    clicksLowAdvice: 'Weinig kliks: de mail bereikt of boeit de lijst niet. Segmenteer op betrokkenheid.',
    opensNoClicks: (open, cto) =>
      `De opens zien er normaal uit (${open}) maar bijna niemand klikt (${cto} van wie opende): Apple Mail Privacy Protection en linkscanners blazen opens op.`,
    opensNoClicksAdvice: 'Beoordeel betrokkenheid op kliks, niet op opens.',
    agree: {
      clicks: (rate) => `slechts ${rate} klikte`,
      bounces: (rate) => `${rate} bouncete`,
      complaints: (rate) => `${rate} klaagde`,
    },
    openLowAgreed: (agree) =>
      `Laag ondanks de opgeblazen opens van Apple Mail, en ${agree}: samen een sterk teken van de spammap.`,
    openLowAlone:
      'Laag, maar opens alleen bewijzen weinig (Gmail: een lage open rate zegt weinig over de aflevering); kliks, bounces en klachten wijzen niet naar de spammap.',
    openLowAloneAdvice:
      'Oordeel op kliks, en bekijk een ontvangen exemplaar voor u besluit dat de mail in spam belandde.',
    openHistory: (rate, median) => ` Uw eigen recente mailings haalden ${median}; deze ${rate}.`,
    unsub: (rate) => `Uitschrijvingen ${rate}: boven 1% verwachtte de lijst deze mail niet.`,
    unsubAdvice: 'Mail wie recent betrokken was en zeg bij inschrijving wat men zal krijgen.',
    spike: (n, factor, median) =>
      `Deze mailing ging naar ${n} ontvangers, ${factor}× uw recente mediaan van ${median}: "alles in één keer" is een sterk negatief signaal.`,
    spikeAdvice: 'Splits de lijst: mail eerst recente lezers en verhoog het volume stap voor stap (opwarmen).',
    pause: (days) => `Dit is de eerste verzending na ${days} dagen stilte: providers wantrouwen een koude afzender.`,
    pauseAdvice: 'Herstart met een kleine groep recente lezers en verhoog het volume met hooguit de helft per dag.',
    trend: (first, last, n) =>
      `De open rate zakte van ${first} naar ${last} over uw laatste ${n} mailings: de eerste mailing ging goed, daarna werd het slechter — providers leren.`,
    trendBounce: (first, last, n) => `De bounce rate steeg van ${first} naar ${last} over uw laatste ${n} mailings.`,
    trendAdvice:
      'Stop de neerwaartse lijn: schoon de lijst op aan de bron, mail een tijd alleen betrokken lezers en volg elke verzending op.',
  },
  steps: {
    list: {
      watch: [
        'Verwijder de harde bounces in uw CRM vóór de volgende verzending.',
        'Volg de volgende verzending op: blijven de bounces op 2% of meer, zoek dan uit waar deze adressen vandaan komen.',
      ],
      alarm: [
        'Verwijder de harde bounces in uw CRM, niet alleen in de mailingtool.',
        'Zoek uit waar de gebouncete adressen vandaan komen: oude CRM/ERP-contacten, offerteaanvragen, info@-adressen.',
        'Mail de volgende keer eerst recente contacten en klanten.',
      ],
      bad: [
        'Pauzeer deze lijst: mailen "om op te schonen" is precies verkeerd.',
        'Schoon ze op aan de bron, uw CRM: verwijder harde bounces, tikfouten en contacten die nooit reageerden.',
        'Herstart klein met klanten en wie recent reageerde; schaal pas op als de bounces onder 2% blijven.',
      ],
      disaster: [
        'Stop met mailen naar deze lijst: ze is zwaar vervuild, en "opnieuw proberen" is het slechtste idee.',
        'Schoon ze op aan de bron, uw CRM: verwijder de gebouncete adressen, tikfouten en contacten die nooit reageerden; vraag wie 6 maanden of langer stil bleef opnieuw om toestemming.',
        'Herstart klein met klanten en wie de laatste 30–90 dagen reageerde; schaal pas op als de bounces onder 2% blijven.',
      ],
    },
    dnsFirst: 'Controleer eerst de DNS (SPF, DKIM, DMARC): vul hierboven uw afzenderdomein in.',
    dnsFailed:
      'Controleer eerst de DNS: de resolver antwoordde niet — probeer opnieuw, of kies een andere resolver in de opties.',
    suppressComplainers: (count, n) =>
      `Sluit ${count === 1 ? 'de klager' : `de ${n} klagers`} uit in uw mailingtool en uw CRM: mail ${count === 1 ? 'die persoon' : 'hen'} nooit meer.`,
    postmaster:
      'Bekijk uw echte spampercentage bij Gmail in Google Postmaster Tools: Gmail vertelt geen enkele mailingtool wie klaagde.',
    consent: 'Blijf alleen mailen wie erom vroeg, met uitschrijven in één klik.',
    removeDead: (n) => `Verwijder ${n === 1 ? 'het dode adres' : `de ${n} dode adressen`} in uw CRM.`,
    authBlocks: (n) =>
      `${n} ${pl(n, 'weigering is', 'weigeringen zijn')} wegens mislukte authenticatie: controleer uw DNS (SPF, DKIM, DMARC) vóór de volgende verzending.`,
    pauseReputation: (n) =>
      `${n} ${pl(n, 'weigering noemt', 'weigeringen noemen')} uw reputatie: pauzeer grote verzendingen en herstart klein met recente lezers.`,
    readReasons: (n) =>
      `Haal de redenen op voor ${n === 1 ? 'de bounce' : `de ${n} bounces`} die nog niet gelezen ${n === 1 ? 'is' : 'zijn'}, om blokkeringen van dode adressen te onderscheiden.`,
    volume: [
      'Splits de lijst en mail eerst recente lezers (30 → 60 → 90 dagen).',
      'Verhoog het volume met hooguit 50% per dag, verdubbel nooit in één keer.',
      'Pauzeer bij uitstel (4.7.28, TSS04) of blokkeringen.',
    ],
    engagement: [
      'Segmenteer op betrokkenheid: mail wie recent klikte.',
      'Herstart klein met mail die gelezen en beantwoord wordt.',
      'Schaal pas op als de kliks standhouden.',
    ],
    reputation: [
      'Pauzeer de grote verzendingen.',
      'Schoon de lijst op aan de bron en houd alleen betrokken lezers.',
      'Herstart met kleine, gewenste verzendingen en groei stap voor stap.',
    ],
    authentication: [
      'Publiceer de records die uw mailingtool vraagt: eerst de DKIM-records, dan een DMARC-record met een rua-adres.',
      'Controleer hier opnieuw vóór de volgende verzending.',
      'Lees daarna de cijfers: DNS in orde betekent niet dat de lijst in orde is.',
    ],
    none: ['Blijf harde bounces na elke verzending verwijderen.', 'Blijf de trend hieronder volgen.'],
    unknown: ['Controleer de DNS opnieuw (de resolver antwoordde niet), of vul het afzenderdomein in.'],
  },
  manual: {
    title: 'Geen rapport op het scherm? Vul de cijfers zelf in',
    field: {
      recipients: 'Ontvangers',
      hard: 'Harde bounces',
      soft: 'Zachte bounces',
      opens: 'Unieke opens',
      clicks: 'Unieke kliks',
      unsubscribes: 'Uitschrijvingen',
      complaints: 'Spamklachten',
    },
    run: 'Diagnose',
    notANumber: (f) => `${f}: geef een geheel getal.`,
    needRecipients: 'Geef minstens het aantal ontvangers.',
  },
  options: {
    title: 'Deliverability Lens — opties',
    saved: 'Bewaard.',
    resolvers: 'DNS-resolvers (DNS over HTTPS)',
    resolversHelp:
      'In deze volgorde gevraagd; faalt er een, dan wordt de volgende geprobeerd. Alleen DNS-namen van uw afzenderdomein gaan ernaartoe.',
    test: 'test',
    testing: 'bezig…',
    testOk: (ms) => `antwoordt (${ms} ms)`,
    testFail: (e) => `antwoordt niet: ${e}`,
    remove: 'verwijder',
    addDefault: (name) => `voeg ${name} toe`,
    custom: 'Een andere RFC 8484-resolver',
    addCustom: 'Toevoegen',
    badResolver: 'Dat is geen https://-adres voor DNS over HTTPS.',
    noPermission: 'Er werd geen toestemming gegeven om die resolver te bereiken.',
    domains: 'Afzenderdomeinen per account',
    noDomains: 'Nog geen: het paneel vraagt ernaar bij uw eerste rapport.',
    general: 'Algemeen',
    language: 'Taal',
    langAuto: 'Zoals de browser',
    selectors: "Extra DKIM-selectors (gescheiden door komma's)",
    thresholds: 'Drempels',
    threshold: {
      bounceAlarm: 'Bounce rate: alarmgrens vanaf',
      bounceBad: 'Bounce rate: slecht vanaf',
      bounceDisaster: 'Bounce rate: ramp vanaf',
      openBenchmark: 'Benchmark open rate',
      complaintWarn: 'Klachten: waarschuwing vanaf',
      complaintMax: 'Klachten: kritiek vanaf',
    },
    badThreshold: 'Een drempel is een percentage tussen 0 en 100.',
    resetThresholds: 'Terug naar de waarden van het artikel',
    export: 'Export',
    delimiter: 'Scheidingsteken CSV',
    delimiterAuto: 'Volgens de taal (; voor Nederlandstalige Excel)',
    bom: 'Begin het bestand met een BOM (Excel leest accenten juist)',
    checkDomains: 'Controleer elk ontvangersdomein via DNS (dode domeinen)',
    data: 'Uw gegevens',
    clearHistory: 'Wis de geschiedenis van mailings',
    clearAll: 'Wis alle gegevens',
    historyCleared: 'Geschiedenis gewist.',
    allCleared: 'Alle gegevens gewist.',
    privacy: 'Wat uw computer verlaat',
    privacyText: (resolvers) =>
      `Alleen DNS-vragen over afzenderdomeinen (en, tijdens een export, de domeinen van ontvangers), via HTTPS naar uw resolvers: ${resolvers}. Geen cijfers, adressen of namen van mailings verlaten de browser; er is geen server van ons en geen analytics. Bounceredenen en bouncepagina's worden bij uw mailingtool opgehaald, met uw eigen login, zoals uw browser ze toont.`,
  },
  popup: {
    fixes: 'Records om te publiceren (klaar om te kopiëren)',
    copy: 'kopieer',
    restorePanels: 'Toon de verborgen panelen opnieuw',
    options: 'Opties: resolvers, taal, drempels, uw gegevens',
    addOrigin: 'Mijn ActiveCampaign-account staat op een eigen adres',
    originLabel: 'Het adres waarop u inlogt bij ActiveCampaign',
    originAdd: 'Toevoegen',
    originInvalid: 'Dat is geen bruikbaar adres.',
    originAdded: (o) => `Toegevoegd: rapporten op ${o} worden voortaan gelezen.`,
    originFailed: 'Niet toegevoegd',
    domain: 'Afzenderdomein',
    esp: 'Verzonden met',
    espUnknown: 'Weet ik niet / andere',
    checking: (d) => `${d} wordt gecontroleerd…`,
    resultFor: (d) => `DNS voor ${d}`,
  },
  export: {
    button: (n) => `Exporteer ${n} adres${n === 1 ? '' : 'sen'} voor het CRM (CSV)`,
    collectButton: 'Exporteer de gebouncete adressen voor het CRM (CSV)',
    collecting: (pages, n) => `Bouncelijst lezen: ${pages} pagina${pages === 1 ? '' : "'s"}, ${n} adressen…`,
    partial: (pages, n, why) => `Gestopt na ${pages} pagina${pages === 1 ? '' : "'s"} met ${n} adressen: ${why}.`,
    exportCollected: (n) => `Exporteer de ${n} verzamelde`,
    working: 'Adressen controleren en het bestand schrijven…',
    done: (file, n) => `Gedownload: ${file}, ${n} rijen.`,
    action: (a) =>
      ({
        'remove in CRM': 'Verwijderen in het CRM',
        'fix typo': 'Tikfout verbeteren',
        'retry later': 'Later opnieuw',
        'check authentication': 'Authenticatie nakijken',
        'pause and review sending': 'Pauzeren en verzending herbekijken',
        'check individually': 'Apart bekijken',
      })[a] ?? a,
    disagreements: (n) =>
      `${n} bounce${n === 1 ? '' : 's'} die de mailingtool soft noemt, ${n === 1 ? 'is' : 'zijn'} eigenlijk een blokkering of een dood adres (zie de kolom reason).`,
    unchecked: (n) =>
      `${n} domein${n === 1 ? '' : 'en'} kon${n === 1 ? '' : 'den'} niet via DNS gecontroleerd worden; geen ervan is als dood gemarkeerd.`,
    limits: 'Niet te controleren vanuit een browser: catch-all-domeinen, of een mailbox bestaat, spamtraps.',
    copy: (n) => `Kopieer de ${n} te blokkeren adressen`,
  },
  bounces: {
    triage: (n, dead, blocked, auth, temporary, other) =>
      `Van de ${n} met een reden: ${dead} dood adres${dead === 1 ? '' : 'sen'} (verwijderen), ${blocked} blokkering${blocked === 1 ? '' : 'en'}${auth ? ` (${auth} wegens authenticatie)` : ''}, ${temporary} tijdelijk, ${other} andere.`,
    disagree: (n) =>
      `${n} van de "soft" bounces van de mailingtool ${n === 1 ? 'is' : 'zijn'} eigenlijk een blokkering of een dood adres.`,
    listed: (n, hard, soft, other) =>
      `${n} gebouncete adres${n === 1 ? '' : 'sen'}: ${hard} hard, ${soft} soft${other ? `, ${other} andere` : ''}.`,
    reasons: (withReason, n) => `Reden bekend voor ${withReason} van ${n}.`,
    gather: (n) => `Haal de bounceredenen op (${n})`,
    progress: (done, total) => `Redenen lezen: ${done} van ${total}…`,
    cancel: 'Annuleren',
    gathered: (done, total, failed, cancelled) =>
      `${cancelled ? 'Gestopt' : 'Klaar'}: ${done} van ${total} gelezen${failed ? `, ${failed} konden niet gelezen worden` : ''}.`,
  },
  panel: {
    title: 'Deliverability Lens',
    likelyCause: 'Waarschijnlijke oorzaak',
    bounceRate: 'Bounce rate',
    openRate: 'Open rate',
    clickRate: 'Click rate',
    benchmark: (b) => `benchmark ${b}`,
    dns: 'DNS voor',
    checking: 'bezig met controleren…',
    loadingPart: 'Bezig met laden…',
    partFailed: 'Dit deel van het paneel kon niet worden geladen.',
    tryAgain: 'Opnieuw proberen',
    couldntCheck: 'kon niet controleren',
    askDomain: 'Van welk domein verstuurt u? Mailchimp toont het afzenderadres hier niet.',
    domainPlaceholder: 'uwdomein.be',
    save: 'Controleer',
    change: 'wijzig',
    collapse: 'Inklappen',
    expand: 'Uitklappen',
    close: 'Sluiten',
    notRecognised: 'De opmaak van deze pagina werd niet herkend, dus er werden geen cijfers gelezen.',
    couldNotRead: (what) => `Kon niet lezen: ${what}.`,
    why: 'waarom?',
    whyAbout: (id) => `Waarom: ${id}`,
    move: 'Sleep om het paneel te verplaatsen (of gebruik de pijltjestoetsen)',
    byHand: 'U kunt de cijfers met de hand invullen in de pop-up van de knoppenbalk en krijgt dezelfde diagnose.',
    copyStructure: 'Paginastructuur kopiëren (voor een foutmelding)',
    copied: 'Gekopieerd: de paginastructuur zonder namen, adressen en onderwerpen.',
    copiedShort: 'Gekopieerd.',
    copyFailed: 'Kopiëren naar het klembord lukte niet.',
    status: { pass: 'OK', warn: 'waarschuwing', fail: 'probleem', unknown: 'kon niet controleren' },
    area: { spf: 'SPF', dkim: 'DKIM', dmarc: 'DMARC', alignment: 'DMARC-alignment' },
    nextSteps: 'Volgende stappen',
    evidence: 'Bewijs',
    invalidDomain: 'Geef een domeinnaam zoals voorbeeld.be.',
    causeOnceDns: '(als DNS in orde is)',
    dnsLine: (domain, summary) => `DNS voor ${domain}: ${summary}`,
    evidenceLine: (n, critical) =>
      `${n} ${pl(n, 'bevinding', 'bevindingen')}${critical ? `, ${critical} kritiek` : ''}`,
    partsFailed: (parts) => `Een deel van de controle mislukte: ${parts}.`,
    dismiss: 'Verbergen voor deze mailing',
    complainers: (n) => `${n} ${pl(n, 'klager', 'klagers')} op deze pagina`,
  },
};
