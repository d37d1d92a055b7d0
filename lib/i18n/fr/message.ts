// French texts of lib/i18n/message.ts, which holds their type, shared helpers and accessor.
import { formatCount, formatDate } from '../index';
import { MESSAGE_PAGE_TITLE } from '../message-title';
import { authservName } from '../message-findings';
import { messageFindings } from './message-findings';
import { dns, s, type MessageTexts } from '../message';

export const message: MessageTexts = {
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
  finding: messageFindings.finding,
  dkimLine: (sig, lang) => {
    const head = `Signature DKIM de ${sig.domain || '?'} (sélecteur ${sig.selector || '?'}, ${sig.algorithm || '?'}) : ${message.result[sig.result]}`;
    return sig.reason ? `${head} — ${message.reason[sig.reason](sig.reasonParams ?? {}, lang)}` : head;
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
  verdict: messageFindings.verdict,
  cli: {
    usage: 'Utilisation : deliverability-lens message <fichier.eml> [--resolver URL] [--lang en|nl|fr] [--json]',
    unreadable: (file, error) => `Impossible de lire ${file} : ${error}`,
    heading: (file) => `Exemplaire reçu ${file}`,
    signatures: 'Signatures DKIM :',
    receivers: 'Authentication-Results :',
    findings: 'Constats :',
  },
};
