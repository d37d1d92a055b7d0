// English texts of lib/i18n/lists.ts, which holds their type, shared helpers and accessor.
import type { Lang } from '../index';
import {
  n,
  OPERATORS,
  plural,
  PROVIDER_BRANDS,
  type ActionId,
  type CollectStopText,
  type ExportCategory,
  type ExportColumn,
  type FileErrorKind,
} from '../lists';

export const lists = {
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
    exportFailed: (detail: string) => `The export stopped on an unexpected error, so no file was written (${detail}).`,
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
      ...PROVIDER_BRANDS,
      other: 'other',
      unknown: 'unknown (no answer or no such domain)',
    } as Record<string, string>,
    operators: OPERATORS,
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
