// Dutch texts of lib/i18n/lists.ts, which holds their type, shared helpers and accessor.
import { n, OPERATORS, plural, PROVIDER_BRANDS, type ListTexts } from '../lists';

export const lists: ListTexts = {
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
    exportFailed: (detail) => `De export stopte door een onverwachte fout, dus er is geen bestand gemaakt (${detail}).`,
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
    names: { ...PROVIDER_BRANDS, other: 'overige', unknown: 'onbekend (geen antwoord of onbestaand domein)' },
    operators: OPERATORS,
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
