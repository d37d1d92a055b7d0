// French texts of lib/i18n/teach.ts, which holds their type, shared helpers and accessor.
import { notesText } from '../esp';
import { plural, type FailureProblem, type TeachTexts } from '../teach';

export const teach: TeachTexts = {
  figure: {
    recipients: 'destinataires',
    delivered: 'délivrés',
    bounces: 'rebonds',
    opens: 'ouvertures uniques',
    clicks: 'clics uniques',
    unsubscribes: 'désinscriptions',
    complaints: 'plaintes pour spam',
    sender: 'adresse d’expéditeur',
    sent: 'date d’envoi',
  },
  offer: 'Montrez-moi où sont les chiffres',
  offerHint: 'Cliquez une fois sur les chiffres de la page ; ensuite, ils sont lus pour vous à chaque visite.',
  picker: {
    title: 'Montrez-moi où sont les chiffres',
    keys: 'Cliquez sur un chiffre de la page, ou : les flèches passent d’un nombre à l’autre, la flèche vers le haut prend l’élément qui l’entoure, Entrée choisit, Échap ferme.',
    ask: (f, name) =>
      f === 'sender'
        ? 'Cliquez sur l’adresse d’expéditeur.'
        : f === 'sent'
          ? 'Cliquez sur la date d’envoi de la campagne.'
          : `Cliquez sur le nombre de ${name}.`,
    askRecipients: 'Cliquez sur le nombre de destinataires (ou passez et montrez ensuite le nombre de délivrés).',
    picked: (name, value) => `${name} : ${value} ✓`,
    skipped: (name) => `${name} : passé`,
    candidate: (text) => `Sur la page : ${text}`,
    noCandidate: 'Aucun chiffre choisi sur la page pour l’instant.',
    problem: (p, name) =>
      ({
        empty: `Cet élément est vide. Cliquez sur les ${name} eux-mêmes.`,
        'not-a-number': `Ce n’est pas un nombre. Cliquez sur le nombre de ${name}.`,
        'rate-not-count': `C’est un pourcentage. Cliquez sur le nombre de ${name}, pas sur le pourcentage.`,
        'several-numbers': `Cet élément contient plusieurs nombres. Cliquez uniquement sur le nombre de ${name}.`,
        'not-an-email': 'Ce n’est pas une adresse e-mail. Cliquez sur l’adresse d’expéditeur.',
        'mostly-text': `C’est un texte qui contient un nombre. Cliquez uniquement sur le nombre de ${name}.`,
        'not-a-date':
          'Ce n’est pas une date que l’extension peut lire sans deviner (ordre du jour et du mois incertain). Passez-la au besoin.',
      })[p],
    skip: 'Passer',
    redo: (name) => `Refaire : ${name}`,
    use: 'Choisir ceci',
    next: 'Nombre suivant',
    previous: 'Nombre précédent',
    parent: 'Élément englobant',
    save: 'Enregistrer la disposition',
    cancel: 'Fermer sans enregistrer',
    saved: 'Disposition enregistrée : ces chiffres seront désormais lus sur cette page.',
    saveFailed: (error) => `La disposition n’a pas pu être enregistrée (${error}). Rien n’a été enregistré.`,
    left: 'Vous avez quitté la page du rapport pendant la sélection. Rien n’a été enregistré.',
    build: (p, name) => {
      switch (p.kind) {
        case 'need-recipients':
          return 'Montrez d’abord les destinataires ou le nombre de délivrés.';
        case 'page-changed':
          return `La page a changé pendant la sélection : les ${name(p.figure)} que vous avez montrés n’y sont plus. Rien n’a été enregistré ; montrez-les à nouveau.`;
        case 'no-locator':
          return `Aucun moyen durable de retrouver les ${name(p.figure)} n’a été trouvé. Essayez le nombre lui-même ou son cadre.`;
        case 'bad-pick':
          return `Les ${name(p.figure)} que vous avez montrés ne se lisent plus comme un chiffre. Montrez-les à nouveau.`;
        case 'self-check':
          return `Relus, les chiffres ne tiennent pas ensemble : ${p.failures.map((f) => teach.failure(f, name)).join(' ')} Rien n’a été enregistré.`;
      }
    },
  },
  panel: {
    taughtFrom: (host) => `Chiffres lus avec la disposition que vous avez montrée pour ${host}.`,
    failureHead:
      'La disposition que vous avez montrée ne correspond plus à cette page ; aucun chiffre n’est donc affiché.',
    reteach: 'Montrez-moi à nouveau où sont les chiffres',
    export: 'Exporter cette disposition (JSON)',
    notes: {
      'rate-other-base': (name) =>
        `Le taux affiché à côté des ${name} est calculé sur les ouvertures uniques (clic par ouverture) ; il n’est donc pas utilisé comme taux de clics.`,
    },
    dropped: (lang, n) =>
      plural(lang, n) === 'one'
        ? 'Une disposition enregistrée était illisible et a été supprimée ; montrez-la à nouveau.'
        : `${n} dispositions enregistrées étaient illisibles et ont été supprimées ; montrez-les à nouveau.`,
  },
  failure: (f, name) => {
    if (f.figure === 'all')
      return `Les chiffres ne peuvent pas être tous vrais à la fois : ${notesText(f.notes, 'fr').join(' ')}`;
    const n = name(f.figure);
    const words: Record<FailureProblem, string> = {
      'not-found': `${n} : introuvables là où vous les avez montrés.`,
      disagree: `${n} : les endroits que vous avez montrés donnent maintenant des valeurs différentes.`,
      'rate-mismatch': `${n} : le taux affiché à côté ne correspond pas aux nombres.`,
      empty: `${n} : l’endroit que vous avez montré est vide.`,
      'not-a-number': `${n} : ne se lit plus comme un nombre.`,
      'rate-not-count': `${n} : la page affiche maintenant un taux là où figurait le nombre.`,
      'several-numbers': `${n} : l’endroit que vous avez montré contient maintenant plusieurs nombres.`,
      'not-an-email': `${n} : ne se lit plus comme une adresse e-mail.`,
      'not-a-date': `${n} : ne se lit plus comme une date.`,
      'mostly-text': `${n} : l’endroit que vous avez montré contient maintenant du texte plutôt qu’un nombre.`,
    };
    return words[f.problem];
  },
  popup: {
    heading: 'Montrer la disposition d’un rapport',
    esp: 'Votre service d’e-mailing',
    espName: {
      brevo: 'Brevo',
      mailerlite: 'MailerLite',
      flexmail: 'Flexmail',
      other: 'Un autre (indiquez son adresse)',
    },
    origin: 'Adresse de ses pages de rapport',
    start: 'Montrez-moi où sont les chiffres',
    startHint:
      'Ouvrez d’abord un rapport de campagne sur ce site ; l’extension demande une seule fois l’autorisation de le lire.',
    started: 'Cliquez maintenant sur les chiffres de la page du rapport.',
    notThere: (origin) => `Ouvrez d’abord un rapport de campagne sur ${origin} dans l’onglet actuel, puis réessayez.`,
    denied: 'L’autorisation de lire ce site n’a pas été donnée ; rien ne s’est passé.',
    failed: (error) => `Cela n’a pas fonctionné (${error}).`,
    originInvalid: 'Indiquez l’adresse sous la forme https://app.example.com.',
    import: 'Importer un fichier de disposition',
    imported: (host) => `Disposition pour ${host} importée. Rechargez la page du rapport pour la lire.`,
  },
  layoutProblem: (p) => {
    switch (p.kind) {
      case 'too-large':
        return `Ce fichier est trop volumineux (${p.bytes} octets) pour une disposition.`;
      case 'not-json':
        return 'Ce fichier n’est pas une disposition (pas du JSON).';
      case 'newer-version':
        return `Cette disposition provient d’une version plus récente de l’extension (format ${p.version}) ; mettez d’abord l’extension à jour.`;
      case 'invalid':
        return `Ce fichier n’est pas une disposition valable (à ${p.at}). Rien n’a été importé.`;
      case 'other-host':
        return `Cette disposition est pour ${p.host}, pas pour ${p.expected}. Rien n’a été importé.`;
      case 'no-figures':
        return 'Cette disposition ne montre aucun chiffre. Rien n’a été importé.';
    }
  },
};
