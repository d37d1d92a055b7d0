// Dutch texts of lib/i18n/message.ts, which holds their type, shared helpers and accessor.
import { formatCount, formatDate } from '../index';
import { MESSAGE_PAGE_TITLE } from '../message-title';
import { authservName } from '../message-findings';
import { messageFindings } from './message-findings';
import { dns, s, type MessageTexts } from '../message';

export const message: MessageTexts = {
  page: {
    title: MESSAGE_PAGE_TITLE.nl,
    intro:
      'Plak de bron van een nieuwsbrief zoals die aankwam, of sleep er een .eml-bestand heen. De handtekeningen worden hier in uw browser gecontroleerd; alleen de DNS-vragen naar de sleutels en het DMARC-record gaan naar buiten.',
    howTo: 'Gmail: ⋮ → Origineel weergeven → Kopiëren naar klembord. Outlook: … → Weergeven → Berichtbron weergeven.',
    pasteLabel: 'Berichtbron',
    drop: 'Sleep hier een .eml-bestand heen',
    chooseFile: 'Kies een .eml-bestand',
    check: 'Controleren',
    checking: 'Bezig met controleren…',
    privacy: 'Er wordt niets geüpload.',
    empty: 'Plak eerst een berichtbron.',
    unreadableFile: (name) => `Het bestand ${name} kon niet gelezen worden.`,
    subject: (subject) => `Onderwerp: ${subject}`,
    from: (address) => `Van: ${address}`,
    summary: 'Wat de inbox ervan maakt',
    signatures: 'DKIM-handtekeningen',
    receivers: 'Wat de ontvangers schreven',
    arcTitle: 'Doorsturen (ARC)',
    why: 'waarom?',
    more: 'Meer op de uitlegpagina',
    noSignatures: 'Geen DKIM-Signature-header.',
    saved:
      'Het oordeel wordt bewaard voor dit afzenderdomein en verschijnt in het paneel bij de campagnerapporten ervan.',
  },
  result: {
    pass: 'geldig',
    fail: 'ongeldig',
    neutral: 'neutraal',
    temperror: 'kon niet gecontroleerd worden',
    permerror: 'niet te controleren',
  },
  dmarcResult: {
    pass: 'pass',
    fail: 'fail',
    none: 'geen record',
    temperror: 'kon niet gecontroleerd worden',
    permerror: 'onbruikbaar record',
  },
  reason: {
    'body-hash-mismatch': () => 'de inhoud werd na het ondertekenen gewijzigd (de body-hash klopt niet)',
    'signature-mismatch': () =>
      'een ondertekende header werd na het ondertekenen gewijzigd, of de sleutel hoort niet bij deze handtekening',
    'signature-syntax': () => 'de handtekeningheader is misvormd',
    'missing-tags': (p) => `verplichte tags ontbreken: ${s(p, 'tags')}`,
    'unsupported-version': (p) => `versie v=${s(p, 'version')} is niet 1`,
    'unknown-algorithm': (p) => `onbekend algoritme a=${s(p, 'algorithm')}`,
    'algorithm-rsa-sha1': () => 'rsa-sha1 wordt niet meer aanvaard (RFC 8301)',
    'unknown-canonicalization': (p) => `onbekende canonicalisatie c=${s(p, 'c')}`,
    'unknown-query-method': (p) => `onbekende querymethode q=${s(p, 'q')}`,
    'invalid-tag': (p) => `de tag ${s(p, 'tag')}= is ongeldig`,
    'from-not-signed': () => 'de From-header is niet ondertekend (h= moet hem vermelden)',
    'identity-mismatch': () => 'i= is niet het d=-domein of een subdomein ervan',
    'signature-expired': (p, lang) => `de handtekening is verlopen op ${formatDate(s(p, 'date'), lang, true)} (x=)`,
    'body-shorter-than-l': (p) => `de inhoud is korter dan l=${s(p, 'l')}`,
    'key-not-found': (p) => `er staat geen sleutel op ${s(p, 'name')}`,
    'key-revoked': () => 'de sleutel is ingetrokken (lege p=)',
    'key-syntax': () => 'het gepubliceerde sleutelrecord is misvormd',
    'key-type-mismatch': (p) => `de sleutel is k=${s(p, 'k')}, de handtekening ${s(p, 'a')}`,
    'key-hash-mismatch': () => 'de sleutel staat sha256 niet toe (h=)',
    'key-service-mismatch': () => 'de sleutel is niet bedoeld voor e-mail (s=)',
    'key-strict-identity': () => 'de sleutel eist dat i= precies het d=-domein is (t=s)',
    'key-too-small': (p) => `de sleutel is ${s(p, 'bits')} bit, onder het minimum van 1024 bit (RFC 8301)`,
    'key-import-failed': () => 'de gepubliceerde sleutel is niet leesbaar als sleutel van dat type',
    'algorithm-unsupported': (p) =>
      `deze browser kan ${s(p, 'algorithm')} niet controleren; de opdrachtregel of een nieuwere browser wel`,
    'dns-error': (p) => `de DNS-vraag naar ${s(p, 'name')} kreeg geen antwoord (${dns('nl', p, 'error')})`,
    'message-too-large': (p, lang) =>
      `het bericht is te groot om hier te controleren (${formatCount(Math.round(Number(p.bytes) / 2 ** 20), lang)} MB)`,
    'too-many-signatures': (p) => `meer dan ${s(p, 'max')} handtekeningen; deze werd niet gecontroleerd`,
  },
  finding: messageFindings.finding,
  dkimLine: (sig, lang) => {
    const head = `DKIM-handtekening van ${sig.domain || '?'} (selector ${sig.selector || '?'}, ${sig.algorithm || '?'}): ${message.result[sig.result]}`;
    return sig.reason ? `${head} — ${message.reason[sig.reason](sig.reasonParams ?? {}, lang)}` : head;
  },
  receiverLine: (ar) =>
    `${authservName(ar.authserv, 'Een ontvanger zonder naam (Microsoft schrijft er geen)')}: ${[ar.spf && `SPF ${ar.spf}${ar.spfDomain ? ` (${ar.spfDomain})` : ''}`, ar.dkim && `DKIM ${ar.dkim}`, ar.dmarc && `DMARC ${ar.dmarc}`].filter(Boolean).join(', ') || 'geen resultaten'}`,
  arcLine: (a) =>
    `Stap ${a.instance}: verzegeld door ${a.sealer ?? '?'}${a.cv ? ` (keten tot dan: ${a.cv})` : ''}${a.authserv ? `, die ${a.authserv} zag` : ''}`,
  why: {
    dkim: 'De mailingtool ondertekent elke mail met een sleutel die onder een domein staat (d=). De ontvanger haalt die sleutel op en controleert of de headers in h= en de inhoud precies zijn zoals ondertekend. Alleen een handtekening van uw eigen domein telt voor DMARC.',
    dmarc:
      'DMARC slaagt als DKIM van uw afzenderdomein geldig is, of als SPF slaagt voor een Return-Path op uw domein. Via de meeste mailingtools kan alleen DKIM dat geven.',
    unsubscribe:
      'Gmail en Yahoo tonen hun uitschrijfknop bij bulkmail alleen met een https:-link in List-Unsubscribe, een header List-Unsubscribe-Post: List-Unsubscribe=One-Click, en beide headers gedekt door een geldige DKIM-handtekening (RFC 8058). Zonder knop drukken geërgerde lezers op "Spam melden".',
    receivers:
      'Elke ontvangende server schrijft zijn besluit in Authentication-Results. Hij beoordeelde het bericht zoals het aankwam; onze controle beoordeelt dit exemplaar met de sleutels van vandaag. Een verschil wijst op een exemplaar dat onderweg veranderde (doorsturen, een mailinglijst, kopiëren) of een sleutel die sindsdien wijzigde.',
    arc: 'Met ARC kan wie doorstuurt (een mailinglijst, een doorstuuradres) noteren wat hij zag voor hij het bericht wijzigde, zodat de laatste ontvanger de oorspronkelijke authenticatie toch kan vertrouwen.',
    'l-tag':
      'Met l= is alleen het eerste deel van de inhoud ondertekend: wie het bericht doorstuurt, kan eronder inhoud toevoegen zonder de handtekening te breken. Mailingtools hebben het zelden nodig.',
    key: 'RSA-sleutels onder 1024 bit worden geweigerd (RFC 8301); 2048 bit is de norm. Een sleutel met t=y zegt dat het domein DKIM nog test.',
    source:
      'De controle leest de berichtbron: alle headervelden en de inhoud precies zoals ze aankwamen. Een doorgestuurd of overgetypt exemplaar is niet hetzelfde bericht.',
  },
  verdict: messageFindings.verdict,
  cli: {
    usage: 'Gebruik: deliverability-lens message <bestand.eml> [--resolver URL] [--lang en|nl|fr] [--json]',
    unreadable: (file, error) => `Kon ${file} niet lezen: ${error}`,
    heading: (file) => `Ontvangen exemplaar ${file}`,
    signatures: 'DKIM-handtekeningen:',
    receivers: 'Authentication-Results:',
    findings: 'Bevindingen:',
  },
};
