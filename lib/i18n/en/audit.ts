// English texts of lib/i18n/audit.ts, which holds their type, shared helpers and accessor.
import type { BounceScale } from '../../audit/findings';
import { formatCount, plural } from '../index';
import { restart } from './restart';
import { make, num } from '../audit';

export const audit = make('en', {
  article: 'the agency article (knowledge base §1)',
  sunset: 'sunset practice (knowledge base §8)',
  other: 'own mail server / other',
  unknown: 'unknown (lookup failed or not done)',
  flags: {
    syntax: 'invalid address',
    duplicate: 'duplicate',
    role: 'role address',
    typo: 'typo',
    disposable: 'disposable address',
    'domain-dead': 'domain cannot receive mail',
  },
  segments: {
    'customers-30': 'Customers and contacts active in the last 30 days',
    'active-90': 'Active 31–90 days ago',
    'active-180': 'Active 3–6 months ago',
    'new-unengaged': 'Added in the last 6 months, no activity yet',
    undated: 'Engagement unknown (no activity column)',
    reconfirm: 'Silent for 6+ months: ask them to reconfirm first',
    'do-not-mail': 'Never engaged, older than 12 months: do not mail',
  },
  scale: {
    normal: 'normal',
    'alarm-line': 'at the alarm line (2–3 %)',
    alarm: 'alarm bells',
    bad: 'bad',
    disaster: 'nearly 20 % — a disaster',
  },
  disasterOver: 'a disaster (20 % or more)',
  roles: {
    email: 'Email address',
    lastActivity: 'Last activity',
    created: 'Created / signed up',
    lastOrder: 'Last order',
    customer: 'Customer (yes/no)',
    firstName: 'First name',
    lastName: 'Last name',
  },
  error: (e) => {
    switch (e.kind) {
      case 'empty':
        return 'The file is empty.';
      case 'binary':
        return e.looksLike === 'xlsx' || e.looksLike === 'xls'
          ? 'This is an Excel workbook, not a CSV file. In Excel choose "Save as" → "CSV (semicolon delimited)" and try again.'
          : 'This is not a text file (it looks binary). Export the list from your CRM as CSV.';
      case 'encoding':
        return 'The file is neither UTF-8 nor Windows-1252 text. Export it again as CSV in UTF-8.';
      case 'no-rows':
        return 'The file has a header but no rows.';
      case 'no-email-column':
        return 'No column holds email addresses. Pick the email column, or export the list with its email addresses.';
      case 'column-not-found':
        return `There is no column "${e.column}". Columns: ${e.headers.join(', ')}.`;
      case 'read-failed':
        return `The file could not be read: ${e.message}`;
    }
  },
  finding: (f, pct, n, scale) => {
    const p = f.params;
    switch (f.id) {
      case 'hard-bounce-expected':
        return `If you sent to this list as it is, at least ${pct(num(p, 'share'))} would bounce hard (${n(num(p, 'count'))} of ${n(num(p, 'of'))} addresses): ${scale(p.scale as BounceScale)}. The article's scale: below 2 % normal, 2–3 % alarm bells, 10 % bad, 20 % a disaster.`;
      case 'dead-domains':
        return `${n(num(p, 'addresses'))} addresses are at ${plural(num(p, 'domains'), 'en', { one: '1 domain', other: `${n(num(p, 'domains'))} domains` })} that cannot receive mail (no such domain, or no mail server): remove them in your CRM.`;
      case 'syntax':
        return `${plural(num(p, 'count'), 'en', { one: '1 entry is not a valid email address', other: `${n(num(p, 'count'))} entries are not valid email addresses` })}.`;
      case 'typos':
        return `${plural(num(p, 'count'), 'en', { one: '1 address has', other: `${n(num(p, 'count'))} addresses have` })} a misspelt provider domain (gmial.com, telnet.be …): correct them in your CRM; the suggested fix is in the removed list.`;
      case 'disposable':
        return `${plural(num(p, 'count'), 'en', { one: '1 address is', other: `${n(num(p, 'count'))} addresses are` })} at disposable-mail services: they stop existing soon after sign-up.`;
      case 'duplicates':
        return `${plural(num(p, 'count'), 'en', { one: '1 address appears', other: `${n(num(p, 'count'))} addresses appear` })} more than once.`;
      case 'role-addresses':
        return `${plural(num(p, 'count'), 'en', { one: '1 is a shared mailbox', other: `${n(num(p, 'count'))} are shared mailboxes` })} (info@, sales@ …): kept, but they rarely engage and are often complained about.`;
      case 'silent-contacts':
        return `${pct(num(p, 'share'))} of the contacts (${n(num(p, 'count'))}) have been silent for 6 months or more: permission goes stale — ask them to reconfirm before mailing them again.`;
      case 'never-engaged-old':
        return `${pct(num(p, 'share'))} (${n(num(p, 'count'))}) never engaged and are older than 12 months: do not mail them.`;
      case 'no-engagement-data':
        return 'The list has no activity or order column, so engagement is unknown: the plan restarts with small groups throughout.';
      case 'no-dns':
        return 'Domains were not looked up, so dead domains are not flagged and providers of company domains are unknown.';
      case 'unknown-domains':
        return `${plural(num(p, 'domains'), 'en', { one: '1 domain', other: `${n(num(p, 'domains'))} domains` })} could not be looked up: their addresses are "unknown", not dead, and stay in the list.`;
      case 'out-of-reach':
        return 'Whether a mailbox exists, catch-all domains and spam traps cannot be checked without sending (SMTP probing is forbidden by Microsoft as "namespace mining").';
    }
  },
  stop: (r, pct) =>
    r.id === 'bounces'
      ? `Stop increasing while bounces are above ${pct(r.above!)}.`
      : r.id === 'complaints'
        ? `Stop increasing while spam complaints are above ${pct(r.above!)}.`
        : `Pause on deferrals such as ${r.codes!.join(' or ')} (wait, then send less).`,
  ui: {
    /** Excel's list separator in the language's region: "," in English, ";" in Belgium, the Netherlands, France. */
    csvDelimiter: ',',
    title: 'Check a list before sending',
    intro:
      'Drop a CSV exported from your CRM or ERP. Nothing is uploaded: the file is read here, only the domains are looked up over DNS.',
    drop: 'Drop a CSV file here, or choose one',
    choose: 'Choose a file',
    confirmColumns: 'Which column is which?',
    none: '— none —',
    column: 'column',
    start: 'Check the list',
    cancel: 'Cancel',
    summary: 'What the list holds',
    flags: 'Addresses with a problem',
    providers: 'Who hosts the addresses (mailbox providers)',
    plan: 'Restart plan',
    planIntro: 'Send to the most engaged first and add the rest in small steps, every few days.',
    stopRules: 'When to stop',
    sources: 'Sources',
    exports: 'Download',
    cleaned: 'Cleaned list (for the CRM)',
    removed: 'Removed addresses, with the reason',
    planCsv: 'Send plan',
    segmentCsv: 'Segment for Mailchimp, ActiveCampaign or Campaign Monitor',
    send: 'Send',
    dayHead: 'Day',
    recipients: 'Recipients',
    joins: 'Who joins',
    growthHead: 'Growth',
    caps: 'Per-provider cap',
    noCaps: 'No per-provider caps needed: at these volumes they do not bind.',
    email: 'Address',
    flagHead: 'Problem',
    fix: 'Suggested fix',
    providerHead: 'Provider',
    rows: 'Rows read',
    distinct: 'Distinct addresses',
    kept: 'Kept',
    removedCount: 'Removed',
    noEmail: 'Rows without an address',
    encoding: 'Read as',
    shown: 'First 200 flagged addresses',
    restartTitle: restart.title,
    cancelled: 'Cancelled: the figures cover what was read so far.',
  },
  cli: {
    usage:
      'Usage:\n  deliverability-lens check <domain> [--esp mailchimp|activecampaign|campaign-monitor] [--resolver URL] [--lang en|nl|fr] [--json]\n  deliverability-lens audit <file.csv> [--column NAME] [--esp mailchimp|activecampaign|campaign-monitor] [--resolver URL] [--no-dns] [--out DIR] [--today YYYY-MM-DD] [--lang en|nl|fr] [--json]\n  deliverability-lens message <file.eml> [--resolver URL] [--lang en|nl|fr] [--json]\nExit codes: 0 nothing wrong, 1 problems found, 2 could not check.',
    unknownCommand: 'Unknown command.',
    missingArg: 'Missing argument.',
    badOption: 'Unknown or incomplete option.',
    resolverUnreachable: 'The DNS resolver could not be reached; nothing could be checked.',
    notADomain: 'That is not a domain name.',
    overall: 'Overall',
    pass: 'in order',
    warn: 'needs attention',
    fail: 'failing',
    unknown: 'could not check',
    written: 'Files written to',
    outFailed: 'The output folder could not be written.',
    notAvailable: 'This command is not available in this build.',
  },
  addresses: (x) => plural(x, 'en', { one: '1 address', other: `${formatCount(x, 'en')} addresses` }),
  sends: restart.sends,
  step: (added, volume) => `+${added} → ${volume}`,
  growth: (p) => `+${p}`,
  cap: (prov, max, planned) => `${prov}: at most ${max} (of ${planned}) per day; spread the rest over the next days`,
  reconfirm: (x) =>
    `First, a reconfirmation mail to ${x} contacts silent for 6+ months; only those who confirm join the plan.`,
  notMailed: (x) => `Not mailed: ${x} contacts who never engaged and are older than 12 months.`,
  removedBefore: (x) => `Removed before the first send: ${x} addresses.`,
  day: (d) => `day ${d}`,
  readRows: (x) => `${x} rows read`,
  dnsDone: (d, t) => `${d} of ${t} domains looked up`,
  hardBounce: (p, c, of, s) => `Expected hard bounces: ${p} (${c} of ${of}) — ${s}`,
});
