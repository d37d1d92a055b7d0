// French texts of lib/i18n/lists.ts, which holds their type, shared helpers and accessor.
import { n, OPERATORS, plural, PROVIDER_BRANDS, type ListTexts } from '../lists';

export const lists: ListTexts = {
  csv: {
    delimiter: ';',
    headers: {
      email: 'adresse_e-mail',
      flag: 'signalements',
      category: 'catégorie',
      sub_reason: 'sous-motif',
      esp_type: 'type_selon_esp',
      code: 'code',
      reason: 'motif',
      suggestion: 'suggestion',
      campaign: 'campagne',
      date: 'date',
      provider: 'fournisseur',
      action: 'action',
      coverage: 'couverture',
    },
    category: {
      hard: 'définitif',
      soft: 'temporaire',
      blocked: 'bloqué',
      deferred: 'différé',
      other: 'autre',
      'not-read': 'motif non lu',
    },
    action: {
      remove: 'supprimer dans le CRM',
      'fix-typo': 'corriger la faute de frappe',
      'retry-later': 'réessayer plus tard',
      'check-auth': 'vérifier l’authentification',
      'pause-sending': 'suspendre les envois et analyser',
      'check-individually': 'examiner au cas par cas',
      'read-reason': 'lire d’abord le motif du rebond',
    },
    flag: {
      syntax: 'syntaxe',
      duplicate: 'doublon',
      role: 'adresse-fonction',
      typo: 'faute-de-frappe',
      disposable: 'jetable',
      'domain-dead': 'domaine-inexistant',
    },
    subReason: { 'reason-not-read': 'motif non lu', unspecified: 'non précisé par l’ESP' },
    espType: { hard: 'définitif', soft: 'temporaire', syntax: 'syntaxe', unknown: 'inconnu' },
    coverage: (read, stated, complete, lang = 'fr') =>
      stated === undefined
        ? complete
          ? `${n(read, lang)} sur ${n(read, lang)}`
          : `${n(read, lang)} lus, total inconnu — incomplet`
        : complete
          ? `${n(read, lang)} sur ${n(stated, lang)}`
          : `${n(read, lang)} sur ${n(stated, lang)} — incomplet`,
  },
  panel: {
    coverage: (read, stated, lang = 'fr') =>
      stated === undefined ? `${n(read, lang)} lus` : `${n(read, lang)} sur ${n(stated, lang)} lus`,
    waysToRest:
      'Pour le reste : ouvrez ici les pages suivantes de la liste (chaque page ouverte est conservée pour cette campagne), ou déposez le fichier d’export de l’ESP sur ce panneau.',
    kept: (v, lang = 'fr') =>
      `${n(v, lang)} ${plural(v, lang, 'adresse conservée', 'adresses conservées')} des pages que vous avez ouvertes.`,
    forget: 'Oublier les pages lues',
    drop: 'Déposez ici le fichier d’export (CSV) de l’ESP',
    choose: 'ou choisissez le fichier',
    reading: 'Lecture du fichier…',
    merged: (name, rows, added, completed, lang = 'fr') =>
      `${name} : ${n(rows, lang)} adresses lues, ${n(added, lang)} nouvelles, ${n(completed, lang)} complétées.`,
    audience: (name, rows, lang = 'fr') =>
      `${name} : les ${n(rows, lang)} destinataires de cette campagne, utilisés pour la répartition par fournisseur de messagerie.`,
    fileError: (kind, detail) =>
      ({
        empty: 'Ce fichier est vide. Rien n’a été modifié.',
        binary:
          'Ce n’est pas un fichier CSV (on dirait un classeur ou un autre fichier binaire). Exportez-le en CSV et réessayez. Rien n’a été modifié.',
        'no-email-column': `Aucune colonne d’adresses e-mail trouvée${detail ? ` (colonnes : ${detail})` : ''}. Rien n’a été modifié.`,
        'not-an-esp-export': `Ce fichier ne ressemble pas à un export de Mailchimp, ActiveCampaign ou Campaign Monitor${detail ? ` (colonnes : ${detail})` : ''}. Rien n’a été modifié.`,
        'too-large': 'Ce fichier est trop volumineux pour être lu ici. Rien n’a été modifié.',
        unreadable: `Le fichier n’a pas pu être lu${detail ? ` (${detail})` : ''}. Rien n’a été modifié.`,
      })[kind],
    gathering: (done, total, lang = 'fr') => `Lecture des motifs de rebond : ${n(done, lang)} sur ${n(total, lang)}…`,
    cancel: 'Annuler',
    reasonsMissing: (v, lang = 'fr') =>
      `${n(v, lang)} ${plural(v, lang, 'rebond n’a', 'rebonds n’ont')} pas de motif lu : le fichier indique « motif non lu », jamais « réessayer plus tard ».`,
    exportButton: (coverage) => `Exporter la liste de nettoyage (${coverage})`,
    exportDone: (file, coverage) => `${file} enregistré — ${coverage}.`,
    checkingDomains: (done, total, lang = 'fr') =>
      `Consultation des domaines des destinataires : ${n(done, lang)} sur ${n(total, lang)}…`,
    exporting: 'Écriture du fichier…',
    collecting: (pages, rows, lang = 'fr') =>
      `Lecture de la liste des rebonds : ${n(pages, lang)} ${plural(pages, lang, 'page', 'pages')}, ${n(rows, lang)} adresses…`,
    stopped: (stop, pages, rows, lang = 'fr') =>
      `Arrêté après ${n(pages, lang)} ${plural(pages, lang, 'page', 'pages')} avec ${n(rows, lang)} adresses : ${
        stop.kind === 'cancelled'
          ? 'annulé'
          : stop.kind === 'page-failed'
            ? `la page ${n(stop.page, lang)} n’a pas pu être chargée (${stop.error})`
            : stop.kind === 'built-by-script'
              ? 'la liste est construite dans le navigateur ; ouvrez-la, ou déposez son fichier d’export'
              : `la page ${n(stop.page, lang)} n’est pas une liste de rebonds`
      }.`,
    exportCollected: (coverage) => `Exporter ce qui a été lu (${coverage})`,
    providersButton: 'Afficher les rebonds par fournisseur de messagerie',
    unchecked: (v, lang = 'fr') =>
      `${n(v, lang)} ${plural(v, lang, 'domaine n’a', 'domaines n’ont')} pas pu être consultés ; aucun n’est déclaré inexistant.`,
    disagreements: (v, lang = 'fr') =>
      `${n(v, lang)} rebonds « temporaires » selon l’ESP sont en réalité des blocages ou des adresses inexistantes (voir la colonne motif).`,
    copy: (v, lang = 'fr') => `Copier les ${n(v, lang)} adresses à exclure`,
    copied: 'Copié.',
    copyFailed: 'Copie impossible ; sélectionnez les adresses dans le fichier.',
    exportFailed: (detail) =>
      `L’export s’est arrêté sur une erreur inattendue : aucun fichier n’a été créé (${detail}).`,
    domainsUnanswered:
      'L’extension n’a pas répondu pendant la vérification des domaines des destinataires : aucun fichier n’a été créé. Réessayez ; si l’échec persiste, rechargez la page.',
    limits: 'Invérifiable depuis un navigateur : domaines catch-all, existence d’une boîte, pièges à spam.',
  },
  popup: {
    heading: 'Liste de nettoyage depuis un export de l’ESP',
    intro:
      'Déposez la liste des rebonds exportée de Mailchimp, ActiveCampaign ou Campaign Monitor : le fichier est lu ici, rien n’est envoyé.',
    read: (name, rows, lang = 'fr') => `${name} : ${n(rows, lang)} adresses en rebond.`,
  },
  providers: {
    heading: 'Rebonds par fournisseur de messagerie',
    names: { ...PROVIDER_BRANDS, other: 'autres', unknown: 'inconnu (pas de réponse ou domaine inexistant)' },
    operators: OPERATORS,
    legend: { hard: 'définitif', blocked: 'bloqué', deferred: 'différé', other: 'autre' },
    refused: (provider, blocked, total, lang = 'fr') =>
      `${provider} a refusé ${n(blocked, lang)} de vos ${n(total, lang)} ${plural(total, lang, 'e-mail bloqué', 'e-mails bloqués')}.`,
    row: (provider, bounces, blocked, deferred, lang = 'fr') =>
      `${provider} : ${n(bounces, lang)} rebonds, ${n(blocked, lang)} bloqués, ${n(deferred, lang)} différés`,
    audienceUnknown:
      'Les règles des expéditeurs en masse se jugent par fournisseur d’après la répartition de votre audience ; déposez l’export des destinataires pour la connaître (les adresses en rebond seules n’en disent rien).',
    bulk: (provider, recipients, threshold, over, lang = 'fr') =>
      `${provider} : ${n(recipients, lang)} de vos destinataires — ${over ? `au seuil de ${n(threshold, lang)} par jour ou au-delà, ce qui fait de vous un expéditeur en masse chez lui` : `sous le seuil de ${n(threshold, lang)} par jour (si tout part le même jour)`}.`,
    appleAll: (recipients, lang = 'fr') =>
      `Apple iCloud : ${n(recipients, lang)} de vos destinataires — les exigences d’Apple s’appliquent à tout expéditeur.`,
  },
};
