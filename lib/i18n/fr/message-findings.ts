// French texts of lib/i18n/message-findings.ts, which holds their type, shared helpers and accessor.
import { formatCount, plural } from '../index';
import { authservName, s, type MessageFindingTexts } from '../message-findings';

export const messageFindings: MessageFindingTexts = {
  finding: {
    'not-a-message': () =>
      'Ceci ne ressemble pas à la source d’un message : aucun champ d’en-tête trouvé. Collez l’original complet, en-têtes compris.',
    'malformed-lines': (p, lang) =>
      plural(Number(p.count), lang, {
        one: '1 ligne du bloc d’en-têtes n’est pas un champ d’en-tête ; elle a été ignorée.',
        other: `${formatCount(Number(p.count), lang)} lignes du bloc d’en-têtes ne sont pas des champs d’en-tête ; elles ont été ignorées.`,
      }),
    'preface-skipped': () =>
      'Le texte au-dessus de la source du message (comme le résumé de Gmail sur l\u2019original) a été ignoré.',
    'from-missing': () => 'Le message n’a pas d’adresse From : DMARC ne peut pas être évalué.',
    'from-multiple': (p) => `Le message a ${s(p, 'count')} adresses From : les destinataires peuvent le refuser.`,
    'too-large': (p, lang) =>
      `Le message fait ${formatCount(Number(p.mb), lang)} Mo, plus que les ${formatCount(Number(p.limit), lang)} Mo que cette vérification traite : les signatures n’ont pas été vérifiées.`,
    'dkim-none': () =>
      'Le message n’a aucune signature DKIM : Gmail, Yahoo et Microsoft en exigent une des expéditeurs en masse.',
    'dkim-aligned-pass': (p) =>
      `DKIM est en ordre : la signature de ${s(p, 'domain')} (sélecteur ${s(p, 'selector')}) est valide et correspond au domaine d’expéditeur.`,
    'dkim-no-aligned-pass': (p) =>
      `DKIM : aucune signature de ${s(p, 'from')} n’est valide, DMARC ne peut donc pas réussir par DKIM.`,
    'dkim-only-esp': (p) =>
      `DKIM : seul ${s(p, 'domains')} a signé de façon valide, pas votre domaine ${s(p, 'from')} : publiez les enregistrements DKIM que votre outil d’e-mailing vous donne.`,
    'dkim-l-tag': (p, lang) =>
      `La signature de ${s(p, 'domain')} utilise l= (${formatCount(Number(p.l), lang)} octets) : ce qui est ajouté sous cette partie n’est pas couvert par la signature.`,
    'dkim-testing': (p) =>
      `La clé de ${s(p, 'domain')} (sélecteur ${s(p, 'selector')}) est en mode test (t=y) : les destinataires peuvent traiter le message comme non signé.`,
    'dkim-key-1024': (p) =>
      `La clé de ${s(p, 'domain')} (sélecteur ${s(p, 'selector')}) est une clé RSA de ${s(p, 'bits')} bits : encore acceptée, mais 2048 est la norme.`,
    'dkim-unchecked': (p) =>
      `La signature de ${s(p, 'domain')} (sélecteur ${s(p, 'selector')}) n’a pas pu être vérifiée (voir la signature ci-dessous).`,
    'dmarc-pass': (p) =>
      `DMARC réussit pour ${s(p, 'domain')} par ${p.via === 'spf' ? 'SPF' : 'DKIM'} de ${s(p, 'viaDomain')} (politique p=${s(p, 'policy')}).`,
    'dmarc-fail': (p) =>
      `DMARC échoue pour ${s(p, 'domain')} (politique p=${s(p, 'policy')}) : aucune signature DKIM alignée n’est valide et le destinataire n’a montré aucun SPF pass aligné.`,
    'dmarc-none': (p) =>
      `${s(p, 'domain')} ne publie aucun enregistrement DMARC : Gmail et Yahoo en exigent un des expéditeurs en masse.`,
    'dmarc-temperror': (p) =>
      `DMARC pour ${s(p, 'domain')} n’a pas pu être vérifié : une question DNS est restée sans réponse.`,
    'dmarc-permerror': (p) =>
      `DMARC pour ${s(p, 'domain')} ne peut pas être évalué : l’enregistrement n’est pas valide ou est publié deux fois, ou le message a plusieurs domaines d’expéditeur.`,
    'unsubscribe-missing': () =>
      'Gmail et Yahoo n’afficheront pas de bouton de désabonnement : le message n’a pas d’en-tête List-Unsubscribe.',
    'unsubscribe-no-https': () =>
      'Gmail n’affichera pas de bouton de désabonnement : List-Unsubscribe n’a pas de lien https: (un mailto: seul ne compte pas).',
    'unsubscribe-no-post': () => 'Gmail n’affichera pas de bouton de désabonnement : List-Unsubscribe-Post manque.',
    'unsubscribe-post-invalid': (p) =>
      `Gmail n’affichera pas de bouton de désabonnement : List-Unsubscribe-Post indique « ${s(p, 'value')} » au lieu de List-Unsubscribe=One-Click.`,
    'unsubscribe-not-signed': (p) =>
      `Gmail n’affichera pas de bouton de désabonnement : ${p.which === 'post' ? 'List-Unsubscribe-Post n’est pas signé' : p.which === 'list' ? 'List-Unsubscribe n’est pas signé' : 'List-Unsubscribe et List-Unsubscribe-Post ne sont pas signés'}`,
    'unsubscribe-unverified': (p) =>
      `Gmail n’affichera pas de bouton de désabonnement : la signature de ${s(p, 'domain')} qui couvre les en-têtes de désabonnement n’est pas valide`,
    'unsubscribe-unchecked': (p) =>
      `Impossible de vérifier si Gmail affichera un bouton de désabonnement : la clé de ${s(p, 'domain')}, dont la signature couvre les en-têtes de désabonnement, n’a pas pu être récupérée.`,
    'unsubscribe-ok': () =>
      'Le désabonnement en un clic est en ordre : un lien https:, List-Unsubscribe-Post, les deux signés.',
    'receiver-disagrees-dkim': (p) =>
      `${authservName(s(p, 'authserv'), 'Un destinataire')} a indiqué dkim=${s(p, 'theirs')} pour ${s(p, 'domain')}, notre vérification dit ${s(p, 'ours')} : l’exemplaire a peut-être changé après son arrivée (transfert, copie), ou la clé a changé depuis.`,
    'receiver-disagrees-dmarc': (p) =>
      `${authservName(s(p, 'authserv'), 'Un destinataire')} a indiqué dmarc=${s(p, 'theirs')}, notre vérification dit ${s(p, 'ours')}.`,
    'receiver-none': () =>
      'Pas d’Authentication-Results : cet exemplaire ne montre pas ce que le serveur destinataire a conclu.',
    'arc-present': (p, lang) =>
      `En-têtes ARC de ${s(p, 'sealers')} (${plural(Number(p.count), lang, { one: '1 ensemble', other: `${formatCount(Number(p.count), lang)} ensembles` })}) : ils notent ce que chaque destinataire ou intermédiaire a vu ; listés ici, pas vérifiés.`,
    'internal-error': (p) =>
      `La vérification s’est arrêtée sur un problème inattendu (${s(p, 'detail')}) ; rien n’a été conclu.`,
  },
  verdict: {
    title: 'Exemplaire reçu',
    checkedOn: (date) => `Vérifié le ${date} :`,
    none: 'Aucun problème dans l’exemplaire reçu.',
  },
};
