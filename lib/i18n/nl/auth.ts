// Dutch texts of lib/i18n/auth.ts, which holds their type, shared helpers and accessor.
import { list, n, r, s, type AuthTexts } from '../auth';

export const auth: AuthTexts = {
  reason: {
    'tag-empty': () => 'lege tag tussen ";;"',
    'tag-not-pair': (p) => `"${s(p.text)}" is geen paar tag=waarde`,
    'tag-bad-name': (p) => `"${s(p.name)}" is geen geldige tagnaam`,
    'tag-twice': (p) => `tag "${s(p.name)}" staat er twee keer in`,
    'dkim-v-first': () => 'v=DKIM1 moet vooraan staan als het er is',
    'dkim-no-p': () => 'de tag p= (publieke sleutel) ontbreekt',
    'dkim-not-base64': () => 'de publieke sleutel is geen geldige base64',
    'dkim-not-rsa': () => 'de publieke sleutel is geen leesbare RSA-sleutel',
    'dkim-ed25519-size': () => 'een Ed25519-sleutel moet 32 bytes lang zijn',
    'dkim-unknown-k': (p) => `onbekend sleuteltype k=${s(p.k)}`,
    'dmarc-bad-policy': (p) => `${s(p.tag)}=${s(p.value)} is niet none, quarantine of reject`,
    'dmarc-not-mailto': (p) => `${s(p.tag)}-vermelding "${s(p.uri)}" is geen mailto:-adres`,
    'dmarc-no-v': () => 'het record moet beginnen met v=DMARC1',
    'dmarc-no-p': () => 'de tag p= (beleid) ontbreekt',
    'dmarc-bad-alignment': (p) => `${s(p.tag)}=${s(p.value)} moet r of s zijn`,
    'dmarc-bad-pct': (p) => `pct=${s(p.value)} moet een geheel getal van 0 tot 100 zijn`,
    'dmarc-pct-removed': () => 'pct is geschrapt in RFC 9989; gebruik t=y om te testen',
    'dmarc-bad-psd': (p) => `psd=${s(p.value)} moet y, n of u zijn`,
    'dmarc-tag-removed': (p) => `${s(p.tag)} is geschrapt in RFC 9989 en wordt genegeerd`,
    'dmarc-bad-t': (p) => `t=${s(p.value)} moet y of n zijn`,
    'dmarc-unknown-tag': (p) => `onbekende tag "${s(p.name)}" wordt genegeerd`,
    'domain-empty': () => 'er is niets ingevuld',
    'domain-bad-url': () => 'geen geldig webadres',
    'domain-spaces': () => 'een domein bevat geen spaties',
    'domain-invalid': () => 'geen geldige domeinnaam',
    'domain-ip': () => 'een IP-adres is geen afzenderdomein',
    'domain-one-label': () => 'een afzenderdomein heeft minstens twee delen, zoals example.com',
    'origin-empty': () => 'er is niets ingevuld',
    'origin-bad-url': () => 'geen webadres',
    'origin-not-https': () => 'het adres moet https gebruiken',
    'origin-not-plain': () => 'het adres moet een gewone hostnaam zijn',
    'origin-not-host': () => 'geen hostnaam',
    'macro-bad-char': (p) => `het teken ${s(p.char)} mag niet in een macro-string staan`,
    'macro-malformed': (p) => `onleesbare macro bij "${s(p.at)}"`,
    'macro-unknown-letter': (p) => `onbekende macroletter "${s(p.letter)}"`,
    'macro-exp-only-letter': (p) => `onbekende macroletter "${s(p.letter)}" (alleen toegestaan in de exp-tekst)`,
    'macro-zero-digits': () => 'het cijfer in een macro mag geen nul zijn',
    'macro-bad-percent': () => 'na "%" moet "{", "%", "_" of "-" volgen',
    'spf-empty-domain': () => 'een leeg domein',
    'spf-bad-toplabel': (p) => `"${s(p.text)}" eindigt niet op een geldig topniveaudeel`,
    'spf-bad-cidr': (p) => `/${s(p.text)} is geen prefixlengte van 0 tot ${s(p.max)}`,
    'spf-all-argument': () => 'all neemt geen argument',
    'spf-needs-domain': (p) => `${s(p.name)} vraagt ":domein"`,
    'spf-needs-address': (p) => `${s(p.name)} vraagt ":adres"`,
    'spf-unknown-mechanism': (p) => `onbekend mechanisme "${s(p.name)}"`,
    'spf-bad-ip': (p) => `"${s(p.text)}" is geen ${s(p.family)}-adres`,
    'spf-not-ascii': () => 'het record bevat tekens buiten het afdrukbare ASCII',
    'spf-no-version': () => 'het record begint niet met v=spf1',
    'spf-in-modifier': (p) => `${s(p.name)}=: ${r('nl', p.inner)}`,
    'spf-modifier-twice': (p) => `${s(p.name)}= staat er meer dan één keer in (§6)`,
    'spf-not-a-term': (p) => `"${s(p.text)}" is geen mechanisme of modifier`,
    'spf-eval-void-limit': (p) => `meer dan ${s(p.max)} lege opvragingen (de laatste: ${s(p.name)})`,
    'spf-eval-lookup-limit': (p) => `meer dan ${s(p.max)} termen die DNS bevragen (bereikt bij "${s(p.term)}")`,
    'spf-eval-include-temp': (p) => `include:${s(p.name)} mislukte tijdelijk`,
    'spf-eval-include-none': (p) => `include:${s(p.name)} heeft geen SPF-record`,
    'spf-eval-include-broken': (p) => `include:${s(p.name)} is defect`,
    'spf-eval-mx-too-many': (p) =>
      `${s(p.term)} heeft ${n('nl', p.hosts)} MX-hosts; er mogen er hoogstens ${s(p.max)} opgevraagd worden`,
    'spf-eval-bad-domain': (p) => `"${s(p.domain)}" is geen geldig domein`,
    'spf-eval-dns': (p) => `de DNS-vraag voor ${s(p.name)} mislukte (${s(p.detail)})`,
    'spf-eval-nxdomain': (p) => `${s(p.domain)} bestaat niet`,
    'spf-eval-no-record': (p) => `${s(p.domain)} heeft geen SPF-record`,
    'spf-eval-multiple': (p) => `${s(p.domain)} heeft ${n('nl', p.count)} SPF-records (§4.5)`,
    'spf-eval-syntax': (p) => `${s(p.domain)}: ${r('nl', p.inner)}`,
    'spf-eval-matched': (p) => `${s(p.domain)}: "${s(p.term)}" komt overeen`,
    'spf-eval-redirect': (p) => `redirect=${s(p.name)}: ${r('nl', p.inner)}`,
    'spf-eval-no-match': (p) => `${s(p.domain)}: geen enkel mechanisme komt overeen`,
    'spf-eval-bad-ip': (p) => `"${s(p.ip)}" is geen IP-adres`,
    'resolver-not-doh': () => 'geen https://-adres voor DNS-over-HTTPS',
    'check-background-closed': () => 'de achtergrond van de extensie heeft de verbinding gesloten',
    'check-failed': (p) => `de controle stopte door een onverwachte fout (${s(p.detail)})`,
    'check-refused': () => 'deze pagina mag de extensie niet om controles vragen',
    'check-bad-request': () => 'de extensie begreep de vraag niet',
  },
  couldntCheck: 'Kon niet worden gecontroleerd',
  required: 'nodig',
  checkingArea: 'Bezig met controleren…',
  selectorOutcome: { key: 'sleutel gevonden', absent: 'geen sleutel', unknown: 'kon niet worden gecontroleerd' },
  answeredBy: (a, f) => `beantwoord door ${a}${f.length ? ` nadat ${list('nl', f)} faalde` : ''}`,
  ownDomain: (d) =>
    `${d} is een gratis e-maildomein waarvoor u geen records kunt publiceren: verstuur vanaf uw eigen domein en publiceer deze records daar.`,
  problem: (p) => {
    const at = p.endpoint ? ` (${p.endpoint})` : '';
    const q = p.name ? ` voor ${p.name}${p.type ? ` ${p.type}` : ''}` : '';
    switch (p.kind) {
      case 'timeout':
        return `geen antwoord ${p.ms ? `binnen ${n('nl', p.ms)} ms` : '(time-out)'}${q}${at}`;
      case 'http':
        return `de resolver antwoordde HTTP ${p.status}${q}${at}`;
      case 'rcode':
        return `de resolver antwoordde ${p.detail}${q}${at}`;
      case 'malformed':
        return `het antwoord was geen volledig DNS-bericht (${p.detail ?? 'onleesbaar'})${q}${at}`;
      case 'mismatch':
        return `het antwoord hoorde bij een andere vraag${q}${at}`;
      case 'truncated':
        return `het antwoord was afgekapt (TC)${q}${at}`;
      case 'cname-loop':
        return `CNAME-lus bij ${p.name}${at}`;
      case 'cname-chain':
        return `CNAME-keten te lang bij ${p.name}${at}`;
      case 'bad-name':
        return `${p.name ?? 'de naam'} kan niet in DNS worden opgevraagd`;
      case 'aborted':
        return 'de controle werd geannuleerd';
      default:
        return `de resolver was niet bereikbaar${q}${at}`;
    }
  },
  says: {
    'spf-unchecked': (p) => `SPF voor ${s(p.domain)} kon niet worden gecontroleerd.`,
    'spf-missing': (p) =>
      `${s(p.domain)} publiceert geen SPF-record: ontvangers weten niet welke servers namens dit domein mogen versturen.`,
    'spf-multiple': (p) =>
      `${s(p.domain)} heeft meer dan één SPF-record; elke SPF-controle eindigt dan in permerror (RFC 7208 §4.5).`,
    'spf-syntax': (p) =>
      `Syntaxfout${p.where ? ` (in ${s(p.where)})` : ''}: ${r('nl', p.problem)}. Ontvangers beschouwen het record als defect (permerror).`,
    'spf-loop': (p) => `${s(p.domain)} neemt zichzelf op via ${s((p.path as string[] | undefined)?.join(' → '))}.`,
    'spf-include-no-spf': (p) =>
      `${s(p.domain)} wordt opgenomen maar heeft ${p.multiple ? 'meer dan één' : 'geen'} SPF-record: dat is een permerror.`,
    'spf-string-join': (p) =>
      `Het record${p.where ? ` (in ${s(p.where)})` : ''} is opgesplitst in strings die zonder spatie worden samengevoegd (RFC 7208 §3.3), wat een term breekt.`,
    'spf-string-too-long': (p) =>
      `Een string in het record${p.where ? ` (in ${s(p.where)})` : ''} is langer dan 255 tekens; DNS kan die niet dragen.`,
    'spf-answer-size': (p) =>
      `Het TXT-antwoord voor ${s(p.domain)} is ongeveer ${n('nl', p.bytes)} bytes; boven 512 krijgen sommige ontvangers het niet via UDP.`,
    'spf-ptr': (p) =>
      `"${s(p.term)}"${p.where ? ` (in ${s(p.where)})` : ''} gebruikt ptr, dat traag en onbetrouwbaar is; RFC 7208 §5.5 raadt het af.`,
    'spf-mx-too-many': (p) => `"${s(p.term)}" heeft ${n('nl', p.hosts)} mailservers; meer dan 10 is een permerror.`,
    'spf-too-many-lookups': (p) =>
      `Het record vraagt ${n('nl', p.lookups)} DNS-opzoekingen; ontvangers stoppen bij ${n('nl', p.max)} en SPF faalt (permerror).`,
    'spf-lookups-near-limit': (p) =>
      `Het record vraagt ${n('nl', p.lookups)} van maximaal ${n('nl', p.max)} DNS-opzoekingen; één include meer en het breekt.`,
    'spf-void-lookups': (p) =>
      `${n('nl', p.count)} term(en) wijzen naar namen zonder adressen; meer dan ${n('nl', p.max)} is een permerror. Verwijder ze.`,
    'spf-all-pass': () => '"+all" laat elke server ter wereld namens uw domein versturen.',
    'spf-all-neutral': () => '"?all" zegt niets over andere servers; gebruik "~all" of "-all".',
    'spf-no-all': () => 'Het record eindigt niet op "-all" of "~all", dus andere servers worden niet gemarkeerd.',
    'spf-esp-include-unneeded': (p) =>
      `include:${s(p.include)} is niet nodig voor ${s(p.esp)} (die verstuurt met een eigen envelopdomein); weglaten bespaart ${n('nl', p.saved)} opzoeking(en).`,
    'spf-partly-unchecked': (p) =>
      `Een deel van de SPF-boom kon niet worden opgehaald (${n('nl', p.names)} naam/namen); de telling van ${n('nl', p.lookups)} opzoekingen kan te laag zijn.`,
    'spf-ok': (p) => `Eén geldig SPF-record met ${n('nl', p.lookups)} van ${n('nl', p.max)} DNS-opzoekingen.`,
    'dkim-keys-found': (p) =>
      `DKIM-sleutel(s) gevonden bij selector ${list('nl', p.selectors)}${p.esp ? ` (${s(p.esp)})` : ''}.`,
    'dkim-unchecked': (p) =>
      `DKIM-selector ${list('nl', p.selectors)} kon niet worden gecontroleerd: over DKIM valt niets te zeggen tot die antwoordt.`,
    'dkim-incomplete': (p) =>
      `DKIM voor ${s(p.esp)} is onvolledig: ${list('nl', p.missing)} ontbreekt (gevonden: ${list('nl', p.present)}).`,
    'dkim-esp-incomplete': (p) =>
      `${s(p.esp)} heeft ook ${list('nl', p.missing)} nodig; publiceer die zodat ${s(p.esp)} namens u kan ondertekenen.`,
    'dkim-keys-unusable': () => 'De gevonden DKIM-sleutels zijn onbruikbaar.',
    'dkim-esp-none': (p) => `Geen DKIM-sleutel van ${s(p.esp)} gevonden (selectors ${list('nl', p.selectors)}).`,
    'dkim-esp-missing': (p) => `${s(p.esp)} ondertekent alleen met uw domein als de DKIM-records gepubliceerd zijn.`,
    'dkim-common-none': () => 'Geen DKIM-sleutel bij de gangbare selectors. Voeg uw selector toe in de opties.',
    'dkim-unexpected-target': (p) =>
      `${s(p.selector)}._domainkey verwijst naar ${s(p.found) || 'een TXT-sleutel'}, niet naar ${s(p.target)} zoals ${s(p.esp)} verwacht.`,
    'dkim-revoked': (p) => `De sleutel bij selector ${s(p.selector)} is ingetrokken (lege p=).`,
    'dkim-invalid': (p) =>
      `De sleutel bij selector ${s(p.selector)} is onbruikbaar: ${p.reason ? r('nl', p.reason) : `RSA van ${n('nl', p.bits)} bits ligt onder het minimum van 1024`}.`,
    'dkim-weak': (p) =>
      `De sleutel bij selector ${s(p.selector)} is RSA van ${n('nl', p.bits)} bits; 2048 wordt aanbevolen.`,
    'dkim-testing': (p) => `De sleutel bij selector ${s(p.selector)} staat in testmodus (t=y).`,
    'dmarc-unchecked': (p) => `DMARC kon niet worden gecontroleerd (${s(p.name)}).`,
    'dmarc-missing': (p) =>
      `Geen DMARC-record op ${s(p.name)}: ontvangers kunnen niet nagaan of SPF en DKIM bij uw afzenderdomein passen.`,
    'dmarc-multiple': (p) =>
      `${s(p.name)} heeft ${n('nl', p.count)} DMARC-records; ontvangers negeren ze dan allemaal (RFC 7489 §6.6.3).`,
    'dmarc-syntax': (p) => r('nl', p.problem),
    'dmarc-tag-warning': (p) => r('nl', p.problem),
    'dmarc-p-none': () =>
      'p=none controleert alleen: falende mail wordt toch afgeleverd en spoofing wordt niet gestopt.',
    'dmarc-no-rua': () => 'Geen rua=-adres: u krijgt geen rapporten over wie mail verstuurt namens uw domein.',
    'dmarc-pct': (p) => `pct=${s(p.pct)}: het beleid geldt maar voor een deel van de falende mail.`,
    'dmarc-testing': () => 't=y: ontvangers passen een beleidsniveau lager toe terwijl u test (RFC 9989).',
    'dmarc-report-unauthorised': (p) =>
      `Rapporten naar ${s(p.dest)} worden niet verstuurd: ${s(p.dest)} publiceert geen toestemmingsrecord voor uw domein (RFC 7489 §7.1).`,
    'dmarc-report-unchecked': (p) => `Kon niet nagaan of ${s(p.dest)} uw rapporten aanvaardt.`,
    'dmarc-invalid': (p) =>
      `Het DMARC-record is ongeldig${p.inheritedFrom ? ` (overgenomen van ${s(p.inheritedFrom)})` : ''}: ${r('nl', p.problem) || 'geen beleid'}.`,
    'dmarc-policy': (p) =>
      `DMARC-beleid: ${({ none: 'alleen monitoren (p=none)', quarantine: 'falende mail naar spam (p=quarantine)', reject: 'falende mail weigeren (p=reject)' } as Record<string, string>)[s(p.policy)] ?? s(p.policy)}${p.inheritedFrom ? ` (overgenomen van ${s(p.inheritedFrom)})` : ''}.`,
    'from-free-mail': (p) =>
      `${s(p.domain)} is een gratis e-maildomein: de eigenaar publiceert een strikt DMARC-beleid, dus mail die via een ESP "van" dat domein komt, faalt DMARC. Verstuur vanaf uw eigen domein.`,
    'alignment-choose-esp': () => 'Kies uw ESP om te zien langs welke weg DMARC kan slagen.',
    'alignment-dmarc-unknown': () => 'DMARC kon niet worden gecontroleerd, dus of DMARC kan slagen is onbekend.',
    'alignment-dkim-pass': (p) =>
      `Uitgelijnde DKIM laat DMARC slagen via ${s(p.esp)}${p.needsDmarc ? ', zodra u een DMARC-record publiceert' : ''}.`,
    'alignment-open': () => 'Of DMARC kan slagen, kon niet worden vastgesteld.',
    'alignment-none': (p) =>
      `Geen weg naar een DMARC-pass: ${s(p.esp)} heeft uw DKIM-records nodig om als uw domein te ondertekenen.`,
    'path-dkim': (p) => `${s(p.esp)} ondertekent met uw domein via de DKIM-records.`,
    'path-spf-never': (p) =>
      `${s(p.esp)} gebruikt een eigen envelopdomein (${s(p.envelope)}); SPF kan nooit met uw afzender uitlijnen.`,
    'path-spf-mailserver-domain': () =>
      'SPF lijnt alleen uit met een Mailserver Domain (een em-…-CNAME) ingesteld in ActiveCampaign; die naam is hier niet bekend.',
    'path-spf-branded': (p) => `${s(p.esp)} lijnt SPF uit via uw eigen verzendsubdomein.`,
    'mx-unchecked': () => 'MX kon niet worden gecontroleerd.',
    'mx-hosts-unchecked': (p) => `Kon niet nagaan of mailserver ${list('nl', p.hosts)} een adres heeft.`,
    'mx-domain-missing': (p) => `${s(p.domain)} bestaat niet in DNS.`,
    'mx-null': (p) =>
      `${s(p.domain)} verklaart geen mail te aanvaarden (null MX, RFC 7505); ontvangers kunnen mail ervan weigeren en antwoorden gaan verloren.`,
    'mx-implicit': (p) =>
      `${s(p.domain)} heeft geen MX-record; antwoorden gaan naar het adres van de webserver, die zelden mail aanvaardt.`,
    'mx-none': (p) => `${s(p.domain)} heeft geen MX-record en geen adres: antwoorden en bounces bereiken u niet.`,
    'mx-hosts-dead': (p) => `Geen enkele mailserver van ${s(p.domain)} heeft een adres.`,
    'mx-host-dead': (p) => `Mailserver ${list('nl', p.hosts)} heeft geen adres.`,
    'mx-ok': (p) =>
      `Mail voor ${s(p.domain)} gaat naar ${s(p.host)}${Number(p.more) > 0 ? ` en ${n('nl', p.more)} andere` : ''}.`,
    'bimi-unchecked': () => 'BIMI kon niet worden gecontroleerd.',
    'bimi-none': () => 'Geen BIMI-record (optioneel: toont uw logo in sommige inboxen).',
    'bimi-needs-enforcement': () => 'Er is een BIMI-record, maar BIMI vraagt DMARC op quarantine of reject.',
    'bimi-ok': () => 'BIMI-record gepubliceerd met DMARC-handhaving.',
    'mta-sts-unchecked': () => 'MTA-STS kon niet worden gecontroleerd.',
    'mta-sts-none': () => 'Geen MTA-STS-record (optioneel: beschermt mail die naar u wordt gestuurd).',
    'mta-sts-syntax': () => 'Het MTA-STS-record heeft geen geldige id= (RFC 8461 §3.1: 1 tot 32 letters en cijfers).',
    'mta-sts-ok': () => 'MTA-STS-record gepubliceerd.',
    'tls-rpt-unchecked': () => 'TLS-RPT kon niet worden gecontroleerd.',
    'tls-rpt-none': () => 'Geen TLS-RPT-record (optioneel: rapporteert TLS-problemen).',
    'tls-rpt-syntax': () => 'Het TLS-RPT-record heeft geen rua=-adres (RFC 8460 §3).',
    'tls-rpt-ok': () => 'TLS-RPT-record gepubliceerd.',
    'dnssec-unchecked': () => 'Kon niet nagaan of het domein met DNSSEC is ondertekend.',
    'dnssec-ok': () => 'Met DNSSEC ondertekend, en de resolver heeft de antwoorden gevalideerd.',
    'dnssec-unsigned': () => 'Niet met DNSSEC gevalideerd (optioneel; de resolver zette de AD-vlag niet).',
    'blocklists-not-checkable': () =>
      'Blokkeerlijsten: niet te controleren via deze resolver (Spamhaus weigert vragen van publieke DNS-resolvers).',
  },
  fixNote: {
    'dmarc-start': () =>
      'Begin met monitoren; lees de rapporten en ga daarna naar p=quarantine. Gebruik een mailbox die u leest.',
    'dkim-esp': (p) => `De DKIM-sleutel van ${s(p.esp)}, door ${s(p.esp)} up-to-date gehouden.`,
    'spf-new': () => 'Laat uw eigen mailservers toe; voeg de include toe van elke dienst die namens u verstuurt.',
    'spf-rebuilt': (p) =>
      `Eén record met alle afzenders, eindigend op ~all${list('nl', p.dropped) ? `; weggelaten: ${list('nl', p.dropped)}` : ''}.`,
    'spf-consolidate': (p) =>
      `Nog altijd ${n('nl', p.lookups)} opzoekingen: vraag de aanbieders van ${list('nl', p.includes)} om een afgevlakte include, of voeg ze samen tot minder includes.`,
  },
};
