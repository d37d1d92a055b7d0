// French texts of lib/i18n/audit.ts, which holds their type, shared helpers and accessor.
import type { BounceScale } from '../../audit/findings';
import { formatCount, plural } from '../index';
import { restart } from './restart';
import { make, num, type AuditTexts } from '../audit';

export const audit: AuditTexts = make('fr', {
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
    restartTitle: restart.title,
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
  sends: restart.sends,
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
