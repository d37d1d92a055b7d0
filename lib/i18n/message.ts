// Texts of the "Check a received copy" page and its command-line report (issue 16), in English,
// Dutch (u) and French (vous, Belgian register); the finding and verdict texts are in
// message-findings.ts. lib/message concludes in ids and params; only lib/i18n makes sentences.
import { formatCount, formatDate, type Lang } from './index';
import { MESSAGE_PAGE_TITLE } from './message-title';
import { authservName, messageFindingTexts, type MessageFindingTexts } from './message-findings';
import type {
  ArcSetReport,
  AuthResultsReport,
  DkimReason,
  DkimResult,
  DkimSignatureReport,
  DmarcResult,
  MessageFindingId,
} from '../message/types';
import type { MessageParams } from '../message/types';
import type { DnsProblem } from '../dns/types';
import { sayProblem } from './auth';

type P = MessageParams;
const s = (p: P, k: string) => String(p[k] ?? '');
/** A DNS problem parameter in words (lib/i18n/auth.ts), or the plain value. */
const dns = (lang: Lang, p: P, k: string) =>
  typeof p[k] === 'object' ? sayProblem(lang, p[k] as DnsProblem) : s(p, k);

/** What a "why?" next to a line explains. */
export type MessageWhyTopic = 'dkim' | 'dmarc' | 'unsubscribe' | 'receivers' | 'arc' | 'l-tag' | 'key' | 'source';

/** The why topic of a finding. */
export function whyTopicOf(id: MessageFindingId): MessageWhyTopic {
  if (id.startsWith('unsubscribe')) return 'unsubscribe';
  if (id.startsWith('dmarc') || id.startsWith('from')) return 'dmarc';
  if (id.startsWith('receiver')) return 'receivers';
  if (id === 'arc-present') return 'arc';
  if (id === 'dkim-l-tag') return 'l-tag';
  if (id === 'dkim-testing' || id === 'dkim-key-1024') return 'key';
  if (id.startsWith('dkim')) return 'dkim';
  return 'source';
}

/** The existing why page (entrypoints/why) has a longer entry for some topics. */
export const WHY_PAGE_ANCHOR: Partial<Record<MessageWhyTopic, string>> = {
  dkim: 'dkim',
  dmarc: 'dmarc',
  key: 'dkim-key-quality',
};

export interface MessageTexts {
  page: {
    title: string;
    intro: string;
    howTo: string;
    pasteLabel: string;
    drop: string;
    chooseFile: string;
    check: string;
    checking: string;
    privacy: string;
    empty: string;
    unreadableFile: (name: string) => string;
    subject: (subject: string) => string;
    from: (address: string) => string;
    summary: string;
    signatures: string;
    receivers: string;
    arcTitle: string;
    why: string;
    more: string;
    noSignatures: string;
    saved: string;
  };
  result: Record<DkimResult, string>;
  dmarcResult: Record<DmarcResult, string>;
  reason: Record<DkimReason, (p: P, lang: Lang) => string>;
  finding: MessageFindingTexts['finding'];
  dkimLine: (sig: DkimSignatureReport, lang: Lang) => string;
  receiverLine: (ar: AuthResultsReport) => string;
  arcLine: (a: ArcSetReport) => string;
  why: Record<MessageWhyTopic, string>;
  verdict: MessageFindingTexts['verdict'];
  cli: {
    usage: string;
    unreadable: (file: string, error: string) => string;
    heading: (file: string) => string;
    signatures: string;
    receivers: string;
    findings: string;
  };
}

const en: MessageTexts = {
  page: {
    title: MESSAGE_PAGE_TITLE.en,
    intro:
      'Paste the source of a newsletter as it arrived, or drop an .eml file. The signatures are verified here, in your browser; only the DNS questions for the keys and the DMARC record go out.',
    howTo: 'Gmail: ⋮ → Show original → Copy to clipboard. Outlook: … → View → View message source.',
    pasteLabel: 'Message source',
    drop: 'Drop an .eml file here',
    chooseFile: 'Choose an .eml file',
    check: 'Check',
    checking: 'Checking…',
    privacy: 'Nothing is uploaded.',
    empty: 'Paste a message source first.',
    unreadableFile: (name) => `The file ${name} could not be read.`,
    subject: (subject) => `Subject: ${subject}`,
    from: (address) => `From: ${address}`,
    summary: 'What the inbox will make of it',
    signatures: 'DKIM signatures',
    receivers: 'What the receivers wrote',
    arcTitle: 'Forwarding (ARC)',
    why: 'why?',
    more: 'More on the explanation page',
    noSignatures: 'No DKIM-Signature header.',
    saved: 'The verdict is kept for this From domain and shown in the panel on its campaign reports.',
  },
  result: {
    pass: 'verified',
    fail: 'does not verify',
    neutral: 'neutral',
    temperror: 'could not be checked',
    permerror: 'cannot be verified',
  },
  dmarcResult: {
    pass: 'pass',
    fail: 'fail',
    none: 'no record',
    temperror: 'could not be checked',
    permerror: 'unusable record',
  },
  reason: {
    'body-hash-mismatch': () => 'the body was changed after signing (body hash did not verify)',
    'signature-mismatch': () =>
      'a signed header was changed after signing, or the key does not belong to this signature',
    'signature-syntax': () => 'the signature header is malformed',
    'missing-tags': (p) => `required tags are missing: ${s(p, 'tags')}`,
    'unsupported-version': (p) => `version v=${s(p, 'version')} is not 1`,
    'unknown-algorithm': (p) => `unknown algorithm a=${s(p, 'algorithm')}`,
    'algorithm-rsa-sha1': () => 'rsa-sha1 is no longer accepted (RFC 8301)',
    'unknown-canonicalization': (p) => `unknown canonicalisation c=${s(p, 'c')}`,
    'unknown-query-method': (p) => `unknown query method q=${s(p, 'q')}`,
    'invalid-tag': (p) => `the ${s(p, 'tag')}= tag is invalid`,
    'from-not-signed': () => 'the From header is not signed (h= must list it)',
    'identity-mismatch': () => 'i= is not the d= domain or a subdomain of it',
    'signature-expired': (p, lang) => `the signature expired on ${formatDate(s(p, 'date'), lang, true)} (x=)`,
    'body-shorter-than-l': (p) => `the body is shorter than l=${s(p, 'l')}`,
    'key-not-found': (p) => `no key is published at ${s(p, 'name')}`,
    'key-revoked': () => 'the key was revoked (empty p=)',
    'key-syntax': () => 'the published key record is malformed',
    'key-type-mismatch': (p) => `the key is k=${s(p, 'k')}, the signature ${s(p, 'a')}`,
    'key-hash-mismatch': () => 'the key does not allow sha256 (h=)',
    'key-service-mismatch': () => 'the key is not meant for email (s=)',
    'key-strict-identity': () => 'the key requires i= to be exactly the d= domain (t=s)',
    'key-too-small': (p) => `the key is ${s(p, 'bits')}-bit, below the 1024-bit minimum (RFC 8301)`,
    'key-import-failed': () => 'the published key cannot be read as a key of that type',
    'algorithm-unsupported': (p) =>
      `this browser cannot verify ${s(p, 'algorithm')}; the command line or a newer browser can`,
    'dns-error': (p) => `the DNS question for ${s(p, 'name')} got no answer (${dns('en', p, 'error')})`,
    'message-too-large': (p, lang) =>
      `the message is too large to verify here (${formatCount(Math.round(Number(p.bytes) / 2 ** 20), lang)} MB)`,
    'too-many-signatures': (p) => `more than ${s(p, 'max')} signatures; this one was not checked`,
  },
  finding: messageFindingTexts.en.finding,
  dkimLine: (sig, lang) => {
    const head = `DKIM signature of ${sig.domain || '?'} (selector ${sig.selector || '?'}, ${sig.algorithm || '?'}): ${en.result[sig.result]}`;
    return sig.reason ? `${head} — ${en.reason[sig.reason](sig.reasonParams ?? {}, lang)}` : head;
  },
  receiverLine: (ar) =>
    `${authservName(ar.authserv, 'A receiver without a name (Microsoft writes none)')}: ${[ar.spf && `SPF ${ar.spf}${ar.spfDomain ? ` (${ar.spfDomain})` : ''}`, ar.dkim && `DKIM ${ar.dkim}`, ar.dmarc && `DMARC ${ar.dmarc}`].filter(Boolean).join(', ') || 'no results'}`,
  arcLine: (a) =>
    `Hop ${a.instance}: sealed by ${a.sealer ?? '?'}${a.cv ? ` (chain so far: ${a.cv})` : ''}${a.authserv ? `, which saw ${a.authserv}` : ''}`,
  why: {
    dkim: 'The ESP signs each mail with a key published under a domain (d=). The receiver fetches that key and checks that the headers listed in h= and the body are exactly as signed. Only a signature of your own domain counts for DMARC.',
    dmarc:
      'DMARC passes when DKIM of your From domain verifies, or SPF passes for a Return-Path on your domain. Through most ESPs only DKIM can give that.',
    unsubscribe:
      'Gmail and Yahoo show their unsubscribe button for bulk mail only with an https: List-Unsubscribe link, a List-Unsubscribe-Post: List-Unsubscribe=One-Click header, and both headers covered by a DKIM signature that verifies (RFC 8058). Without the button, annoyed readers press "Report spam" instead.',
    receivers:
      'Each receiving server writes what it concluded in Authentication-Results. It judged the message as it arrived; our check judges this copy with the keys published today. A difference points at a copy changed on the way (forwarding, a mailing list, copying) or a key changed since.',
    arc: 'ARC lets a forwarder (a mailing list, a forwarding address) record what it saw before it changed the message, so the final receiver can still trust the original authentication.',
    'l-tag':
      'With l= only the first part of the body is signed: anyone who forwards the message can add content below it without breaking the signature. ESPs rarely need it.',
    key: 'RSA keys below 1024 bits are refused (RFC 8301); 2048 bits is the norm. A key with t=y says the domain is still testing DKIM.',
    source:
      'The check reads the message source: all header fields and the body exactly as they arrived. A forwarded or re-typed copy is not the same message.',
  },
  verdict: messageFindingTexts.en.verdict,
  cli: {
    usage: 'Usage: deliverability-lens message <file.eml> [--resolver URL] [--lang en|nl|fr] [--json]',
    unreadable: (file, error) => `Could not read ${file}: ${error}`,
    heading: (file) => `Received copy ${file}`,
    signatures: 'DKIM signatures:',
    receivers: 'Authentication-Results:',
    findings: 'Findings:',
  },
};

const nl: MessageTexts = {
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
  finding: messageFindingTexts.nl.finding,
  dkimLine: (sig, lang) => {
    const head = `DKIM-handtekening van ${sig.domain || '?'} (selector ${sig.selector || '?'}, ${sig.algorithm || '?'}): ${nl.result[sig.result]}`;
    return sig.reason ? `${head} — ${nl.reason[sig.reason](sig.reasonParams ?? {}, lang)}` : head;
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
  verdict: messageFindingTexts.nl.verdict,
  cli: {
    usage: 'Gebruik: deliverability-lens message <bestand.eml> [--resolver URL] [--lang en|nl|fr] [--json]',
    unreadable: (file, error) => `Kon ${file} niet lezen: ${error}`,
    heading: (file) => `Ontvangen exemplaar ${file}`,
    signatures: 'DKIM-handtekeningen:',
    receivers: 'Authentication-Results:',
    findings: 'Bevindingen:',
  },
};

const fr: MessageTexts = {
  page: {
    title: MESSAGE_PAGE_TITLE.fr,
    intro:
      'Collez la source d’une newsletter telle qu’elle est arrivée, ou déposez un fichier .eml. Les signatures sont vérifiées ici, dans votre navigateur ; seules les questions DNS sur les clés et l’enregistrement DMARC sortent.',
    howTo:
      'Gmail : ⋮ → Afficher l’original → Copier dans le presse-papiers. Outlook : … → Afficher → Afficher la source du message.',
    pasteLabel: 'Source du message',
    drop: 'Déposez un fichier .eml ici',
    chooseFile: 'Choisir un fichier .eml',
    check: 'Vérifier',
    checking: 'Vérification…',
    privacy: 'Rien n’est envoyé en ligne.',
    empty: 'Collez d’abord la source d’un message.',
    unreadableFile: (name) => `Le fichier ${name} n’a pas pu être lu.`,
    subject: (subject) => `Objet : ${subject}`,
    from: (address) => `De : ${address}`,
    summary: 'Ce que la boîte de réception en conclura',
    signatures: 'Signatures DKIM',
    receivers: 'Ce qu’ont écrit les destinataires',
    arcTitle: 'Transfert (ARC)',
    why: 'pourquoi ?',
    more: 'En savoir plus sur la page d’explications',
    noSignatures: 'Aucun en-tête DKIM-Signature.',
    saved:
      'Le verdict est conservé pour ce domaine d’expéditeur et affiché dans le panneau sur ses rapports de campagne.',
  },
  result: {
    pass: 'valide',
    fail: 'non valide',
    neutral: 'neutre',
    temperror: 'n’a pas pu être vérifiée',
    permerror: 'invérifiable',
  },
  dmarcResult: {
    pass: 'pass',
    fail: 'fail',
    none: 'aucun enregistrement',
    temperror: 'n’a pas pu être vérifié',
    permerror: 'enregistrement inutilisable',
  },
  reason: {
    'body-hash-mismatch': () => 'le contenu a été modifié après la signature (le hachage du corps ne correspond pas)',
    'signature-mismatch': () =>
      'un en-tête signé a été modifié après la signature, ou la clé n’appartient pas à cette signature',
    'signature-syntax': () => 'l’en-tête de signature est mal formé',
    'missing-tags': (p) => `des balises obligatoires manquent : ${s(p, 'tags')}`,
    'unsupported-version': (p) => `la version v=${s(p, 'version')} n’est pas 1`,
    'unknown-algorithm': (p) => `algorithme inconnu a=${s(p, 'algorithm')}`,
    'algorithm-rsa-sha1': () => 'rsa-sha1 n’est plus accepté (RFC 8301)',
    'unknown-canonicalization': (p) => `canonicalisation inconnue c=${s(p, 'c')}`,
    'unknown-query-method': (p) => `méthode de requête inconnue q=${s(p, 'q')}`,
    'invalid-tag': (p) => `la balise ${s(p, 'tag')}= n’est pas valide`,
    'from-not-signed': () => 'l’en-tête From n’est pas signé (h= doit le citer)',
    'identity-mismatch': () => 'i= n’est pas le domaine d= ni un de ses sous-domaines',
    'signature-expired': (p, lang) => `la signature a expiré le ${formatDate(s(p, 'date'), lang, true)} (x=)`,
    'body-shorter-than-l': (p) => `le contenu est plus court que l=${s(p, 'l')}`,
    'key-not-found': (p) => `aucune clé n’est publiée à ${s(p, 'name')}`,
    'key-revoked': () => 'la clé a été révoquée (p= vide)',
    'key-syntax': () => 'l’enregistrement de clé publié est mal formé',
    'key-type-mismatch': (p) => `la clé est k=${s(p, 'k')}, la signature ${s(p, 'a')}`,
    'key-hash-mismatch': () => 'la clé n’autorise pas sha256 (h=)',
    'key-service-mismatch': () => 'la clé n’est pas prévue pour l’e-mail (s=)',
    'key-strict-identity': () => 'la clé exige que i= soit exactement le domaine d= (t=s)',
    'key-too-small': (p) => `la clé fait ${s(p, 'bits')} bits, sous le minimum de 1024 bits (RFC 8301)`,
    'key-import-failed': () => 'la clé publiée ne peut pas être lue comme une clé de ce type',
    'algorithm-unsupported': (p) =>
      `ce navigateur ne peut pas vérifier ${s(p, 'algorithm')} ; la ligne de commande ou un navigateur plus récent le peut`,
    'dns-error': (p) => `la question DNS sur ${s(p, 'name')} est restée sans réponse (${dns('fr', p, 'error')})`,
    'message-too-large': (p, lang) =>
      `le message est trop volumineux pour être vérifié ici (${formatCount(Math.round(Number(p.bytes) / 2 ** 20), lang)} Mo)`,
    'too-many-signatures': (p) => `plus de ${s(p, 'max')} signatures ; celle-ci n’a pas été vérifiée`,
  },
  finding: messageFindingTexts.fr.finding,
  dkimLine: (sig, lang) => {
    const head = `Signature DKIM de ${sig.domain || '?'} (sélecteur ${sig.selector || '?'}, ${sig.algorithm || '?'}) : ${fr.result[sig.result]}`;
    return sig.reason ? `${head} — ${fr.reason[sig.reason](sig.reasonParams ?? {}, lang)}` : head;
  },
  receiverLine: (ar) =>
    `${authservName(ar.authserv, 'Un destinataire sans nom (Microsoft n’en écrit pas)')} : ${[ar.spf && `SPF ${ar.spf}${ar.spfDomain ? ` (${ar.spfDomain})` : ''}`, ar.dkim && `DKIM ${ar.dkim}`, ar.dmarc && `DMARC ${ar.dmarc}`].filter(Boolean).join(', ') || 'aucun résultat'}`,
  arcLine: (a) =>
    `Étape ${a.instance} : scellé par ${a.sealer ?? '?'}${a.cv ? ` (chaîne jusque-là : ${a.cv})` : ''}${a.authserv ? `, qui a vu ${a.authserv}` : ''}`,
  why: {
    dkim: 'L’outil d’e-mailing signe chaque message avec une clé publiée sous un domaine (d=). Le destinataire récupère cette clé et vérifie que les en-têtes cités dans h= et le contenu sont exactement tels que signés. Seule une signature de votre propre domaine compte pour DMARC.',
    dmarc:
      'DMARC réussit quand DKIM de votre domaine d’expéditeur est valide, ou quand SPF réussit pour un Return-Path sur votre domaine. Avec la plupart des outils d’e-mailing, seul DKIM peut le permettre.',
    unsubscribe:
      'Gmail et Yahoo n’affichent leur bouton de désabonnement pour les envois en masse qu’avec un lien https: dans List-Unsubscribe, un en-tête List-Unsubscribe-Post: List-Unsubscribe=One-Click, et ces deux en-têtes couverts par une signature DKIM valide (RFC 8058). Sans bouton, les lecteurs agacés cliquent sur « Signaler comme spam ».',
    receivers:
      'Chaque serveur destinataire écrit sa conclusion dans Authentication-Results. Il a jugé le message tel qu’il est arrivé ; notre vérification juge cet exemplaire avec les clés publiées aujourd’hui. Une différence indique un exemplaire modifié en route (transfert, liste de diffusion, copie) ou une clé changée depuis.',
    arc: 'ARC permet à celui qui transfère (une liste de diffusion, une adresse de transfert) de noter ce qu’il a vu avant de modifier le message, pour que le dernier destinataire puisse encore se fier à l’authentification d’origine.',
    'l-tag':
      'Avec l=, seule la première partie du contenu est signée : quiconque transfère le message peut ajouter du contenu en dessous sans casser la signature. Les outils d’e-mailing en ont rarement besoin.',
    key: 'Les clés RSA de moins de 1024 bits sont refusées (RFC 8301) ; 2048 bits est la norme. Une clé avec t=y indique que le domaine teste encore DKIM.',
    source:
      'La vérification lit la source du message : tous les champs d’en-tête et le contenu exactement tels qu’ils sont arrivés. Un exemplaire transféré ou recopié n’est pas le même message.',
  },
  verdict: messageFindingTexts.fr.verdict,
  cli: {
    usage: 'Utilisation : deliverability-lens message <fichier.eml> [--resolver URL] [--lang en|nl|fr] [--json]',
    unreadable: (file, error) => `Impossible de lire ${file} : ${error}`,
    heading: (file) => `Exemplaire reçu ${file}`,
    signatures: 'Signatures DKIM :',
    receivers: 'Authentication-Results :',
    findings: 'Constats :',
  },
};

export const messageTexts: Record<Lang, MessageTexts> = { en, nl, fr };

export { findingText } from './message-findings';
