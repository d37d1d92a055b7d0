// English texts. Keys are grouped by where they show up. Counts choose their form through
// Intl.PluralRules; percentages arrive formatted (formatPercent), so a number keeps its "%".
import { restart } from './restart';
const pl = (n: number, one: string, other: string) => (new Intl.PluralRules('en-GB').select(n) === 'one' ? one : other);

const GMAIL_CAVEAT =
  'Gmail sends ESPs no complaints per person, so Gmail users are missing from this count: Google Postmaster Tools shows the real Gmail spam rate.';

export const core = {
  band: { normal: 'normal', watch: 'at the alarm line', alarm: 'alarm', bad: 'bad', disaster: 'a disaster' },
  /** knowledge.md §1: the article's scale, naming the line the rate was judged against. */
  bandSay: {
    normal: (line: string) => `below the ${line} alarm line`,
    watch: (lo: string, hi: string) => `at the ${lo}–${hi} alarm line`,
    alarm: (hi: string) => `above the ${hi} alarm line`,
    bad: (from: string) => `bad (from ${from})`,
    disaster: (from: string) => `a disaster (from ${from})`,
    nearly: (line: string) => `nearly ${line}, a disaster`,
  },
  /** The parts of the check, named when one fails. */
  part: {
    'auth-broken': 'SPF, DKIM and DMARC',
    'free-mail-from': 'the From address',
    'bulk-sender-rules': 'the bulk-sender rules',
    'dkim-key-quality': 'the DKIM keys',
    'dmarc-none-at-volume': 'the DMARC policy',
    'dns-in-order': 'the DNS summary',
    'dns-unchecked': 'the DNS summary',
    'bounce-rate': 'the bounce rate',
    'bounce-categories': 'the kinds of bounces',
    'complaint-rate': 'the spam complaints',
    'open-rate': 'the open rate',
    'click-rate': 'the click rate',
    'unsubscribe-rate': 'the unsubscribes',
    'volume-spike': 'the sending volume',
    'reputation-trend': 'the trend over your campaigns',
  } as Record<string, string>,
  cause: {
    authentication: 'Authentication (SPF, DKIM, DMARC)',
    'list-quality': 'List quality',
    volume: 'Volume pattern',
    engagement: 'Engagement',
    reputation: 'Sender reputation',
    none: 'No problem found',
    unknown: 'Not enough information',
  },
  headline: {
    authBroken: (what: string) =>
      `Your domain's email authentication is not in order (${what}): fix that first, mailbox providers distrust unauthenticated mail.`,
    dnsFineList: (rate: string, words: string) =>
      `DNS is in order, so the cause is not technical: the list is the problem — ${rate} of the mail bounced: ${words}.`,
    figuresList: (rate: string, words: string) => `${rate} of the mail bounced: ${words}.`,
    watch: (rate: string, words: string) =>
      `${rate} of the mail bounced: ${words}. Remove the hard bounces and watch the next send.`,
    dnsToCheck: 'DNS is still to be checked: rule that out before blaming the list.',
    dnsFailed: 'DNS could not be checked: check it first before blaming the list.',
    dnsToCheckFirst: 'DNS is still to be checked: rule that out first.',
    dnsFailedFirst: 'DNS could not be checked: check it first.',
    volume: (factor: string) => `This send was ${factor}× your usual volume: filters react hard to everything at once.`,
    pause: (days: number) => `This is your first send in ${days} days: a cold sender is distrusted.`,
    engagementLow: (rate: string, agree: string) =>
      `Only ${rate} opened, and ${agree}: mail is likely landing in spam.`,
    dnsFineBut: (rest: string) => `DNS is in order, but ${rest}`,
    opensLowAlone: (rate: string) =>
      `Only ${rate} opened, yet clicks, bounces and complaints look normal: low opens alone do not prove the spam folder.`,
    figuresFine: 'The figures look healthy (DNS not checked yet).',
    allFine: 'DNS is in order and the figures look healthy.',
    figuresFineDnsFailed: 'The figures look healthy, but DNS could not be checked.',
    reputation:
      'Your results have been getting worse campaign after campaign: mailbox providers are learning to distrust your mail.',
    complaints: {
      ok: (rate: string, count: number, n: string) =>
        `${n} ${pl(count, 'person', 'people')} marked this campaign as spam (${rate}): within the limits, but Gmail complaints are not counted here.`,
      warn: (rate: string, count: number, n: string) =>
        `${n} ${pl(count, 'person', 'people')} marked this campaign as spam (${rate}): above what Gmail allows bulk senders — suppress them and mail only people who asked.`,
      max: (rate: string, count: number, n: string) =>
        `Too many people mark your mail as spam (${rate}, ${n}): at this rate Gmail and Yahoo filter or refuse your mail.`,
    },
    complaintsNoRate: (count: number, n: string) =>
      `${n} ${pl(count, 'person', 'people')} marked this campaign as spam; open its report overview once to judge the rate.`,
    noComplaints: 'No spam complaints are listed for this campaign (Gmail complaints never are).',
    noBounces: 'No bounced addresses are listed on this page.',
    blockedRep: (n: number, total: number) =>
      `${n} of the ${total} bounces are refusals for spam or reputation: pause and analyse before the next send.`,
    mostlyDead: (n: number, total: number) =>
      `${n} of the ${total} bounces are addresses that no longer exist: the list is old — remove them in your CRM.`,
    reasonsUnread: (n: number, hard: number) =>
      `The ESP calls ${hard} of the ${n} bounces hard: remove those. The reasons are not read yet, so blocks hidden among the ${n - hard} soft ones cannot be seen.`,
    triage: (total: number, dead: number, blocks: number, temporary: number) =>
      `${total} ${pl(total, 'bounce', 'bounces')}: ${dead} dead, ${blocks} ${pl(blocks, 'block', 'blocks')}, ${temporary} temporary — no pattern of refusals.`,
    unknown: "DNS couldn't be checked and the figures point nowhere in particular.",
  },
  finding: {
    bounceEvidence: (rate: string, bounced: string, recipients: string, words: string) =>
      `${rate} bounced (${bounced} of ${recipients}): ${words}.`,
    bounceAdvice: {
      watch: 'Remove the hard bounces in your CRM before the next send.',
      alarm: 'Find out where the bounced addresses came from before the next send.',
      bad: 'Pause this list and clean it at the source (your CRM).',
      disaster: 'Stop sending to this list until it is cleaned at the source.',
    },
    openEvidence: (rate: string, bench: string) => `Open rate ${rate} against the ${bench} benchmark.`,
    openAdviceLow: 'Send to recent engagers first (30 → 60 → 90 days) and grow volume only while clicks hold.',
    authEvidence: (areas: string) => `Failing: ${areas}.`,
    authAdvice: 'Publish the records your ESP asks for (DKIM first, then DMARC) before the next send.',
    dnsOkEvidence: 'SPF, DKIM and DMARC are published and valid for this ESP.',
    dnsOkAdvice: '“DNS is fine” does not mean the mailing tool is at fault: look at the list and the sending pattern.',
    dnsUnknownEvidence: (why: string) => `DNS could not be checked: ${why}`,
    partFailed: (part: string, msg: string) => `Part of the check failed: ${part} (${msg}).`,
  },
  auth: {
    noRecord: 'no SPF record',
    termCost: (cost: number, total: number) => `${cost} lookup${cost === 1 ? '' : 's'}, ${total} so far`,
    termFree: 'no lookup',
    void: 'finds nothing (void lookup)',
    dependsOnSender: 'depends on the message; counted, not followed',
    overLimit: 'past the limit of 10',
    spfTotal: (n: number) => `${n} of at most 10 DNS lookups.`,
    keyStatus: {
      valid: 'valid',
      weak: 'weak (under 2048 bit)',
      testing: 'testing (t=y)',
      revoked: 'revoked',
      invalid: 'unusable',
    },
    probed: (list: string) => `Selectors tried: ${list}.`,
    alignment: 'DMARC pass via',
    blocklists: 'Block lists',
  },
  severity: { critical: 'Critical', warning: 'Warning', info: 'Note', ok: 'OK' },
  trend: {
    title: (n: number) => `Bounce, open and click rate over your last ${n} campaigns`,
    bounce: 'bounce rate',
    open: 'open rate',
    click: 'click rate',
    date: 'sent',
  },
  /** The restart plan's title and length (the collapsed plan section; lib/i18n/en/restart.ts). */
  restart,
  sections: {
    dns: 'DNS',
    findings: 'Evidence',
    steps: 'Next steps',
    trend: 'Your recent campaigns',
    export: 'Clean-up list',
  },
  rules: {
    freeMail: (d: string) =>
      `Your From address uses ${d}, a free-mail domain: mail "from" it through an ESP fails DMARC at Gmail, Yahoo and Microsoft.`,
    freeMailAdvice: 'Send from an address on your own domain and authenticate that domain in your ESP.',
    dkimQuality: (list: string) => `DKIM key problems: ${list}.`,
    dkimQualityAdvice: 'Ask your ESP for a 2048-bit key and take the key out of testing mode (t=y).',
    dmarcNone: (n: string) =>
      `DMARC is at p=none while this send went to ${n} recipients: spoofing of your domain is not stopped.`,
    dmarcNoneAdvice: 'Read the DMARC reports for a few weeks, then move to p=quarantine.',
    bulk: (providers: string, n: string | undefined, missing: string) =>
      n
        ? `${providers} may count you as a bulk sender (${n} a day) and then require ${missing}.`
        : `${providers} requires ${missing} of every sender.`,
    bulkOk: (providers: string, n: string | undefined) =>
      n
        ? `${providers} may count you as a bulk sender (${n} a day); the authentication rules are met.`
        : `${providers}: the authentication rules for every sender are met.`,
    bulkChecklist:
      'Not visible from DNS: one-click unsubscribe (List-Unsubscribe and List-Unsubscribe-Post, RFC 8058) and a spam rate below 0.10% — see Google Postmaster Tools.',
    bulkOkAdvice: 'Check the unsubscribe headers in a received copy of the mail (Gmail: "Show original").',
    bulkAdvice:
      'Since late 2025 non-compliant bulk mail is rejected: fix the missing requirements before the next big send.',
    upTo: (n: string) => `up to ${n}`,
    about: (n: string) => `about ${n}`,
    req: {
      spf: 'SPF',
      dkim: 'DKIM',
      spfPass: 'SPF that passes',
      dkimPass: 'DKIM that passes',
      dmarc: 'a DMARC record',
      alignment: 'an aligned From domain',
    },
    hardSoft: (hard: string, soft: string) => ` Hard ${hard}, soft ${soft}.`,
    deadShare: (n: number, total: number) =>
      `${n} of the ${total} bounces are addresses that do not exist (any more) or domains that are gone.`,
    deadAdvice: 'These will never arrive: remove them in your CRM, and find out where these old contacts came from.',
    blockedAuth: (n: number, total: number) =>
      `${n} of the ${total} bounces are blocks for failing authentication (5.7.x).`,
    blockedAuthAdvice:
      'Receivers reject your mail as unauthenticated: publish the ESP\u2019s DKIM records and a DMARC record, then send again.',
    blockedRep: (n: number, total: number, deferred: number) =>
      `${n} of the ${total} bounces are refusals for spam or reputation (block lists, policy${deferred ? `; ${deferred} of them reputation deferrals such as Gmail 4.7.28 or Yahoo TSS04` : ''}).`,
    triage: (total: number, dead: number, rep: number, auth: number, temporary: number) =>
      `Of ${total}: ${dead} dead (remove), ${rep} refused for reputation, ${auth} refused for authentication, ${temporary} temporary.`,
    blockedRepAdvice:
      'Pause and analyse: blocks mean your reputation or content is under pressure. Restart small with recent engagers.',
    complaints: {
      ok: (rate: string, _count: number, n: string, warn: string, max: string) =>
        `Spam complaints ${rate} (${n}): below Gmail's ${warn} for bulk senders and the ${max} Gmail and Yahoo never allow. ${GMAIL_CAVEAT}`,
      warn: (rate: string, _count: number, n: string, warn: string, max: string) =>
        `Spam complaints ${rate} (${n}): above Gmail's ${warn} for bulk senders, below the ${max} Gmail and Yahoo never allow. ${GMAIL_CAVEAT}`,
      max: (rate: string, _count: number, n: string, _warn: string, max: string) =>
        `Spam complaints ${rate} (${n}): at or above the ${max} Gmail and Yahoo never allow. ${GMAIL_CAVEAT}`,
    },
    complaintsNoRate: (_count: number, n: string, warn: string, max: string) =>
      `${n} spam ${pl(_count, 'complaint', 'complaints')} listed. The rate needs the number delivered, read from the campaign's overview; it is judged against ${warn} and ${max}. ${GMAIL_CAVEAT}`,
    complaintsAdvice: 'Mail only people who asked for it, make unsubscribing one click, and stop mailing old contacts.',
    clicks: (rate: string, bench: string) => `Click rate ${rate} against the ${bench} benchmark.`,
    clicksLowAdvice: 'Few clicks: the mail is not reaching or not interesting the list. Segment by engagement.',
    opensNoClicks: (open: string, cto: string) =>
      `Opens look normal (${open}) but hardly anyone clicks (${cto} of openers): Apple Mail Privacy Protection and link scanners inflate opens.`,
    opensNoClicksAdvice: 'Judge engagement by clicks, not opens.',
    agree: {
      clicks: (rate: string) => `only ${rate} clicked`,
      bounces: (rate: string) => `${rate} bounced`,
      complaints: (rate: string) => `${rate} complained`,
    },
    openLowAgreed: (agree: string) =>
      `Low despite Apple Mail's inflated opens, and ${agree}: together a strong sign of the spam folder.`,
    openLowAlone:
      'Low, but opens alone prove little (Gmail: low open rates are not an accurate indicator of deliverability); clicks, bounces and complaints do not point at the spam folder.',
    openLowAloneAdvice: 'Judge by clicks, and look at a received copy before concluding the mail went to spam.',
    openHistory: (rate: string, median: string) => ` Your own recent campaigns reached ${median}; this one ${rate}.`,
    unsub: (rate: string) => `Unsubscribes ${rate}: above 1% means the list did not expect this mail.`,
    unsubAdvice: 'Send to people who engaged recently and say at sign-up what they will get.',
    spike: (n: string, factor: string, median: string) =>
      `This send went to ${n} recipients, ${factor}× your recent median of ${median}: "everything at once" is a strong negative signal.`,
    spikeAdvice: 'Split the list: send to recent engagers first and grow the volume step by step (warm-up).',
    pause: (days: number) =>
      `This is the first send after ${days} days of silence: providers treat a cold sender with suspicion.`,
    pauseAdvice: 'Restart with a small group of recent engagers and raise the volume by at most half a day.',
    trend: (first: string, last: string, n: number) =>
      `Open rate fell from ${first} to ${last} over your last ${n} campaigns: the first mailing went fine, then it got worse — providers learn.`,
    trendBounce: (first: string, last: string, n: number) =>
      `Bounce rate rose from ${first} to ${last} over your last ${n} campaigns.`,
    trendAdvice:
      'Stop the slide: clean the list at the source, send only to engagers for a while, and watch each send.',
  },
  steps: {
    /** knowledge.md §1 advice and §8, per band of the article's scale. */
    list: {
      watch: [
        'Remove the hard bounces in your CRM before the next send.',
        'Watch the next send: if bounces stay at 2% or more, find out where these addresses came from.',
      ],
      alarm: [
        'Remove the hard bounces in your CRM, not only in the mailing tool.',
        'Find out where the bounced addresses came from: old CRM/ERP contacts, quote requests, info@ addresses.',
        'Send the next mailing to recent contacts and customers first.',
      ],
      bad: [
        'Pause this list: mailing it "to clean it" is exactly wrong.',
        'Clean it at the source, your CRM: remove hard bounces, typos and contacts who never engaged.',
        'Restart small with customers and people who engaged recently; scale up only when bounces stay below 2%.',
      ],
      disaster: [
        'Stop sending to this list: it is heavily polluted, and "try again" is the worst idea.',
        'Clean it at the source, your CRM: remove the bounced addresses, typos and contacts who never engaged; reconfirm those silent for 6 months or more.',
        'Restart small with customers and people who engaged in the last 30–90 days; scale up only when bounces stay below 2%.',
      ],
    },
    dnsFirst: 'Check DNS first (SPF, DKIM, DMARC): enter your sender domain above.',
    dnsFailed: 'Check DNS first: the resolver did not answer — try again, or pick another resolver in the options.',
    suppressComplainers: (count: number, n: string) =>
      `Suppress the ${n} ${pl(count, 'complainer', 'complainers')} in your ESP and your CRM: never mail them again.`,
    postmaster: 'Look up your real Gmail spam rate in Google Postmaster Tools: Gmail tells no ESP who complained.',
    consent: 'Keep mailing only people who asked for it, with a one-click unsubscribe.',
    removeDead: (n: number) => `Remove the ${n} dead ${pl(n, 'address', 'addresses')} in your CRM.`,
    authBlocks: (n: number) =>
      `${n} ${pl(n, 'refusal is', 'refusals are')} for failing authentication: check your DNS (SPF, DKIM, DMARC) before the next send.`,
    pauseReputation: (n: number) =>
      `${n} ${pl(n, 'refusal names', 'refusals name')} your reputation: pause big sends and restart small with recent engagers.`,
    readReasons: (n: number) =>
      `Get the reasons for the ${n} ${pl(n, 'bounce', 'bounces')} still unread, to tell blocks from dead addresses.`,
    volume: [
      'Split the list and send to recent engagers first (30 → 60 → 90 days).',
      'Raise the volume by at most 50% a day, never double it at once.',
      'Pause when deferrals (4.7.28, TSS04) or blocks appear.',
    ],
    engagement: [
      'Segment by engagement: send to people who clicked recently.',
      'Restart small with mail that gets read and answered.',
      'Scale up only when clicks hold.',
    ],
    reputation: [
      'Pause the big sends.',
      'Clean the list at the source and keep only people who engaged.',
      'Restart with small, wanted sends and grow step by step.',
    ],
    authentication: [
      'Publish the records your ESP asks for: its DKIM records first, then a DMARC record with a rua address.',
      'Check again here before the next send.',
      'Then read the figures: DNS in order does not mean the list is.',
    ],
    none: ['Keep removing hard bounces after each send.', 'Keep watching the trend below.'],
    unknown: ['Check the DNS again (the resolver did not answer), or enter the sender domain.'],
  },
  manual: {
    title: 'No report on screen? Enter the figures by hand',
    field: {
      recipients: 'Recipients',
      hard: 'Hard bounces',
      soft: 'Soft bounces',
      opens: 'Unique opens',
      clicks: 'Unique clicks',
      unsubscribes: 'Unsubscribes',
      complaints: 'Spam complaints',
    },
    run: 'Diagnose',
    notANumber: (f: string) => `${f}: enter a whole number.`,
    needRecipients: 'Enter at least the number of recipients.',
  },
  options: {
    title: 'Deliverability Lens — options',
    saved: 'Saved.',
    resolvers: 'DNS resolvers (DNS over HTTPS)',
    resolversHelp:
      'Asked in this order; when one fails the next is tried. Only DNS names of your sender domain go to them.',
    test: 'test',
    testing: 'testing…',
    testOk: (ms: number) => `answers (${ms} ms)`,
    testFail: (e: string) => `does not answer: ${e}`,
    remove: 'remove',
    addDefault: (name: string) => `add ${name}`,
    custom: 'Another RFC 8484 resolver',
    addCustom: 'Add',
    badResolver: 'That is not an https:// DNS-over-HTTPS address.',
    noPermission: 'Permission to reach that resolver was not given.',
    domains: 'Sender domains per ESP account',
    noDomains: 'None yet: the panel asks on your first report.',
    general: 'General',
    language: 'Language',
    langAuto: 'Same as the browser',
    selectors: 'Extra DKIM selectors (comma separated)',
    thresholds: 'Thresholds',
    threshold: {
      bounceAlarm: 'Bounce rate: alarm line from',
      bounceBad: 'Bounce rate: bad from',
      bounceDisaster: 'Bounce rate: disaster from',
      openBenchmark: 'Open-rate benchmark',
      complaintWarn: 'Complaints: warning from',
      complaintMax: 'Complaints: critical from',
    },
    badThreshold: 'A threshold is a percentage between 0 and 100.',
    resetThresholds: "Reset to the article's values",
    export: 'Export',
    delimiter: 'CSV separator',
    delimiterAuto: 'By language (; for Dutch Excel)',
    bom: 'Start the file with a BOM (Excel reads accents correctly)',
    checkDomains: 'Check each recipient domain over DNS (dead domains)',
    data: 'Your data',
    clearHistory: 'Clear campaign history',
    clearAll: 'Clear all data',
    historyCleared: 'Campaign history cleared.',
    allCleared: 'All data cleared.',
    privacy: 'What leaves your machine',
    privacyText: (resolvers: string) =>
      `Only DNS questions about sender domains (and, during an export, the recipients' domains), sent over HTTPS to your resolvers: ${resolvers}. No figures, addresses or campaign names leave the browser; there is no server of ours and no analytics. Bounce reasons and bounce pages are fetched from your ESP, with your own login, the same way your browser shows them.`,
  },
  popup: {
    fixes: 'Records to publish (ready to copy)',
    copy: 'copy',
    options: 'Options: resolvers, language, thresholds, your data',
    restorePanels: 'Show the panels you hid again',
    addOrigin: 'My ActiveCampaign account is on my own address',
    originLabel: 'The address you log in to ActiveCampaign at',
    originAdd: 'Add',
    originInvalid: 'That is not a usable address.',
    originAdded: (o: string) => `Added: reports on ${o} are read from now on.`,
    originFailed: 'Not added',
    domain: 'Sender domain',
    esp: 'Sending with',
    espUnknown: 'Not sure / other',
    checking: (d: string) => `Checking ${d}…`,
    resultFor: (d: string) => `DNS for ${d}`,
  },
  export: {
    button: (n: number) => `Export ${n} address${n === 1 ? '' : 'es'} for the CRM (CSV)`,
    collectButton: 'Export the bounced addresses for the CRM (CSV)',
    collecting: (pages: number, n: number) =>
      `Reading the bounce list: ${pages} page${pages === 1 ? '' : 's'}, ${n} addresses…`,
    partial: (pages: number, n: number, why: string) =>
      `Stopped after ${pages} page${pages === 1 ? '' : 's'} with ${n} addresses: ${why}.`,
    exportCollected: (n: number) => `Export the ${n} collected`,
    working: 'Checking the addresses and writing the file…',
    done: (file: string, n: number) => `Downloaded ${file}: ${n} rows.`,
    action: (a: string) =>
      ({
        'remove in CRM': 'Remove in the CRM',
        'fix typo': 'Fix a typo',
        'retry later': 'Retry later',
        'check authentication': 'Check authentication',
        'pause and review sending': 'Pause and review sending',
        'check individually': 'Check individually',
      })[a] ?? a,
    disagreements: (n: number) =>
      `${n} bounce${n === 1 ? '' : 's'} the ESP calls soft ${n === 1 ? 'is' : 'are'} really blocks or dead addresses (see the reason column).`,
    unchecked: (n: number) =>
      `${n} domain${n === 1 ? '' : 's'} could not be checked over DNS; none of them is marked dead.`,
    limits: 'Not checkable from a browser: catch-all domains, whether a mailbox exists, spam traps.',
    copy: (n: number) => `Copy the ${n} addresses to suppress`,
  },
  bounces: {
    triage: (n: number, dead: number, blocked: number, auth: number, temporary: number, other: number) =>
      `Of the ${n} with a reason: ${dead} dead address${dead === 1 ? '' : 'es'} (remove), ${blocked} block${blocked === 1 ? '' : 's'}${auth ? ` (${auth} for authentication)` : ''}, ${temporary} temporary, ${other} other.`,
    disagree: (n: number) =>
      `${n} of the ESP's "soft" bounce${n === 1 ? ' is' : 's are'} really a block or a dead address.`,
    listed: (n: number, hard: number, soft: number, other: number) =>
      `${n} bounced address${n === 1 ? '' : 'es'} listed: ${hard} hard, ${soft} soft${other ? `, ${other} other` : ''}.`,
    reasons: (withReason: number, n: number) => `Reasons known for ${withReason} of ${n}.`,
    gather: (n: number) => `Get the bounce reasons (${n})`,
    progress: (done: number, total: number) => `Reading reasons: ${done} of ${total}…`,
    cancel: 'Cancel',
    gathered: (done: number, total: number, failed: number, cancelled: boolean) =>
      `${cancelled ? 'Stopped' : 'Done'}: ${done} of ${total} read${failed ? `, ${failed} could not be read` : ''}.`,
  },
  panel: {
    title: 'Deliverability Lens',
    likelyCause: 'Likely cause',
    bounceRate: 'Bounce rate',
    openRate: 'Open rate',
    clickRate: 'Click rate',
    benchmark: (b: string) => `benchmark ${b}`,
    dns: 'DNS for',
    checking: 'checking…',
    loadingPart: 'Loading…',
    partFailed: 'This part of the panel could not be loaded.',
    tryAgain: 'Try again',
    couldntCheck: "couldn't check",
    askDomain: 'Which domain do you send from? Mailchimp does not show the From address here.',
    domainPlaceholder: 'yourdomain.com',
    save: 'Check',
    change: 'change',
    collapse: 'Collapse',
    expand: 'Expand',
    close: 'Close',
    notRecognised: "This page's layout was not recognised, so no figures were read.",
    couldNotRead: (what: string) => `Could not read: ${what}.`,
    why: 'why?',
    whyAbout: (id: string) => `Why: ${id}`,
    move: 'Drag to move the panel (or use the arrow keys)',
    byHand: 'You can enter the figures by hand in the toolbar popup and get the same diagnosis.',
    copyStructure: 'Copy page structure (for a bug report)',
    copied: 'Copied: the page structure with names, addresses and subjects removed.',
    copiedShort: 'Copied.',
    copyFailed: 'Could not copy to the clipboard.',
    status: { pass: 'OK', warn: 'warning', fail: 'problem', unknown: "couldn't check" },
    area: { spf: 'SPF', dkim: 'DKIM', dmarc: 'DMARC', alignment: 'DMARC alignment' },
    nextSteps: 'Next steps',
    evidence: 'Evidence',
    invalidDomain: 'Enter a domain name such as example.com.',
    causeOnceDns: '(if DNS is in order)',
    dnsLine: (domain: string, summary: string) => `DNS for ${domain}: ${summary}`,
    evidenceLine: (n: number, critical: number) =>
      `${n} ${pl(n, 'finding', 'findings')}${critical ? `, ${critical} critical` : ''}`,
    partsFailed: (parts: string) => `Part of the check failed: ${parts}.`,
    dismiss: 'Hide for this campaign',
    complainers: (n: number) => `${n} ${pl(n, 'complainer', 'complainers')} listed on this page`,
  },
};
