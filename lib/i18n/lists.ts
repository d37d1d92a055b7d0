// Words of the bounce lists, the export file and the provider chart (issues 13 §5 §6 §8, 17 §4),
// in English, Dutch (Flemish-friendly, "u") and French (Belgian register, "vous"). CSV headers
// and values are words too: the ids in lib/export are data, these are what the file says.
// TODO(lead): merge into lib/i18n once the catalogues are unified.
import type { Lang } from './index';
import { localeOf } from './index';

export type ExportColumn =
  | 'email'
  | 'flag'
  | 'category'
  | 'sub_reason'
  | 'esp_type'
  | 'code'
  | 'reason'
  | 'suggestion'
  | 'campaign'
  | 'date'
  | 'provider'
  | 'action'
  | 'coverage';
export type ActionId =
  'remove' | 'fix-typo' | 'retry-later' | 'check-auth' | 'pause-sending' | 'check-individually' | 'read-reason';
export type ExportCategory = 'hard' | 'soft' | 'blocked' | 'deferred' | 'other' | 'not-read';
/** Why a walk through the bounce pages stopped (lib/esp/collect.ts CollectStop). */
export type CollectStopText =
  | { kind: 'cancelled' }
  | { kind: 'page-failed'; page: number; error: string }
  | { kind: 'built-by-script' }
  | { kind: 'not-a-bounce-list'; page: number };
export type FileErrorKind = 'empty' | 'binary' | 'no-email-column' | 'not-an-esp-export' | 'too-large' | 'unreadable';

const n = (v: number, lang: Lang) => v.toLocaleString(localeOf(lang));
const plural = (v: number, lang: Lang, one: string, other: string) =>
  new Intl.PluralRules(localeOf(lang)).select(v) === 'one' ? one : other;

export const en = {
  csv: {
    /** The list separator Excel expects with this language's regional settings (en ",", nl-BE/fr-BE ";"). */
    delimiter: ',' as ',' | ';',
    headers: {
      email: 'email',
      flag: 'flags',
      category: 'category',
      sub_reason: 'sub_reason',
      esp_type: 'esp_type',
      code: 'code',
      reason: 'reason',
      suggestion: 'suggestion',
      campaign: 'campaign',
      date: 'date',
      provider: 'provider',
      action: 'action',
      coverage: 'coverage',
    } as Record<ExportColumn, string>,
    category: {
      hard: 'hard',
      soft: 'soft',
      blocked: 'blocked',
      deferred: 'deferred',
      other: 'other',
      'not-read': 'reason not read',
    } as Record<ExportCategory, string>,
    action: {
      remove: 'remove in CRM',
      'fix-typo': 'fix typo',
      'retry-later': 'retry later',
      'check-auth': 'check authentication',
      'pause-sending': 'pause and review sending',
      'check-individually': 'check individually',
      'read-reason': 'read the bounce reason first',
    } as Record<ActionId, string>,
    flag: {
      syntax: 'syntax',
      duplicate: 'duplicate',
      role: 'role',
      typo: 'typo',
      disposable: 'disposable',
      'domain-dead': 'domain-dead',
    } as Record<string, string>,
    subReason: { 'reason-not-read': 'reason not read', unspecified: 'not specified by the ESP' } as Record<
      string,
      string
    >,
    espType: { hard: 'hard', soft: 'soft', syntax: 'syntax', unknown: 'unknown' } as Record<string, string>,
    coverage: (read: number, stated: number | undefined, complete: boolean, lang: Lang = 'en') =>
      stated === undefined
        ? complete
          ? `${n(read, lang)} of ${n(read, lang)}`
          : `${n(read, lang)} read, total unknown — incomplete`
        : complete
          ? `${n(read, lang)} of ${n(stated, lang)}`
          : `${n(read, lang)} of ${n(stated, lang)} — incomplete`,
  },
  panel: {
    coverage: (read: number, stated: number | undefined, lang: Lang = 'en') =>
      stated === undefined ? `${n(read, lang)} read` : `${n(read, lang)} of ${n(stated, lang)} read`,
    waysToRest:
      'For the rest: open the next pages of the list here (every page you open is kept for this campaign), or drop the ESP’s own export file on this panel.',
    kept: (v: number, lang: Lang = 'en') =>
      `${n(v, lang)} ${plural(v, lang, 'address', 'addresses')} kept from the pages you opened.`,
    forget: 'Forget the pages read',
    drop: 'Drop the ESP’s export file (CSV) here',
    choose: 'or choose the file',
    reading: 'Reading the file…',
    merged: (name: string, rows: number, added: number, completed: number, lang: Lang = 'en') =>
      `${name}: ${n(rows, lang)} addresses read, ${n(added, lang)} new, ${n(completed, lang)} completed.`,
    audience: (name: string, rows: number, lang: Lang = 'en') =>
      `${name}: the ${n(rows, lang)} recipients of this campaign, used for the mix of mailbox providers.`,
    fileError: (kind: FileErrorKind, detail?: string) =>
      ({
        empty: 'This file is empty. Nothing was changed.',
        binary:
          'This is not a CSV file (it looks like a spreadsheet or other binary file). Export as CSV and try again. Nothing was changed.',
        'no-email-column': `No e-mail column found${detail ? ` (columns: ${detail})` : ''}. Nothing was changed.`,
        'not-an-esp-export': `This does not look like an export from Mailchimp, ActiveCampaign or Campaign Monitor${detail ? ` (columns: ${detail})` : ''}. Nothing was changed.`,
        'too-large': 'This file is too large to read here. Nothing was changed.',
        unreadable: `The file could not be read${detail ? ` (${detail})` : ''}. Nothing was changed.`,
      })[kind],
    gathering: (done: number, total: number, lang: Lang = 'en') =>
      `Reading bounce reasons: ${n(done, lang)} of ${n(total, lang)}…`,
    cancel: 'Cancel',
    reasonsMissing: (v: number, lang: Lang = 'en') =>
      `${n(v, lang)} ${plural(v, lang, 'bounce has', 'bounces have')} no reason read: the file says “reason not read” for them, never “retry later”.`,
    exportButton: (coverage: string) => `Export the clean-up list (${coverage})`,
    exportDone: (file: string, coverage: string) => `Saved ${file} — ${coverage}.`,
    checkingDomains: (done: number, total: number, lang: Lang = 'en') =>
      `Looking up recipient domains: ${n(done, lang)} of ${n(total, lang)}…`,
    exporting: 'Writing the file…',
    collecting: (pages: number, rows: number, lang: Lang = 'en') =>
      `Reading the bounce list: ${n(pages, lang)} ${plural(pages, lang, 'page', 'pages')}, ${n(rows, lang)} addresses…`,
    stopped: (stop: CollectStopText, pages: number, rows: number, lang: Lang = 'en') =>
      `Stopped after ${n(pages, lang)} ${plural(pages, lang, 'page', 'pages')} with ${n(rows, lang)} addresses: ${
        stop.kind === 'cancelled'
          ? 'cancelled'
          : stop.kind === 'page-failed'
            ? `page ${n(stop.page, lang)} could not be loaded (${stop.error})`
            : stop.kind === 'built-by-script'
              ? 'the list is built in the browser; open it, or drop its export file'
              : `page ${n(stop.page, lang)} is not a bounce list`
      }.`,
    exportCollected: (coverage: string) => `Export what was read (${coverage})`,
    providersButton: 'Show bounces by mailbox provider',
    unchecked: (v: number, lang: Lang = 'en') =>
      `${n(v, lang)} ${plural(v, lang, 'domain', 'domains')} could not be looked up; none of them is called dead.`,
    disagreements: (v: number, lang: Lang = 'en') =>
      `${n(v, lang)} of the ESP’s “soft” bounces are really blocks or dead addresses (see the reason column).`,
    copy: (v: number, lang: Lang = 'en') => `Copy the ${n(v, lang)} addresses to suppress`,
    copied: 'Copied.',
    copyFailed: 'Could not copy; select the addresses in the file instead.',
    domainsUnanswered:
      'The extension did not answer while checking the recipient domains, so no file was written. Try again; reloading the page helps if it keeps failing.',
    limits: 'Not checkable from a browser: catch-all domains, whether a mailbox exists, spam traps.',
  },
  popup: {
    heading: 'Clean-up list from an ESP export',
    intro:
      'Drop the bounced list exported from Mailchimp, ActiveCampaign or Campaign Monitor: the file is read here, nothing is uploaded.',
    read: (name: string, rows: number, lang: Lang = 'en') => `${name}: ${n(rows, lang)} bounced addresses.`,
  },
  providers: {
    heading: 'Bounces by mailbox provider',
    names: {
      'microsoft-365': 'Microsoft 365',
      'google-workspace': 'Google Workspace',
      gmail: 'Gmail',
      'outlook-com': 'Outlook.com',
      yahoo: 'Yahoo',
      apple: 'Apple iCloud',
      telenet: 'Telenet',
      proximus: 'Proximus',
      kpn: 'KPN',
      ziggo: 'Ziggo',
      other: 'other',
      unknown: 'unknown (no answer or no such domain)',
    } as Record<string, string>,
    /** Who operates the filtering: one company behind several providers (Microsoft 365 and Outlook.com). */
    operators: { microsoft: 'Microsoft', google: 'Google' } as Record<string, string>,
    legend: { hard: 'hard', blocked: 'blocked', deferred: 'deferred', other: 'other' } as Record<string, string>,
    refused: (provider: string, blocked: number, total: number, lang: Lang = 'en') =>
      `${provider} refused ${n(blocked, lang)} of your ${n(total, lang)} blocked ${plural(total, lang, 'mail', 'mails')}.`,
    row: (provider: string, bounces: number, blocked: number, deferred: number, lang: Lang = 'en') =>
      `${provider}: ${n(bounces, lang)} bounced, ${n(blocked, lang)} blocked, ${n(deferred, lang)} deferred`,
    audienceUnknown:
      'The bulk-sender rules are judged per provider from the audience mix; drop the recipients export to know it (the bounced addresses alone say nothing about it).',
    bulk: (provider: string, recipients: number, threshold: number, over: boolean, lang: Lang = 'en') =>
      `${provider}: ${n(recipients, lang)} of your recipients — ${over ? `at or above the ${n(threshold, lang)} a day that makes you a bulk sender there` : `below the ${n(threshold, lang)} a day bulk line (if sent in one day)`}.`,
    appleAll: (recipients: number, lang: Lang = 'en') =>
      `Apple iCloud: ${n(recipients, lang)} of your recipients — Apple's requirements apply to every sender.`,
  },
};

export type ListTexts = typeof en;

export const nl: ListTexts = {
  csv: {
    delimiter: ';',
    headers: {
      email: 'e-mailadres',
      flag: 'kenmerken',
      category: 'categorie',
      sub_reason: 'subreden',
      esp_type: 'type_volgens_esp',
      code: 'code',
      reason: 'reden',
      suggestion: 'suggestie',
      campaign: 'campagne',
      date: 'datum',
      provider: 'provider',
      action: 'actie',
      coverage: 'dekking',
    },
    category: {
      hard: 'hard',
      soft: 'soft',
      blocked: 'geblokkeerd',
      deferred: 'uitgesteld',
      other: 'overig',
      'not-read': 'reden niet gelezen',
    },
    action: {
      remove: 'verwijderen in CRM',
      'fix-typo': 'tikfout verbeteren',
      'retry-later': 'later opnieuw',
      'check-auth': 'authenticatie nakijken',
      'pause-sending': 'verzending pauzeren en nakijken',
      'check-individually': 'apart bekijken',
      'read-reason': 'eerst de bouncereden lezen',
    },
    flag: {
      syntax: 'syntaxfout',
      duplicate: 'dubbel',
      role: 'roladres',
      typo: 'tikfout',
      disposable: 'wegwerpadres',
      'domain-dead': 'domein-bestaat-niet',
    },
    subReason: { 'reason-not-read': 'reden niet gelezen', unspecified: 'niet gespecificeerd door de ESP' },
    espType: { hard: 'hard', soft: 'soft', syntax: 'syntax', unknown: 'onbekend' },
    coverage: (read, stated, complete, lang = 'nl') =>
      stated === undefined
        ? complete
          ? `${n(read, lang)} van ${n(read, lang)}`
          : `${n(read, lang)} gelezen, totaal onbekend — onvolledig`
        : complete
          ? `${n(read, lang)} van ${n(stated, lang)}`
          : `${n(read, lang)} van ${n(stated, lang)} — onvolledig`,
  },
  panel: {
    coverage: (read, stated, lang = 'nl') =>
      stated === undefined ? `${n(read, lang)} gelezen` : `${n(read, lang)} van ${n(stated, lang)} gelezen`,
    waysToRest:
      'Voor de rest: open hier de volgende pagina’s van de lijst (elke geopende pagina wordt voor deze campagne bewaard), of sleep het exportbestand van de ESP op dit paneel.',
    kept: (v, lang = 'nl') =>
      `${n(v, lang)} ${plural(v, lang, 'adres', 'adressen')} bewaard van de pagina’s die u opende.`,
    forget: 'Gelezen pagina’s vergeten',
    drop: 'Sleep het exportbestand (CSV) van de ESP hierheen',
    choose: 'of kies het bestand',
    reading: 'Bestand lezen…',
    merged: (name, rows, added, completed, lang = 'nl') =>
      `${name}: ${n(rows, lang)} adressen gelezen, ${n(added, lang)} nieuw, ${n(completed, lang)} aangevuld.`,
    audience: (name, rows, lang = 'nl') =>
      `${name}: de ${n(rows, lang)} ontvangers van deze campagne, gebruikt voor de verdeling over mailboxproviders.`,
    fileError: (kind, detail) =>
      ({
        empty: 'Dit bestand is leeg. Er is niets gewijzigd.',
        binary:
          'Dit is geen CSV-bestand (het lijkt een rekenblad of ander binair bestand). Exporteer als CSV en probeer opnieuw. Er is niets gewijzigd.',
        'no-email-column': `Geen kolom met e-mailadressen gevonden${detail ? ` (kolommen: ${detail})` : ''}. Er is niets gewijzigd.`,
        'not-an-esp-export': `Dit lijkt geen export van Mailchimp, ActiveCampaign of Campaign Monitor${detail ? ` (kolommen: ${detail})` : ''}. Er is niets gewijzigd.`,
        'too-large': 'Dit bestand is te groot om hier te lezen. Er is niets gewijzigd.',
        unreadable: `Het bestand kon niet gelezen worden${detail ? ` (${detail})` : ''}. Er is niets gewijzigd.`,
      })[kind],
    gathering: (done, total, lang = 'nl') => `Bouncereden lezen: ${n(done, lang)} van ${n(total, lang)}…`,
    cancel: 'Annuleren',
    reasonsMissing: (v, lang = 'nl') =>
      `Van ${n(v, lang)} ${plural(v, lang, 'bounce', 'bounces')} is geen reden gelezen: het bestand zegt daar „reden niet gelezen”, nooit „later opnieuw”.`,
    exportButton: (coverage) => `Opschoonlijst exporteren (${coverage})`,
    exportDone: (file, coverage) => `${file} bewaard — ${coverage}.`,
    checkingDomains: (done, total, lang = 'nl') =>
      `Domeinen van ontvangers opzoeken: ${n(done, lang)} van ${n(total, lang)}…`,
    exporting: 'Bestand schrijven…',
    collecting: (pages, rows, lang = 'nl') =>
      `Bouncelijst lezen: ${n(pages, lang)} ${plural(pages, lang, 'pagina', 'pagina’s')}, ${n(rows, lang)} adressen…`,
    stopped: (stop, pages, rows, lang = 'nl') =>
      `Gestopt na ${n(pages, lang)} ${plural(pages, lang, 'pagina', 'pagina’s')} met ${n(rows, lang)} adressen: ${
        stop.kind === 'cancelled'
          ? 'geannuleerd'
          : stop.kind === 'page-failed'
            ? `pagina ${n(stop.page, lang)} kon niet geladen worden (${stop.error})`
            : stop.kind === 'built-by-script'
              ? 'de lijst wordt in de browser opgebouwd; open ze, of sleep het exportbestand hierheen'
              : `pagina ${n(stop.page, lang)} is geen bouncelijst`
      }.`,
    exportCollected: (coverage) => `Exporteer wat gelezen is (${coverage})`,
    providersButton: 'Bounces per mailboxprovider tonen',
    unchecked: (v, lang = 'nl') =>
      `${n(v, lang)} ${plural(v, lang, 'domein kon', 'domeinen konden')} niet opgezocht worden; geen daarvan wordt onbestaand genoemd.`,
    disagreements: (v, lang = 'nl') =>
      `${n(v, lang)} van de „soft” bounces van de ESP zijn eigenlijk blokkeringen of onbestaande adressen (zie de kolom reden).`,
    copy: (v, lang = 'nl') => `Kopieer de ${n(v, lang)} adressen om te blokkeren`,
    copied: 'Gekopieerd.',
    copyFailed: 'Kopiëren lukte niet; selecteer de adressen in het bestand.',
    domainsUnanswered:
      'De extensie antwoordde niet tijdens het nakijken van de domeinen van de ontvangers, dus er is geen bestand gemaakt. Probeer opnieuw; lukt het blijvend niet, herlaad dan de pagina.',
    limits: 'Niet na te gaan vanuit een browser: catch-alldomeinen, of een mailbox bestaat, spamtraps.',
  },
  popup: {
    heading: 'Opschoonlijst uit een ESP-export',
    intro:
      'Sleep de bouncelijst die u uit Mailchimp, ActiveCampaign of Campaign Monitor exporteerde hierheen: het bestand wordt hier gelezen, er wordt niets opgeladen.',
    read: (name, rows, lang = 'nl') => `${name}: ${n(rows, lang)} gebouncete adressen.`,
  },
  providers: {
    heading: 'Bounces per mailboxprovider',
    names: { ...en.providers.names, other: 'overige', unknown: 'onbekend (geen antwoord of onbestaand domein)' },
    operators: en.providers.operators,
    legend: { hard: 'hard', blocked: 'geblokkeerd', deferred: 'uitgesteld', other: 'overig' },
    refused: (provider, blocked, total, lang = 'nl') =>
      `${provider} weigerde ${n(blocked, lang)} van uw ${n(total, lang)} geblokkeerde mails.`,
    row: (provider, bounces, blocked, deferred, lang = 'nl') =>
      `${provider}: ${n(bounces, lang)} gebounced, ${n(blocked, lang)} geblokkeerd, ${n(deferred, lang)} uitgesteld`,
    audienceUnknown:
      'De regels voor bulkverzenders worden per provider beoordeeld op de verdeling van uw publiek; sleep de ontvangersexport hierheen om die te kennen (de gebouncete adressen alleen zeggen daar niets over).',
    bulk: (provider, recipients, threshold, over, lang = 'nl') =>
      `${provider}: ${n(recipients, lang)} van uw ontvangers — ${over ? `op of boven de ${n(threshold, lang)} per dag waarmee u daar bulkverzender bent` : `onder de grens van ${n(threshold, lang)} per dag (als alles op één dag vertrekt)`}.`,
    appleAll: (recipients, lang = 'nl') =>
      `Apple iCloud: ${n(recipients, lang)} van uw ontvangers — Apples eisen gelden voor elke verzender.`,
  },
};

export const fr: ListTexts = {
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
    names: { ...en.providers.names, other: 'autres', unknown: 'inconnu (pas de réponse ou domaine inexistant)' },
    operators: en.providers.operators,
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

/** The lists catalogue per product language. */
export const LIST_TEXTS: Record<Lang, ListTexts> = { en, nl, fr };

/** The lists texts of a language. */
export function listTexts(lang: Lang): ListTexts {
  return LIST_TEXTS[lang];
}
