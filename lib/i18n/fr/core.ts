// Textes français (Wallonie, Bruxelles), mêmes clés que en/core.ts. Vouvoiement; les termes du métier
// que les outils affichent en anglais (bounce, hard/soft, SPF, DKIM, DMARC) restent tels quels.
import type { Messages } from '../index';
import { restart } from './restart';

const s = (n: number) => (n > 1 ? 's' : '');
const pl = (n: number, one: string, other: string) => (new Intl.PluralRules('fr-BE').select(n) === 'one' ? one : other);

const GMAIL_CAVEAT =
  "Gmail ne transmet aux outils d'envoi aucune plainte par personne : les utilisateurs de Gmail manquent dans ce compte. Google Postmaster Tools montre le vrai taux de spam chez Gmail.";

export const core: Messages = {
  band: {
    normal: 'normal',
    watch: "au seuil d'alarme",
    alarm: 'alarmant',
    bad: 'mauvais',
    disaster: 'une catastrophe',
  },
  bandSay: {
    normal: (line) => `sous le seuil d'alarme de ${line}`,
    watch: (lo, hi) => `au seuil d'alarme de ${lo}–${hi}`,
    alarm: (hi) => `au-dessus du seuil d'alarme de ${hi}`,
    bad: (from) => `mauvais (à partir de ${from})`,
    disaster: (from) => `une catastrophe (à partir de ${from})`,
    nearly: (line) => `presque ${line}, une catastrophe`,
  },
  part: {
    'auth-broken': 'SPF, DKIM et DMARC',
    'free-mail-from': "l'adresse d'expéditeur",
    'bulk-sender-rules': "les règles pour l'envoi en masse",
    'dkim-key-quality': 'les clés DKIM',
    'dmarc-none-at-volume': 'la politique DMARC',
    'dns-in-order': 'le résumé DNS',
    'dns-unchecked': 'le résumé DNS',
    'bounce-rate': 'le taux de bounces',
    'bounce-categories': 'les types de bounces',
    'complaint-rate': 'les plaintes pour spam',
    'open-rate': "le taux d'ouverture",
    'click-rate': 'le taux de clics',
    'unsubscribe-rate': 'les désinscriptions',
    'volume-spike': "le volume d'envoi",
    'reputation-trend': "l'évolution de vos campagnes",
  },
  cause: {
    authentication: 'Authentification (SPF, DKIM, DMARC)',
    'list-quality': 'Qualité de la liste',
    volume: "Rythme d'envoi",
    engagement: 'Engagement',
    reputation: "Réputation de l'expéditeur",
    none: 'Aucun problème trouvé',
    unknown: "Pas assez d'informations",
  },
  headline: {
    authBroken: (what) =>
      `L'authentification e-mail de votre domaine n'est pas en ordre (${what}) : réglez cela d'abord, les fournisseurs de messagerie se méfient du courrier non authentifié.`,
    dnsFineList: (rate, words) =>
      `Le DNS est en ordre, la cause n'est donc pas technique : c'est la liste qui pose problème — ${rate} des e-mails ont rebondi : ${words}.`,
    figuresList: (rate, words) => `${rate} des e-mails ont rebondi : ${words}.`,
    watch: (rate, words) =>
      `${rate} des e-mails ont rebondi : ${words}. Retirez les hard bounces et surveillez le prochain envoi.`,
    dnsToCheck: "Le DNS reste à vérifier : écartez cette piste avant d'accuser la liste.",
    dnsFailed: "Le DNS n'a pas pu être vérifié : vérifiez-le d'abord avant d'accuser la liste.",
    dnsToCheckFirst: "Le DNS reste à vérifier : écartez d'abord cette piste.",
    dnsFailedFirst: "Le DNS n'a pas pu être vérifié : vérifiez-le d'abord.",
    volume: (factor) =>
      `Cet envoi faisait ${factor}× votre volume habituel : les filtres réagissent durement à « tout d'un coup ».`,
    pause: (days) => `C'est votre premier envoi depuis ${days} jours : on se méfie d'un expéditeur qui a refroidi.`,
    engagementLow: (rate, agree) =>
      `Seuls ${rate} ont ouvert, et ${agree} : le courrier arrive probablement dans les spams.`,
    opensLowAlone: (rate) =>
      `Seuls ${rate} ont ouvert, mais les clics, les bounces et les plaintes semblent normaux : des ouvertures basses ne prouvent pas à elles seules le dossier spam.`,
    dnsFineBut: (rest) => `Le DNS est en ordre, mais ${rest}`,
    figuresFine: "Les chiffres ont l'air sains (DNS pas encore vérifié).",
    figuresFineDnsFailed: "Les chiffres ont l'air sains, mais le DNS n'a pas pu être vérifié.",
    reputation:
      'Vos résultats se dégradent de campagne en campagne : les fournisseurs de messagerie apprennent à se méfier de votre courrier.',
    complaints: {
      ok: (rate, count, n) =>
        `${n} ${pl(count, 'personne a', 'personnes ont')} signalé cette campagne comme spam (${rate}) : dans les limites, mais les plaintes Gmail ne sont pas comptées ici.`,
      warn: (rate, count, n) =>
        `${n} ${pl(count, 'personne a', 'personnes ont')} signalé cette campagne comme spam (${rate}) : au-delà de ce que Gmail permet aux expéditeurs en masse — mettez-les en liste de suppression et n'écrivez qu'aux personnes qui l'ont demandé.`,
      max: (rate, _count, n) =>
        `Trop de destinataires signalent votre courrier comme spam (${rate}, ${n}) : à ce taux, Gmail et Yahoo filtrent ou refusent votre courrier.`,
    },
    complaintsNoRate: (count, n) =>
      `${n} ${pl(count, 'personne a', 'personnes ont')} signalé cette campagne comme spam ; ouvrez une fois l'aperçu de son rapport pour juger le taux.`,
    noComplaints: "Aucune plainte pour spam n'est listée pour cette campagne (celles de Gmail ne le sont jamais).",
    noBounces: "Aucune adresse en bounce n'est listée sur cette page.",
    blockedRep: (n, total) =>
      `${n} des ${total} bounces sont des refus pour spam ou réputation : faites une pause et analysez avant le prochain envoi.`,
    mostlyDead: (n, total) =>
      `${n} des ${total} bounces sont des adresses qui n'existent plus : la liste est ancienne — supprimez-les dans votre CRM.`,
    reasonsUnread: (n, hard) =>
      `L'outil d'envoi classe ${hard} des ${n} bounces en « hard » : supprimez-les. Les raisons ne sont pas encore lues, donc les refus cachés parmi les ${n - hard} « soft » restent invisibles.`,
    triage: (total, dead, blocks, temporary) =>
      `${total} bounce${s(total)} : ${dead} mort${s(dead)}, ${blocks} refus, ${temporary} temporaire${s(temporary)} — aucun schéma de refus.`,
    allFine: "Le DNS est en ordre et les chiffres ont l'air sains.",
    unknown: "Le DNS n'a pas pu être vérifié et les chiffres n'indiquent rien de précis.",
  },
  finding: {
    bounceEvidence: (rate, bounced, recipients, words) =>
      `${rate} de bounces (${bounced} sur ${recipients}) : ${words}.`,
    bounceAdvice: {
      watch: 'Retirez les hard bounces dans votre CRM avant le prochain envoi.',
      alarm: "Cherchez d'où viennent les adresses en bounce avant le prochain envoi.",
      bad: 'Suspendez cette liste et nettoyez-la à la source (votre CRM).',
      disaster: "Arrêtez d'envoyer à cette liste tant qu'elle n'est pas nettoyée à la source.",
    },
    openEvidence: (rate, bench) => `Taux d'ouverture ${rate} pour une référence de ${bench}.`,
    openAdviceLow:
      "Envoyez d'abord aux personnes actives récemment (30 → 60 → 90 jours) et n'augmentez le volume que tant que les clics tiennent.",
    authEvidence: (areas) => `En échec : ${areas}.`,
    authAdvice:
      "Publiez les enregistrements que votre outil d'envoi demande (DKIM d'abord, puis DMARC) avant le prochain envoi.",
    dnsOkEvidence: "SPF, DKIM et DMARC sont publiés et valides pour cet outil d'envoi.",
    dnsOkAdvice:
      "« Le DNS est en ordre » ne veut pas dire que l'outil d'envoi est en faute : regardez la liste et le rythme d'envoi.",
    dnsUnknownEvidence: (why) => `Le DNS n'a pas pu être vérifié : ${why}`,
    partFailed: (part, msg) => `Une partie de la vérification a échoué : ${part} (${msg}).`,
  },
  auth: {
    noRecord: "pas d'enregistrement SPF",
    termCost: (cost, total) => `${cost} requête${s(cost)} DNS, ${total} au total`,
    termFree: 'aucune requête',
    void: 'ne trouve rien (requête vide)',
    dependsOnSender: 'dépend du message ; compté, pas suivi',
    overLimit: 'au-delà de la limite de 10',
    spfTotal: (n) => `${n} requêtes DNS sur 10 au maximum.`,
    keyStatus: {
      valid: 'valide',
      weak: 'faible (moins de 2048 bits)',
      testing: 'en test (t=y)',
      revoked: 'révoquée',
      invalid: 'inutilisable',
    },
    probed: (list) => `Sélecteurs essayés : ${list}.`,
    alignment: 'DMARC réussi via',
    blocklists: 'Listes de blocage',
  },
  severity: { critical: 'Critique', warning: 'Attention', info: 'Remarque', ok: 'OK' },
  trend: {
    title: (n) => `Taux de bounces, d'ouverture et de clics sur vos ${n} dernières campagnes`,
    bounce: 'taux de bounces',
    open: "taux d'ouverture",
    click: 'taux de clics',
    date: 'envoyée le',
  },
  restart,
  sections: {
    dns: 'DNS',
    findings: 'Constats',
    steps: 'Prochaines étapes',
    trend: 'Vos campagnes récentes',
    export: 'Liste à nettoyer',
  },
  rules: {
    freeMail: (d) =>
      `Votre adresse d'expéditeur utilise ${d}, un domaine de messagerie gratuite : un envoi « depuis » ce domaine par un outil d'envoi échoue au contrôle DMARC chez Gmail, Yahoo et Microsoft.`,
    freeMailAdvice:
      "Envoyez depuis une adresse de votre propre domaine et authentifiez ce domaine dans votre outil d'envoi.",
    dkimQuality: (list) => `Problèmes de clé DKIM : ${list}.`,
    dkimQualityAdvice: "Demandez à votre outil d'envoi une clé de 2048 bits et sortez la clé du mode test (t=y).",
    dmarcNone: (n) =>
      `DMARC est en p=none alors que cet envoi est parti vers ${n} destinataires : l'usurpation de votre domaine n'est pas bloquée.`,
    dmarcNoneAdvice: 'Lisez les rapports DMARC pendant quelques semaines, puis passez à p=quarantine.',
    bulk: (providers, n, missing) =>
      n
        ? `${providers} peut vous considérer comme expéditeur en masse (${n} par jour) et exige alors ${missing}.`
        : `${providers} exige ${missing} de tout expéditeur.`,
    bulkOk: (providers, n) =>
      n
        ? `${providers} peut vous considérer comme expéditeur en masse (${n} par jour) ; les règles d'authentification sont respectées.`
        : `${providers} : les règles d'authentification pour tout expéditeur sont respectées.`,
    bulkChecklist:
      'Invisible depuis le DNS : la désinscription en un clic (List-Unsubscribe et List-Unsubscribe-Post, RFC 8058) et un taux de spam sous 0,10 % — voir Google Postmaster Tools.',
    bulkOkAdvice:
      "Vérifiez les en-têtes de désinscription dans une copie reçue de l'e-mail (Gmail : « Afficher l'original »).",
    bulkAdvice:
      'Depuis fin 2025, le courrier de masse non conforme est refusé : réglez ce qui manque avant le prochain gros envoi.',
    upTo: (n) => `jusqu'à ${n}`,
    about: (n) => `environ ${n}`,
    req: {
      spf: 'SPF',
      dkim: 'DKIM',
      spfPass: 'un SPF qui réussit',
      dkimPass: 'un DKIM qui réussit',
      dmarc: 'un enregistrement DMARC',
      alignment: "un domaine d'expéditeur aligné",
    },
    hardSoft: (hard, soft) => ` Hard ${hard}, soft ${soft}.`,
    deadShare: (n, total) =>
      `${n} des ${total} bounces sont des adresses qui n'existent pas (ou plus) ou des domaines disparus.`,
    deadAdvice:
      "Ces envois n'arriveront jamais : supprimez ces adresses dans votre CRM et cherchez d'où viennent ces anciens contacts.",
    blockedAuth: (n, total) => `${n} des ${total} bounces sont des refus pour authentification manquante (5.7.x).`,
    blockedAuthAdvice:
      "Les destinataires refusent votre courrier comme non authentifié : publiez les enregistrements DKIM de votre outil d'envoi et un enregistrement DMARC, puis renvoyez.",
    blockedRep: (n, total, deferred) =>
      `${n} des ${total} bounces sont des refus pour spam ou réputation (listes de blocage, politique${deferred ? ` ; dont ${deferred} report${s(deferred)} pour réputation comme Gmail 4.7.28 ou Yahoo TSS04` : ''}).`,
    triage: (total, dead, rep, auth, temporary) =>
      `Sur ${total} : ${dead} mort${s(dead)} (à supprimer), ${rep} refusé${s(rep)} pour réputation, ${auth} refusé${s(auth)} pour authentification, ${temporary} temporaire${s(temporary)}.`,
    blockedRepAdvice:
      'Faites une pause et analysez : ces refus montrent que votre réputation ou votre contenu est sous pression. Recommencez petit avec les personnes actives récemment.',
    complaints: {
      ok: (rate, _count, n, warn, max) =>
        `Plaintes pour spam ${rate} (${n}) : sous les ${warn} de Gmail pour les expéditeurs en masse et les ${max} que Gmail et Yahoo n'admettent jamais. ${GMAIL_CAVEAT}`,
      warn: (rate, _count, n, warn, max) =>
        `Plaintes pour spam ${rate} (${n}) : au-dessus des ${warn} de Gmail pour les expéditeurs en masse, sous les ${max} que Gmail et Yahoo n'admettent jamais. ${GMAIL_CAVEAT}`,
      max: (rate, _count, n, _warn, max) =>
        `Plaintes pour spam ${rate} (${n}) : au niveau ou au-dessus des ${max} que Gmail et Yahoo n'admettent jamais. ${GMAIL_CAVEAT}`,
    },
    complaintsNoRate: (count, n, warn, max) =>
      `${n} ${pl(count, 'plainte', 'plaintes')} pour spam listée${s(count)}. Le taux demande le nombre d'e-mails délivrés, lu dans l'aperçu de la campagne ; il est jugé par rapport à ${warn} et ${max}. ${GMAIL_CAVEAT}`,
    complaintsAdvice:
      "N'écrivez qu'aux personnes qui l'ont demandé, rendez la désinscription possible en un clic et arrêtez d'écrire aux anciens contacts.",
    clicks: (rate, bench) => `Taux de clics ${rate} pour une référence de ${bench}.`,
    clicksLowAdvice:
      "Peu de clics : le courrier n'atteint pas la liste ou ne l'intéresse pas. Segmentez selon l'engagement.",
    opensNoClicks: (open, cto) =>
      `Les ouvertures semblent normales (${open}) mais presque personne ne clique (${cto} des ouvreurs) : la protection de la vie privée d'Apple Mail et les analyseurs de liens gonflent les ouvertures.`,
    opensNoClicksAdvice: "Jugez l'engagement sur les clics, pas sur les ouvertures.",
    agree: {
      clicks: (rate) => `seuls ${rate} ont cliqué`,
      bounces: (rate) => `${rate} ont rebondi`,
      complaints: (rate) => `${rate} se sont plaints`,
    },
    openLowAgreed: (agree) =>
      `Bas malgré les ouvertures gonflées par Apple Mail, et ${agree} : ensemble, un signe fort de dossier spam.`,
    openLowAlone:
      "Bas, mais les ouvertures seules prouvent peu (Gmail : un taux d'ouverture bas n'est pas un indicateur fiable de délivrabilité) ; les clics, les bounces et les plaintes n'indiquent pas le dossier spam.",
    openLowAloneAdvice:
      "Jugez sur les clics, et regardez une copie reçue avant de conclure que l'e-mail est allé dans les spams.",
    openHistory: (rate, median) => ` Vos propres campagnes récentes atteignaient ${median} ; celle-ci ${rate}.`,
    unsub: (rate) => `Désinscriptions ${rate} : au-delà de 1 %, la liste ne s'attendait pas à ce courrier.`,
    unsubAdvice: "Écrivez aux personnes actives récemment et dites à l'inscription ce qu'elles recevront.",
    spike: (n, factor, median) =>
      `Cet envoi est parti vers ${n} destinataires, ${factor}× votre médiane récente de ${median} : « tout d'un coup » est un signal négatif fort.`,
    spikeAdvice:
      "Découpez la liste : envoyez d'abord aux personnes actives récemment et augmentez le volume pas à pas (montée en charge).",
    pause: (days) =>
      `C'est le premier envoi après ${days} jours de silence : les fournisseurs se méfient d'un expéditeur qui a refroidi.`,
    pauseAdvice:
      "Recommencez avec un petit groupe de personnes actives récemment et augmentez le volume d'au plus la moitié par jour.",
    trend: (first, last, n) =>
      `Le taux d'ouverture est passé de ${first} à ${last} sur vos ${n} dernières campagnes : le premier envoi s'est bien passé, puis cela s'est dégradé — les fournisseurs apprennent.`,
    trendBounce: (first, last, n) =>
      `Le taux de bounces est passé de ${first} à ${last} sur vos ${n} dernières campagnes.`,
    trendAdvice:
      "Arrêtez la glissade : nettoyez la liste à la source, n'écrivez un temps qu'aux personnes actives et surveillez chaque envoi.",
  },
  steps: {
    list: {
      watch: [
        'Retirez les hard bounces dans votre CRM avant le prochain envoi.',
        "Surveillez le prochain envoi : si les bounces restent à 2 % ou plus, cherchez d'où viennent ces adresses.",
      ],
      alarm: [
        "Retirez les hard bounces dans votre CRM, pas seulement dans l'outil d'envoi.",
        "Cherchez d'où viennent les adresses en bounce : anciens contacts du CRM/ERP, demandes de devis, adresses info@.",
        "Envoyez le prochain e-mail d'abord aux contacts récents et aux clients.",
      ],
      bad: [
        "Suspendez cette liste : l'utiliser « pour la nettoyer » est exactement l'erreur à ne pas faire.",
        "Nettoyez-la à la source, votre CRM : retirez les hard bounces, les fautes de frappe et les contacts qui n'ont jamais réagi.",
        "Recommencez petit avec les clients et les personnes actives récemment ; n'augmentez que si les bounces restent sous 2 %.",
      ],
      disaster: [
        "Arrêtez d'envoyer à cette liste : elle est fortement polluée, et « réessayer » est la pire idée.",
        "Nettoyez-la à la source, votre CRM : retirez les adresses en bounce, les fautes de frappe et les contacts qui n'ont jamais réagi ; redemandez l'accord de ceux qui sont silencieux depuis 6 mois ou plus.",
        "Recommencez petit avec les clients et les personnes actives ces 30 à 90 derniers jours ; n'augmentez que si les bounces restent sous 2 %.",
      ],
    },
    dnsFirst: "Vérifiez d'abord le DNS (SPF, DKIM, DMARC) : indiquez votre domaine d'expéditeur ci-dessus.",
    dnsFailed:
      "Vérifiez d'abord le DNS : le résolveur n'a pas répondu — réessayez, ou choisissez un autre résolveur dans les options.",
    suppressComplainers: (count, n) =>
      `Mettez ${pl(count, 'la personne qui s\u2019est plainte', `les ${n} personnes qui se sont plaintes`)} en liste de suppression dans votre outil d'envoi et votre CRM : ne leur écrivez plus jamais.`,
    postmaster:
      "Consultez votre vrai taux de spam chez Gmail dans Google Postmaster Tools : Gmail ne dit à aucun outil d'envoi qui s'est plaint.",
    consent: "Continuez à n'écrire qu'aux personnes qui l'ont demandé, avec une désinscription en un clic.",
    removeDead: (n) => `Supprimez ${pl(n, "l'adresse morte", `les ${n} adresses mortes`)} dans votre CRM.`,
    authBlocks: (n) =>
      `${n} refus ${pl(n, 'est dû', 'sont dus')} à une authentification en échec : vérifiez votre DNS (SPF, DKIM, DMARC) avant le prochain envoi.`,
    pauseReputation: (n) =>
      `${n} refus ${pl(n, 'invoque', 'invoquent')} votre réputation : suspendez les gros envois et recommencez petit avec les personnes actives récemment.`,
    readReasons: (n) =>
      `Lisez les raisons des ${n} bounce${s(n)} pas encore lu${s(n)}, pour distinguer les refus des adresses mortes.`,
    volume: [
      "Découpez la liste et envoyez d'abord aux personnes actives récemment (30 → 60 → 90 jours).",
      "Augmentez le volume d'au plus 50 % par jour, ne le doublez jamais d'un coup.",
      'Faites une pause quand des reports (4.7.28, TSS04) ou des refus apparaissent.',
    ],
    engagement: [
      "Segmentez selon l'engagement : envoyez aux personnes qui ont cliqué récemment.",
      'Recommencez petit avec du courrier qui est lu et auquel on répond.',
      "N'augmentez que tant que les clics tiennent.",
    ],
    reputation: [
      'Suspendez les gros envois.',
      'Nettoyez la liste à la source et ne gardez que les personnes qui ont réagi.',
      'Recommencez avec de petits envois attendus et augmentez pas à pas.',
    ],
    authentication: [
      "Publiez les enregistrements que votre outil d'envoi demande : ses enregistrements DKIM d'abord, puis un enregistrement DMARC avec une adresse rua.",
      'Vérifiez à nouveau ici avant le prochain envoi.',
      'Lisez ensuite les chiffres : un DNS en ordre ne veut pas dire que la liste l\u2019est.',
    ],
    none: ['Continuez à retirer les hard bounces après chaque envoi.', "Continuez à suivre l'évolution ci-dessous."],
    unknown: ["Vérifiez à nouveau le DNS (le résolveur n'a pas répondu), ou indiquez le domaine d'expéditeur."],
  },
  manual: {
    title: "Pas de rapport à l'écran ? Saisissez les chiffres à la main",
    field: {
      recipients: 'Destinataires',
      hard: 'Hard bounces',
      soft: 'Soft bounces',
      opens: 'Ouvertures uniques',
      clicks: 'Clics uniques',
      unsubscribes: 'Désinscriptions',
      complaints: 'Plaintes pour spam',
    },
    run: 'Diagnostiquer',
    notANumber: (f) => `${f} : saisissez un nombre entier.`,
    needRecipients: 'Saisissez au moins le nombre de destinataires.',
  },
  options: {
    title: 'Deliverability Lens — options',
    saved: 'Enregistré.',
    resolvers: 'Résolveurs DNS (DNS over HTTPS)',
    resolversHelp:
      "Interrogés dans cet ordre ; quand l'un échoue, le suivant est essayé. Seuls les noms DNS de votre domaine d'expéditeur leur sont envoyés.",
    test: 'tester',
    testing: 'test en cours…',
    testOk: (ms) => `répond (${ms} ms)`,
    testFail: (e) => `ne répond pas : ${e}`,
    remove: 'retirer',
    addDefault: (name) => `ajouter ${name}`,
    custom: 'Un autre résolveur RFC 8484',
    addCustom: 'Ajouter',
    badResolver: "Ce n'est pas une adresse https:// de DNS over HTTPS.",
    noPermission: "L'autorisation de joindre ce résolveur n'a pas été donnée.",
    domains: "Domaines d'expéditeur par compte d'outil d'envoi",
    noDomains: 'Aucun pour le moment : le panneau le demande à votre premier rapport.',
    general: 'Général',
    language: 'Langue',
    langAuto: 'Celle du navigateur',
    selectors: 'Sélecteurs DKIM supplémentaires (séparés par des virgules)',
    thresholds: 'Seuils',
    threshold: {
      bounceAlarm: "Taux de bounces : seuil d'alarme à partir de",
      bounceBad: 'Taux de bounces : mauvais à partir de',
      bounceDisaster: 'Taux de bounces : catastrophe à partir de',
      openBenchmark: "Référence du taux d'ouverture",
      complaintWarn: 'Plaintes : attention à partir de',
      complaintMax: 'Plaintes : critique à partir de',
    },
    badThreshold: 'Un seuil est un pourcentage entre 0 et 100.',
    resetThresholds: "Revenir aux valeurs de l'article",
    export: 'Export',
    delimiter: 'Séparateur CSV',
    delimiterAuto: 'Selon la langue (; pour Excel en français)',
    bom: 'Commencer le fichier par un BOM (Excel lit correctement les accents)',
    checkDomains: 'Vérifier chaque domaine de destinataire par DNS (domaines morts)',
    data: 'Vos données',
    clearHistory: "Effacer l'historique des campagnes",
    clearAll: 'Effacer toutes les données',
    historyCleared: 'Historique des campagnes effacé.',
    allCleared: 'Toutes les données ont été effacées.',
    privacy: 'Ce qui quitte votre ordinateur',
    privacyText: (resolvers) =>
      `Uniquement des questions DNS sur les domaines d'expéditeur (et, pendant un export, les domaines des destinataires), envoyées en HTTPS à vos résolveurs : ${resolvers}. Aucun chiffre, aucune adresse ni aucun nom de campagne ne quitte le navigateur ; nous n'avons pas de serveur et pas de mesure d'audience. Les raisons de bounce et les pages de bounces sont lues chez votre outil d'envoi, avec votre propre connexion, comme votre navigateur les affiche.`,
  },
  popup: {
    fixes: 'Enregistrements à publier (prêts à copier)',
    copy: 'copier',
    options: 'Options : résolveurs, langue, seuils, vos données',
    restorePanels: 'Réafficher les panneaux que vous avez masqués',
    addOrigin: 'Mon compte ActiveCampaign est sur ma propre adresse',
    originLabel: "L'adresse à laquelle vous vous connectez à ActiveCampaign",
    originAdd: 'Ajouter',
    originInvalid: "Ce n'est pas une adresse utilisable.",
    originAdded: (o) => `Ajouté : les rapports sur ${o} sont lus à partir de maintenant.`,
    originFailed: 'Pas ajouté',
    domain: "Domaine d'expéditeur",
    esp: 'Envoyé avec',
    espUnknown: 'Je ne sais pas / autre',
    checking: (d) => `Vérification de ${d}…`,
    resultFor: (d) => `DNS de ${d}`,
  },
  export: {
    button: (n) => `Exporter ${n} adresse${s(n)} pour le CRM (CSV)`,
    collectButton: 'Exporter les adresses en bounce pour le CRM (CSV)',
    collecting: (pages, n) => `Lecture de la liste des bounces : ${pages} page${s(pages)}, ${n} adresses…`,
    partial: (pages, n, why) => `Arrêté après ${pages} page${s(pages)} avec ${n} adresses : ${why}.`,
    exportCollected: (n) => `Exporter les ${n} adresses lues`,
    working: 'Vérification des adresses et écriture du fichier…',
    done: (file, n) => `${file} téléchargé : ${n} lignes.`,
    action: (a) =>
      ({
        'remove in CRM': 'Supprimer dans le CRM',
        'fix typo': 'Corriger une faute de frappe',
        'retry later': 'Réessayer plus tard',
        'check authentication': "Vérifier l'authentification",
        'pause and review sending': "Suspendre et revoir l'envoi",
        'check individually': 'Vérifier au cas par cas',
      })[a] ?? a,
    disagreements: (n) =>
      `${n} bounce${s(n)} que l'outil d'envoi appelle « soft » ${n > 1 ? 'sont' : 'est'} en réalité ${n > 1 ? 'des refus ou des adresses mortes' : 'un refus ou une adresse morte'} (voir la colonne de la raison).`,
    unchecked: (n) =>
      `${n} domaine${s(n)} n'${n > 1 ? 'ont' : 'a'} pas pu être vérifié${s(n)} par DNS ; aucun n'est marqué comme mort.`,
    limits:
      "Impossible à vérifier depuis un navigateur : les domaines « catch-all », l'existence d'une boîte aux lettres, les pièges à spam.",
    copy: (n) => `Copier les ${n} adresses à mettre en liste de suppression`,
  },
  bounces: {
    triage: (n, dead, blocked, auth, temporary, other) =>
      `Sur les ${n} avec une raison : ${dead} adresse${s(dead)} morte${s(dead)} (à supprimer), ${blocked} refus${auth ? ` (dont ${auth} pour l'authentification)` : ''}, ${temporary} temporaire${s(temporary)}, ${other} autre${s(other)}.`,
    disagree: (n) =>
      `${n} des bounces « soft » de l'outil d'envoi ${n > 1 ? 'sont' : 'est'} en réalité un refus ou une adresse morte.`,
    listed: (n, hard, soft, other) =>
      `${n} adresse${s(n)} en bounce listée${s(n)} : ${hard} hard, ${soft} soft${other ? `, ${other} autre${s(other)}` : ''}.`,
    reasons: (withReason, n) => `Raison connue pour ${withReason} sur ${n}.`,
    gather: (n) => `Lire les raisons des bounces (${n})`,
    progress: (done, total) => `Lecture des raisons : ${done} sur ${total}…`,
    cancel: 'Annuler',
    gathered: (done, total, failed, cancelled) =>
      `${cancelled ? 'Arrêté' : 'Terminé'} : ${done} sur ${total} lues${failed ? `, ${failed} illisible${s(failed)}` : ''}.`,
  },
  panel: {
    title: 'Deliverability Lens',
    likelyCause: 'Cause probable',
    bounceRate: 'Taux de bounces',
    openRate: "Taux d'ouverture",
    clickRate: 'Taux de clics',
    benchmark: (b) => `référence ${b}`,
    dns: 'DNS de',
    checking: 'vérification…',
    loadingPart: 'Chargement…',
    partFailed: "Cette partie du panneau n'a pas pu être chargée.",
    tryAgain: 'Réessayer',
    couldntCheck: 'pas pu vérifier',
    askDomain: "Depuis quel domaine envoyez-vous ? Mailchimp n'affiche pas l'adresse d'expéditeur ici.",
    domainPlaceholder: 'votredomaine.be',
    save: 'Vérifier',
    change: 'modifier',
    collapse: 'Réduire',
    expand: 'Déplier',
    close: 'Fermer',
    notRecognised: "La mise en page de cette page n'a pas été reconnue, aucun chiffre n'a donc été lu.",
    couldNotRead: (what) => `Illisible : ${what}.`,
    why: 'pourquoi ?',
    whyAbout: (id) => `Pourquoi : ${id}`,
    move: 'Faites glisser pour déplacer le panneau (ou utilisez les flèches)',
    byHand:
      'Vous pouvez saisir les chiffres à la main dans la fenêtre de la barre d’outils et obtenir le même diagnostic.',
    copyStructure: 'Copier la structure de la page (pour signaler un bug)',
    copied: 'Copié : la structure de la page sans noms, adresses ni objets.',
    copiedShort: 'Copié.',
    copyFailed: 'Impossible de copier dans le presse-papiers.',
    status: { pass: 'OK', warn: 'attention', fail: 'problème', unknown: 'pas pu vérifier' },
    area: { spf: 'SPF', dkim: 'DKIM', dmarc: 'DMARC', alignment: 'Alignement DMARC' },
    nextSteps: 'Prochaines étapes',
    evidence: 'Constats',
    invalidDomain: 'Saisissez un nom de domaine comme exemple.be.',
    causeOnceDns: '(si le DNS est en ordre)',
    dnsLine: (domain, summary) => `DNS de ${domain} : ${summary}`,
    evidenceLine: (n, critical) => `${n} constat${s(n)}${critical ? `, dont ${critical} critique${s(critical)}` : ''}`,
    partsFailed: (parts) => `Une partie de la vérification a échoué : ${parts}.`,
    dismiss: 'Masquer pour cette campagne',
    complainers: (n) => `${n} ${pl(n, 'plaignant listé', 'plaignants listés')} sur cette page`,
  },
};
