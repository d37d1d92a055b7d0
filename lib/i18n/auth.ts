// The words for everything lib/auth and lib/dns conclude (issue 11 §1): findings, row summaries,
// DKIM path notes, DNS failures and the record fixes, each keyed by id and taking its params.
// English, Dutch (Flemish-friendly, u) and French (Wallonia/Brussels register, vous).
import { isReason, type Reason } from '../auth/reason';
import type { AuthFinding, AuthNote, AuthParams } from '../auth/types';
import type { DnsProblem } from '../dns/types';
import { LANGS, messages, type Lang, type Messages } from './index';

type Lang3 = 'en' | 'nl' | 'fr';
type P = AuthParams;
type Say = (p: P) => string;
const LOCALE: Record<Lang3, string> = { en: 'en-GB', nl: 'nl-BE', fr: 'fr-BE' };

/** The catalogue of one language. */
export interface AuthTexts {
  /** Findings and summaries share ids where they say the same thing. */
  says: Record<string, Say>;
  problem: (p: DnsProblem) => string;
  couldntCheck: string;
  selectorOutcome: Record<'key' | 'absent' | 'unknown', string>;
  required: string;
  answeredBy: (answered: string, failed: string[]) => string;
  checkingArea: string;
  fixNote: Record<string, Say>;
  ownDomain: (domain: string) => string;
  /** Why a record or an input was refused (lib/auth/reason.ts), keyed by reason id. */
  reason: Record<string, Say>;
}

const list = (lang: Lang3, xs: unknown, type: 'conjunction' | 'disjunction' = 'conjunction') =>
  new Intl.ListFormat(LOCALE[lang], { type }).format(
    (Array.isArray(xs) ? xs : xs === undefined ? [] : [xs]).map(String),
  );
const n = (lang: Lang3, x: unknown) => Number(x ?? 0).toLocaleString(LOCALE[lang]);
const s = (x: unknown) => String(x ?? '');
/** A Reason in a language (its id when it has no words yet); a plain string as it is. */
const r = (lang: Lang3, x: unknown): string => (isReason(x) ? sayReason(lang, x) : s(x));

const en: AuthTexts = {
  reason: {
    'tag-empty': () => 'empty tag between ";;"',
    'tag-not-pair': (p) => `"${s(p.text)}" is not a tag=value pair`,
    'tag-bad-name': (p) => `"${s(p.name)}" is not a valid tag name`,
    'tag-twice': (p) => `tag "${s(p.name)}" appears twice`,
    'dkim-v-first': () => 'v=DKIM1 must come first when present',
    'dkim-no-p': () => 'the p= tag (public key) is missing',
    'dkim-not-base64': () => 'the public key is not valid base64',
    'dkim-not-rsa': () => 'the public key is not a readable RSA key',
    'dkim-ed25519-size': () => 'an Ed25519 key must be 32 bytes',
    'dkim-unknown-k': (p) => `unknown key type k=${s(p.k)}`,
    'dmarc-bad-policy': (p) => `${s(p.tag)}=${s(p.value)} is not none, quarantine or reject`,
    'dmarc-not-mailto': (p) => `${s(p.tag)} entry "${s(p.uri)}" is not a mailto: address`,
    'dmarc-no-v': () => 'the record must start with v=DMARC1',
    'dmarc-no-p': () => 'the p= tag (policy) is missing',
    'dmarc-bad-alignment': (p) => `${s(p.tag)}=${s(p.value)} must be r or s`,
    'dmarc-bad-pct': (p) => `pct=${s(p.value)} must be a whole number from 0 to 100`,
    'dmarc-pct-removed': () => 'pct is removed in RFC 9989; use t=y for testing instead',
    'dmarc-bad-psd': (p) => `psd=${s(p.value)} must be y, n or u`,
    'dmarc-tag-removed': (p) => `${s(p.tag)} is removed in RFC 9989 and ignored`,
    'dmarc-bad-t': (p) => `t=${s(p.value)} must be y or n`,
    'dmarc-unknown-tag': (p) => `unknown tag "${s(p.name)}" is ignored`,
    'domain-empty': () => 'nothing was typed',
    'domain-bad-url': () => 'not a valid web address',
    'domain-spaces': () => 'a domain has no spaces',
    'domain-invalid': () => 'not a valid domain name',
    'domain-ip': () => 'an IP address is not a sender domain',
    'domain-one-label': () => 'a sender domain has at least two labels, like example.com',
    'origin-empty': () => 'nothing was typed',
    'origin-bad-url': () => 'not a web address',
    'origin-not-https': () => 'the address must use https',
    'origin-not-plain': () => 'the address must be a plain host name',
    'origin-not-host': () => 'not a host name',
    'macro-bad-char': (p) => `character ${s(p.char)} is not allowed in a macro-string`,
    'macro-malformed': (p) => `malformed macro at "${s(p.at)}"`,
    'macro-unknown-letter': (p) => `unknown macro letter "${s(p.letter)}"`,
    'macro-exp-only-letter': (p) => `unknown macro letter "${s(p.letter)}" (allowed only in exp text)`,
    'macro-zero-digits': () => 'a macro digit transformer must be nonzero',
    'macro-bad-percent': () => '"%" must be followed by "{", "%", "_" or "-"',
    'spf-empty-domain': () => 'an empty domain',
    'spf-bad-toplabel': (p) => `"${s(p.text)}" does not end in a valid top-level label`,
    'spf-bad-cidr': (p) => `/${s(p.text)} is not a prefix length from 0 to ${s(p.max)}`,
    'spf-all-argument': () => 'all takes no argument',
    'spf-needs-domain': (p) => `${s(p.name)} needs ":domain"`,
    'spf-needs-address': (p) => `${s(p.name)} needs ":address"`,
    'spf-unknown-mechanism': (p) => `unknown mechanism "${s(p.name)}"`,
    'spf-bad-ip': (p) => `"${s(p.text)}" is not an ${s(p.family)} address`,
    'spf-not-ascii': () => 'the record contains characters outside printable ASCII',
    'spf-no-version': () => 'the record does not start with v=spf1',
    'spf-in-modifier': (p) => `${s(p.name)}=: ${r('en', p.inner)}`,
    'spf-modifier-twice': (p) => `${s(p.name)}= appears more than once (§6)`,
    'spf-not-a-term': (p) => `"${s(p.text)}" is not a mechanism or modifier`,
    'spf-eval-void-limit': (p) => `more than ${s(p.max)} void lookups (the last: ${s(p.name)})`,
    'spf-eval-lookup-limit': (p) => `more than ${s(p.max)} DNS-querying terms (reached at "${s(p.term)}")`,
    'spf-eval-include-temp': (p) => `include:${s(p.name)} failed temporarily`,
    'spf-eval-include-none': (p) => `include:${s(p.name)} has no SPF record`,
    'spf-eval-include-broken': (p) => `include:${s(p.name)} is broken`,
    'spf-eval-mx-too-many': (p) =>
      `${s(p.term)} has ${n('en', p.hosts)} MX hosts; at most ${s(p.max)} may be looked up`,
    'spf-eval-bad-domain': (p) => `"${s(p.domain)}" is not a valid domain`,
    'spf-eval-dns': (p) => `the DNS query for ${s(p.name)} failed (${s(p.detail)})`,
    'spf-eval-nxdomain': (p) => `${s(p.domain)} does not exist`,
    'spf-eval-no-record': (p) => `${s(p.domain)} has no SPF record`,
    'spf-eval-multiple': (p) => `${s(p.domain)} has ${n('en', p.count)} SPF records (§4.5)`,
    'spf-eval-syntax': (p) => `${s(p.domain)}: ${r('en', p.inner)}`,
    'spf-eval-matched': (p) => `${s(p.domain)}: "${s(p.term)}" matched`,
    'spf-eval-redirect': (p) => `redirect=${s(p.name)}: ${r('en', p.inner)}`,
    'spf-eval-no-match': (p) => `${s(p.domain)}: no mechanism matched`,
    'spf-eval-bad-ip': (p) => `"${s(p.ip)}" is not an IP address`,
    'resolver-not-doh': () => 'not an https:// DNS-over-HTTPS address',
    'check-background-closed': () => 'the extension background closed the connection',
  },
  couldntCheck: "Couldn't check",
  required: 'needed',
  checkingArea: 'Checking…',
  selectorOutcome: { key: 'key found', absent: 'no key', unknown: "couldn't check" },
  answeredBy: (a, f) => `answered by ${a}${f.length ? ` after ${list('en', f)} failed` : ''}`,
  ownDomain: (d) =>
    `${d} is a free-mail domain you cannot publish records for: send from your own domain, and publish these records there.`,
  problem: (p) => {
    const at = p.endpoint ? ` (${p.endpoint})` : '';
    const q = p.name ? ` for ${p.name}${p.type ? ` ${p.type}` : ''}` : '';
    switch (p.kind) {
      case 'timeout':
        return `no answer ${p.ms ? `within ${n('en', p.ms)} ms` : '(time-out)'}${q}${at}`;
      case 'http':
        return `the resolver answered HTTP ${p.status}${q}${at}`;
      case 'rcode':
        return `the resolver answered ${p.detail}${q}${at}`;
      case 'malformed':
        return `the answer was not a whole DNS message (${p.detail ?? 'unreadable'})${q}${at}`;
      case 'mismatch':
        return `the answer was for another question${q}${at}`;
      case 'truncated':
        return `the answer was cut short (TC)${q}${at}`;
      case 'cname-loop':
        return `CNAME loop at ${p.name}${at}`;
      case 'cname-chain':
        return `CNAME chain too long at ${p.name}${at}`;
      case 'bad-name':
        return `${p.name ?? 'the name'} cannot be asked in DNS`;
      case 'aborted':
        return 'the check was cancelled';
      default:
        return `the resolver could not be reached${q}${at}`;
    }
  },
  says: {
    'spf-unchecked': (p) => `Couldn't check SPF for ${s(p.domain)}.`,
    'spf-missing': (p) =>
      `${s(p.domain)} publishes no SPF record: receivers cannot tell which servers may send for it.`,
    'spf-multiple': (p) =>
      `${s(p.domain)} has more than one SPF record; every SPF check then ends in permerror (RFC 7208 §4.5).`,
    'spf-syntax': (p) =>
      `Syntax error${p.where ? ` (in ${s(p.where)})` : ''}: ${r('en', p.problem)}. Receivers treat the record as broken (permerror).`,
    'spf-loop': (p) => `${s(p.domain)} includes itself through ${s((p.path as string[] | undefined)?.join(' → '))}.`,
    'spf-include-no-spf': (p) =>
      `${s(p.domain)} is included but has ${p.multiple ? 'more than one' : 'no'} SPF record: that is a permerror.`,
    'spf-string-join': (p) =>
      `The record${p.where ? ` (in ${s(p.where)})` : ''} is split into strings joined without a space (RFC 7208 §3.3), which breaks a term.`,
    'spf-string-too-long': (p) =>
      `A string in the record${p.where ? ` (in ${s(p.where)})` : ''} is longer than 255 characters; DNS cannot carry it.`,
    'spf-answer-size': (p) =>
      `The TXT answer for ${s(p.domain)} is about ${n('en', p.bytes)} bytes; over 512 some receivers will not get it over UDP.`,
    'spf-ptr': (p) =>
      `"${s(p.term)}"${p.where ? ` (in ${s(p.where)})` : ''} uses ptr, which is slow and unreliable; RFC 7208 §5.5 says not to.`,
    'spf-mx-too-many': (p) => `"${s(p.term)}" has ${n('en', p.hosts)} mail hosts; more than 10 is a permerror.`,
    'spf-too-many-lookups': (p) =>
      `The record needs ${n('en', p.lookups)} DNS lookups; receivers stop at ${n('en', p.max)} and fail SPF (permerror).`,
    'spf-lookups-near-limit': (p) =>
      `The record needs ${n('en', p.lookups)} of at most ${n('en', p.max)} DNS lookups; one more include breaks it.`,
    'spf-void-lookups': (p) =>
      `${n('en', p.count)} term(s) point at names without addresses; more than ${n('en', p.max)} is a permerror. Remove them.`,
    'spf-all-pass': () => '"+all" lets every server in the world send as your domain.',
    'spf-all-neutral': () => '"?all" says nothing about other servers; use "~all" or "-all".',
    'spf-no-all': () => 'The record does not end in "-all" or "~all", so other servers are not flagged.',
    'spf-esp-include-unneeded': (p) =>
      `include:${s(p.include)} is not needed for ${s(p.esp)} (it sends with its own envelope domain); removing it saves ${n('en', p.saved)} lookup(s).`,
    'spf-partly-unchecked': (p) =>
      `Part of the SPF tree could not be fetched (${n('en', p.names)} name(s)); the count of ${n('en', p.lookups)} lookups may be low.`,
    'spf-ok': (p) => `One valid SPF record using ${n('en', p.lookups)} of ${n('en', p.max)} DNS lookups.`,
    'dkim-keys-found': (p) =>
      `DKIM key(s) found at selector ${list('en', p.selectors)}${p.esp ? ` (${s(p.esp)})` : ''}.`,
    'dkim-unchecked': (p) =>
      `Couldn't check DKIM selector ${list('en', p.selectors)}: nothing can be said about DKIM until it answers.`,
    'dkim-incomplete': (p) =>
      `${s(p.esp)} DKIM is incomplete: ${list('en', p.missing)} is missing (found: ${list('en', p.present)}).`,
    'dkim-esp-incomplete': (p) =>
      `${s(p.esp)} needs ${list('en', p.missing)} as well; publish it so ${s(p.esp)} can sign as you.`,
    'dkim-keys-unusable': () => 'The DKIM keys found cannot be used.',
    'dkim-esp-none': (p) => `No ${s(p.esp)} DKIM key found (selectors ${list('en', p.selectors)}).`,
    'dkim-esp-missing': (p) => `${s(p.esp)} signs with your domain only when its DKIM records are published.`,
    'dkim-common-none': () => 'No DKIM key at the common selectors. Add your selector in the options.',
    'dkim-unexpected-target': (p) =>
      `${s(p.selector)}._domainkey points to ${s(p.found) || 'a TXT key'}, not ${s(p.target)} as ${s(p.esp)} expects.`,
    'dkim-revoked': (p) => `The key at selector ${s(p.selector)} is revoked (empty p=).`,
    'dkim-invalid': (p) =>
      `The key at selector ${s(p.selector)} is unusable: ${p.reason ? r('en', p.reason) : `${n('en', p.bits)}-bit RSA is below the 1024-bit minimum`}.`,
    'dkim-weak': (p) => `The key at selector ${s(p.selector)} is ${n('en', p.bits)}-bit RSA; 2048 is recommended.`,
    'dkim-testing': (p) => `The key at selector ${s(p.selector)} is in testing mode (t=y).`,
    'dmarc-unchecked': (p) => `Couldn't check DMARC (${s(p.name)}).`,
    'dmarc-missing': (p) =>
      `No DMARC record at ${s(p.name)}: receivers cannot check that SPF and DKIM match your From domain.`,
    'dmarc-multiple': (p) =>
      `${s(p.name)} has ${n('en', p.count)} DMARC records; receivers then ignore them all (RFC 7489 §6.6.3).`,
    'dmarc-syntax': (p) => r('en', p.problem),
    'dmarc-tag-warning': (p) => r('en', p.problem),
    'dmarc-p-none': () => 'p=none only monitors: failing mail is still delivered, and spoofing is not stopped.',
    'dmarc-no-rua': () => 'No rua= address: you get no reports on who sends mail as your domain.',
    'dmarc-pct': (p) => `pct=${s(p.pct)}: the policy applies to only part of the failing mail.`,
    'dmarc-testing': () => 't=y: receivers apply one policy level lower while you test (RFC 9989).',
    'dmarc-report-unauthorised': (p) =>
      `Reports to ${s(p.dest)} will not be sent: ${s(p.dest)} does not publish an authorisation record for your domain (RFC 7489 §7.1).`,
    'dmarc-report-unchecked': (p) => `Couldn't check whether ${s(p.dest)} accepts your reports.`,
    'dmarc-invalid': (p) =>
      `The DMARC record is invalid${p.inheritedFrom ? ` (inherited from ${s(p.inheritedFrom)})` : ''}: ${r('en', p.problem) || 'no policy'}.`,
    'dmarc-policy': (p) =>
      `DMARC policy: ${({ none: 'monitor only (p=none)', quarantine: 'send failures to spam (p=quarantine)', reject: 'reject failures (p=reject)' } as Record<string, string>)[s(p.policy)] ?? s(p.policy)}${p.inheritedFrom ? ` (inherited from ${s(p.inheritedFrom)})` : ''}.`,
    'from-free-mail': (p) =>
      `${s(p.domain)} is a free-mail domain: its owner publishes a strict DMARC policy, so mail sent "from" it through an ESP fails DMARC. Send from your own domain.`,
    'alignment-choose-esp': () => 'Choose your ESP to see which path can pass DMARC.',
    'alignment-dmarc-unknown': () => "DMARC couldn't be checked, so whether a DMARC pass is possible is unknown.",
    'alignment-dkim-pass': (p) =>
      `Aligned DKIM gives a DMARC pass through ${s(p.esp)}${p.needsDmarc ? ', once you publish a DMARC record' : ''}.`,
    'alignment-open': () => 'Whether a DMARC pass is possible could not be established.',
    'alignment-none': (p) => `No path to a DMARC pass: ${s(p.esp)} needs your DKIM records to sign as your domain.`,
    'path-dkim': (p) => `${s(p.esp)} signs with your domain through its DKIM records.`,
    'path-spf-never': (p) =>
      `${s(p.esp)} uses its own envelope domain (${s(p.envelope)}); SPF can never align with your From.`,
    'path-spf-mailserver-domain': () =>
      'SPF aligns only with a Mailserver Domain (an em-… CNAME) set up in ActiveCampaign; its name is not known here.',
    'path-spf-branded': (p) => `${s(p.esp)} aligns SPF through your branded sending subdomain.`,
    'mx-unchecked': () => "Couldn't check MX.",
    'mx-hosts-unchecked': (p) => `Couldn't check whether mail host ${list('en', p.hosts)} has an address.`,
    'mx-domain-missing': (p) => `${s(p.domain)} does not exist in DNS.`,
    'mx-null': (p) =>
      `${s(p.domain)} declares it accepts no mail (null MX, RFC 7505); receivers may reject mail from it and replies are lost.`,
    'mx-implicit': (p) =>
      `${s(p.domain)} has no MX record; replies go to its web server address, which rarely accepts mail.`,
    'mx-none': (p) => `${s(p.domain)} has no MX record and no address: replies and bounces cannot reach you.`,
    'mx-hosts-dead': (p) => `None of the mail hosts of ${s(p.domain)} has an address.`,
    'mx-host-dead': (p) => `Mail host ${list('en', p.hosts)} has no address.`,
    'mx-ok': (p) =>
      `Mail for ${s(p.domain)} goes to ${s(p.host)}${Number(p.more) > 0 ? ` and ${n('en', p.more)} more` : ''}.`,
    'bimi-unchecked': () => "Couldn't check BIMI.",
    'bimi-none': () => 'No BIMI record (optional: shows your logo in some inboxes).',
    'bimi-needs-enforcement': () => 'A BIMI record is published, but BIMI needs DMARC at quarantine or reject.',
    'bimi-ok': () => 'BIMI record published with DMARC enforcement.',
    'mta-sts-unchecked': () => "Couldn't check MTA-STS.",
    'mta-sts-none': () => 'No MTA-STS record (optional: protects mail sent to you).',
    'mta-sts-syntax': () => 'The MTA-STS record has no valid id= (RFC 8461 §3.1: 1 to 32 letters and digits).',
    'mta-sts-ok': () => 'MTA-STS record published.',
    'tls-rpt-unchecked': () => "Couldn't check TLS-RPT.",
    'tls-rpt-none': () => 'No TLS-RPT record (optional: reports on TLS problems).',
    'tls-rpt-syntax': () => 'The TLS-RPT record has no rua= address (RFC 8460 §3).',
    'tls-rpt-ok': () => 'TLS-RPT record published.',
    'dnssec-unchecked': () => "Couldn't tell whether the domain is DNSSEC-signed.",
    'dnssec-ok': () => 'DNSSEC-signed, and the resolver validated the answers.',
    'dnssec-unsigned': () => 'Not DNSSEC-validated (optional; the resolver did not set the AD flag).',
    'blocklists-not-checkable': () =>
      'Block lists: not checkable via this resolver (Spamhaus refuses queries from public DNS resolvers).',
  },
  fixNote: {
    'dmarc-start': () => 'Start by monitoring; read the reports, then move to p=quarantine. Use a mailbox you read.',
    'dkim-esp': (p) => `${s(p.esp)}'s DKIM key, kept up to date by ${s(p.esp)}.`,
    'spf-new': () => 'Allows your own mail servers; add the include of every service that sends as you.',
    'spf-rebuilt': (p) =>
      `One record with every sender, ending in ~all${list('en', p.dropped) ? `; left out: ${list('en', p.dropped)}` : ''}.`,
    'spf-consolidate': (p) =>
      `Still ${n('en', p.lookups)} lookups: ask the providers of ${list('en', p.includes)} for a flattened include, or consolidate them into fewer includes.`,
  },
};

const nl: AuthTexts = {
  reason: {
    'tag-empty': () => 'lege tag tussen ";;"',
    'tag-not-pair': (p) => `"${s(p.text)}" is geen paar tag=waarde`,
    'tag-bad-name': (p) => `"${s(p.name)}" is geen geldige tagnaam`,
    'tag-twice': (p) => `tag "${s(p.name)}" staat er twee keer in`,
    'dkim-v-first': () => 'v=DKIM1 moet vooraan staan als het er is',
    'dkim-no-p': () => 'de tag p= (publieke sleutel) ontbreekt',
    'dkim-not-base64': () => 'de publieke sleutel is geen geldige base64',
    'dkim-not-rsa': () => 'de publieke sleutel is geen leesbare RSA-sleutel',
    'dkim-ed25519-size': () => 'een Ed25519-sleutel moet 32 bytes lang zijn',
    'dkim-unknown-k': (p) => `onbekend sleuteltype k=${s(p.k)}`,
    'dmarc-bad-policy': (p) => `${s(p.tag)}=${s(p.value)} is niet none, quarantine of reject`,
    'dmarc-not-mailto': (p) => `${s(p.tag)}-vermelding "${s(p.uri)}" is geen mailto:-adres`,
    'dmarc-no-v': () => 'het record moet beginnen met v=DMARC1',
    'dmarc-no-p': () => 'de tag p= (beleid) ontbreekt',
    'dmarc-bad-alignment': (p) => `${s(p.tag)}=${s(p.value)} moet r of s zijn`,
    'dmarc-bad-pct': (p) => `pct=${s(p.value)} moet een geheel getal van 0 tot 100 zijn`,
    'dmarc-pct-removed': () => 'pct is geschrapt in RFC 9989; gebruik t=y om te testen',
    'dmarc-bad-psd': (p) => `psd=${s(p.value)} moet y, n of u zijn`,
    'dmarc-tag-removed': (p) => `${s(p.tag)} is geschrapt in RFC 9989 en wordt genegeerd`,
    'dmarc-bad-t': (p) => `t=${s(p.value)} moet y of n zijn`,
    'dmarc-unknown-tag': (p) => `onbekende tag "${s(p.name)}" wordt genegeerd`,
    'domain-empty': () => 'er is niets ingevuld',
    'domain-bad-url': () => 'geen geldig webadres',
    'domain-spaces': () => 'een domein bevat geen spaties',
    'domain-invalid': () => 'geen geldige domeinnaam',
    'domain-ip': () => 'een IP-adres is geen afzenderdomein',
    'domain-one-label': () => 'een afzenderdomein heeft minstens twee delen, zoals example.com',
    'origin-empty': () => 'er is niets ingevuld',
    'origin-bad-url': () => 'geen webadres',
    'origin-not-https': () => 'het adres moet https gebruiken',
    'origin-not-plain': () => 'het adres moet een gewone hostnaam zijn',
    'origin-not-host': () => 'geen hostnaam',
    'macro-bad-char': (p) => `het teken ${s(p.char)} mag niet in een macro-string staan`,
    'macro-malformed': (p) => `onleesbare macro bij "${s(p.at)}"`,
    'macro-unknown-letter': (p) => `onbekende macroletter "${s(p.letter)}"`,
    'macro-exp-only-letter': (p) => `onbekende macroletter "${s(p.letter)}" (alleen toegestaan in de exp-tekst)`,
    'macro-zero-digits': () => 'het cijfer in een macro mag geen nul zijn',
    'macro-bad-percent': () => 'na "%" moet "{", "%", "_" of "-" volgen',
    'spf-empty-domain': () => 'een leeg domein',
    'spf-bad-toplabel': (p) => `"${s(p.text)}" eindigt niet op een geldig topniveaudeel`,
    'spf-bad-cidr': (p) => `/${s(p.text)} is geen prefixlengte van 0 tot ${s(p.max)}`,
    'spf-all-argument': () => 'all neemt geen argument',
    'spf-needs-domain': (p) => `${s(p.name)} vraagt ":domein"`,
    'spf-needs-address': (p) => `${s(p.name)} vraagt ":adres"`,
    'spf-unknown-mechanism': (p) => `onbekend mechanisme "${s(p.name)}"`,
    'spf-bad-ip': (p) => `"${s(p.text)}" is geen ${s(p.family)}-adres`,
    'spf-not-ascii': () => 'het record bevat tekens buiten het afdrukbare ASCII',
    'spf-no-version': () => 'het record begint niet met v=spf1',
    'spf-in-modifier': (p) => `${s(p.name)}=: ${r('nl', p.inner)}`,
    'spf-modifier-twice': (p) => `${s(p.name)}= staat er meer dan één keer in (§6)`,
    'spf-not-a-term': (p) => `"${s(p.text)}" is geen mechanisme of modifier`,
    'spf-eval-void-limit': (p) => `meer dan ${s(p.max)} lege opvragingen (de laatste: ${s(p.name)})`,
    'spf-eval-lookup-limit': (p) => `meer dan ${s(p.max)} termen die DNS bevragen (bereikt bij "${s(p.term)}")`,
    'spf-eval-include-temp': (p) => `include:${s(p.name)} mislukte tijdelijk`,
    'spf-eval-include-none': (p) => `include:${s(p.name)} heeft geen SPF-record`,
    'spf-eval-include-broken': (p) => `include:${s(p.name)} is defect`,
    'spf-eval-mx-too-many': (p) =>
      `${s(p.term)} heeft ${n('nl', p.hosts)} MX-hosts; er mogen er hoogstens ${s(p.max)} opgevraagd worden`,
    'spf-eval-bad-domain': (p) => `"${s(p.domain)}" is geen geldig domein`,
    'spf-eval-dns': (p) => `de DNS-vraag voor ${s(p.name)} mislukte (${s(p.detail)})`,
    'spf-eval-nxdomain': (p) => `${s(p.domain)} bestaat niet`,
    'spf-eval-no-record': (p) => `${s(p.domain)} heeft geen SPF-record`,
    'spf-eval-multiple': (p) => `${s(p.domain)} heeft ${n('nl', p.count)} SPF-records (§4.5)`,
    'spf-eval-syntax': (p) => `${s(p.domain)}: ${r('nl', p.inner)}`,
    'spf-eval-matched': (p) => `${s(p.domain)}: "${s(p.term)}" komt overeen`,
    'spf-eval-redirect': (p) => `redirect=${s(p.name)}: ${r('nl', p.inner)}`,
    'spf-eval-no-match': (p) => `${s(p.domain)}: geen enkel mechanisme komt overeen`,
    'spf-eval-bad-ip': (p) => `"${s(p.ip)}" is geen IP-adres`,
    'resolver-not-doh': () => 'geen https://-adres voor DNS-over-HTTPS',
    'check-background-closed': () => 'de achtergrond van de extensie heeft de verbinding gesloten',
  },
  couldntCheck: 'Kon niet worden gecontroleerd',
  required: 'nodig',
  checkingArea: 'Bezig met controleren…',
  selectorOutcome: { key: 'sleutel gevonden', absent: 'geen sleutel', unknown: 'kon niet worden gecontroleerd' },
  answeredBy: (a, f) => `beantwoord door ${a}${f.length ? ` nadat ${list('nl', f)} faalde` : ''}`,
  ownDomain: (d) =>
    `${d} is een gratis e-maildomein waarvoor u geen records kunt publiceren: verstuur vanaf uw eigen domein en publiceer deze records daar.`,
  problem: (p) => {
    const at = p.endpoint ? ` (${p.endpoint})` : '';
    const q = p.name ? ` voor ${p.name}${p.type ? ` ${p.type}` : ''}` : '';
    switch (p.kind) {
      case 'timeout':
        return `geen antwoord ${p.ms ? `binnen ${n('nl', p.ms)} ms` : '(time-out)'}${q}${at}`;
      case 'http':
        return `de resolver antwoordde HTTP ${p.status}${q}${at}`;
      case 'rcode':
        return `de resolver antwoordde ${p.detail}${q}${at}`;
      case 'malformed':
        return `het antwoord was geen volledig DNS-bericht (${p.detail ?? 'onleesbaar'})${q}${at}`;
      case 'mismatch':
        return `het antwoord hoorde bij een andere vraag${q}${at}`;
      case 'truncated':
        return `het antwoord was afgekapt (TC)${q}${at}`;
      case 'cname-loop':
        return `CNAME-lus bij ${p.name}${at}`;
      case 'cname-chain':
        return `CNAME-keten te lang bij ${p.name}${at}`;
      case 'bad-name':
        return `${p.name ?? 'de naam'} kan niet in DNS worden opgevraagd`;
      case 'aborted':
        return 'de controle werd geannuleerd';
      default:
        return `de resolver was niet bereikbaar${q}${at}`;
    }
  },
  says: {
    'spf-unchecked': (p) => `SPF voor ${s(p.domain)} kon niet worden gecontroleerd.`,
    'spf-missing': (p) =>
      `${s(p.domain)} publiceert geen SPF-record: ontvangers weten niet welke servers namens dit domein mogen versturen.`,
    'spf-multiple': (p) =>
      `${s(p.domain)} heeft meer dan één SPF-record; elke SPF-controle eindigt dan in permerror (RFC 7208 §4.5).`,
    'spf-syntax': (p) =>
      `Syntaxfout${p.where ? ` (in ${s(p.where)})` : ''}: ${r('nl', p.problem)}. Ontvangers beschouwen het record als defect (permerror).`,
    'spf-loop': (p) => `${s(p.domain)} neemt zichzelf op via ${s((p.path as string[] | undefined)?.join(' → '))}.`,
    'spf-include-no-spf': (p) =>
      `${s(p.domain)} wordt opgenomen maar heeft ${p.multiple ? 'meer dan één' : 'geen'} SPF-record: dat is een permerror.`,
    'spf-string-join': (p) =>
      `Het record${p.where ? ` (in ${s(p.where)})` : ''} is opgesplitst in strings die zonder spatie worden samengevoegd (RFC 7208 §3.3), wat een term breekt.`,
    'spf-string-too-long': (p) =>
      `Een string in het record${p.where ? ` (in ${s(p.where)})` : ''} is langer dan 255 tekens; DNS kan die niet dragen.`,
    'spf-answer-size': (p) =>
      `Het TXT-antwoord voor ${s(p.domain)} is ongeveer ${n('nl', p.bytes)} bytes; boven 512 krijgen sommige ontvangers het niet via UDP.`,
    'spf-ptr': (p) =>
      `"${s(p.term)}"${p.where ? ` (in ${s(p.where)})` : ''} gebruikt ptr, dat traag en onbetrouwbaar is; RFC 7208 §5.5 raadt het af.`,
    'spf-mx-too-many': (p) => `"${s(p.term)}" heeft ${n('nl', p.hosts)} mailservers; meer dan 10 is een permerror.`,
    'spf-too-many-lookups': (p) =>
      `Het record vraagt ${n('nl', p.lookups)} DNS-opzoekingen; ontvangers stoppen bij ${n('nl', p.max)} en SPF faalt (permerror).`,
    'spf-lookups-near-limit': (p) =>
      `Het record vraagt ${n('nl', p.lookups)} van maximaal ${n('nl', p.max)} DNS-opzoekingen; één include meer en het breekt.`,
    'spf-void-lookups': (p) =>
      `${n('nl', p.count)} term(en) wijzen naar namen zonder adressen; meer dan ${n('nl', p.max)} is een permerror. Verwijder ze.`,
    'spf-all-pass': () => '"+all" laat elke server ter wereld namens uw domein versturen.',
    'spf-all-neutral': () => '"?all" zegt niets over andere servers; gebruik "~all" of "-all".',
    'spf-no-all': () => 'Het record eindigt niet op "-all" of "~all", dus andere servers worden niet gemarkeerd.',
    'spf-esp-include-unneeded': (p) =>
      `include:${s(p.include)} is niet nodig voor ${s(p.esp)} (die verstuurt met een eigen envelopdomein); weglaten bespaart ${n('nl', p.saved)} opzoeking(en).`,
    'spf-partly-unchecked': (p) =>
      `Een deel van de SPF-boom kon niet worden opgehaald (${n('nl', p.names)} naam/namen); de telling van ${n('nl', p.lookups)} opzoekingen kan te laag zijn.`,
    'spf-ok': (p) => `Eén geldig SPF-record met ${n('nl', p.lookups)} van ${n('nl', p.max)} DNS-opzoekingen.`,
    'dkim-keys-found': (p) =>
      `DKIM-sleutel(s) gevonden bij selector ${list('nl', p.selectors)}${p.esp ? ` (${s(p.esp)})` : ''}.`,
    'dkim-unchecked': (p) =>
      `DKIM-selector ${list('nl', p.selectors)} kon niet worden gecontroleerd: over DKIM valt niets te zeggen tot die antwoordt.`,
    'dkim-incomplete': (p) =>
      `DKIM voor ${s(p.esp)} is onvolledig: ${list('nl', p.missing)} ontbreekt (gevonden: ${list('nl', p.present)}).`,
    'dkim-esp-incomplete': (p) =>
      `${s(p.esp)} heeft ook ${list('nl', p.missing)} nodig; publiceer die zodat ${s(p.esp)} namens u kan ondertekenen.`,
    'dkim-keys-unusable': () => 'De gevonden DKIM-sleutels zijn onbruikbaar.',
    'dkim-esp-none': (p) => `Geen DKIM-sleutel van ${s(p.esp)} gevonden (selectors ${list('nl', p.selectors)}).`,
    'dkim-esp-missing': (p) => `${s(p.esp)} ondertekent alleen met uw domein als de DKIM-records gepubliceerd zijn.`,
    'dkim-common-none': () => 'Geen DKIM-sleutel bij de gangbare selectors. Voeg uw selector toe in de opties.',
    'dkim-unexpected-target': (p) =>
      `${s(p.selector)}._domainkey verwijst naar ${s(p.found) || 'een TXT-sleutel'}, niet naar ${s(p.target)} zoals ${s(p.esp)} verwacht.`,
    'dkim-revoked': (p) => `De sleutel bij selector ${s(p.selector)} is ingetrokken (lege p=).`,
    'dkim-invalid': (p) =>
      `De sleutel bij selector ${s(p.selector)} is onbruikbaar: ${p.reason ? r('nl', p.reason) : `RSA van ${n('nl', p.bits)} bits ligt onder het minimum van 1024`}.`,
    'dkim-weak': (p) =>
      `De sleutel bij selector ${s(p.selector)} is RSA van ${n('nl', p.bits)} bits; 2048 wordt aanbevolen.`,
    'dkim-testing': (p) => `De sleutel bij selector ${s(p.selector)} staat in testmodus (t=y).`,
    'dmarc-unchecked': (p) => `DMARC kon niet worden gecontroleerd (${s(p.name)}).`,
    'dmarc-missing': (p) =>
      `Geen DMARC-record op ${s(p.name)}: ontvangers kunnen niet nagaan of SPF en DKIM bij uw afzenderdomein passen.`,
    'dmarc-multiple': (p) =>
      `${s(p.name)} heeft ${n('nl', p.count)} DMARC-records; ontvangers negeren ze dan allemaal (RFC 7489 §6.6.3).`,
    'dmarc-syntax': (p) => r('nl', p.problem),
    'dmarc-tag-warning': (p) => r('nl', p.problem),
    'dmarc-p-none': () =>
      'p=none controleert alleen: falende mail wordt toch afgeleverd en spoofing wordt niet gestopt.',
    'dmarc-no-rua': () => 'Geen rua=-adres: u krijgt geen rapporten over wie mail verstuurt namens uw domein.',
    'dmarc-pct': (p) => `pct=${s(p.pct)}: het beleid geldt maar voor een deel van de falende mail.`,
    'dmarc-testing': () => 't=y: ontvangers passen een beleidsniveau lager toe terwijl u test (RFC 9989).',
    'dmarc-report-unauthorised': (p) =>
      `Rapporten naar ${s(p.dest)} worden niet verstuurd: ${s(p.dest)} publiceert geen toestemmingsrecord voor uw domein (RFC 7489 §7.1).`,
    'dmarc-report-unchecked': (p) => `Kon niet nagaan of ${s(p.dest)} uw rapporten aanvaardt.`,
    'dmarc-invalid': (p) =>
      `Het DMARC-record is ongeldig${p.inheritedFrom ? ` (overgenomen van ${s(p.inheritedFrom)})` : ''}: ${r('nl', p.problem) || 'geen beleid'}.`,
    'dmarc-policy': (p) =>
      `DMARC-beleid: ${({ none: 'alleen monitoren (p=none)', quarantine: 'falende mail naar spam (p=quarantine)', reject: 'falende mail weigeren (p=reject)' } as Record<string, string>)[s(p.policy)] ?? s(p.policy)}${p.inheritedFrom ? ` (overgenomen van ${s(p.inheritedFrom)})` : ''}.`,
    'from-free-mail': (p) =>
      `${s(p.domain)} is een gratis e-maildomein: de eigenaar publiceert een strikt DMARC-beleid, dus mail die via een ESP "van" dat domein komt, faalt DMARC. Verstuur vanaf uw eigen domein.`,
    'alignment-choose-esp': () => 'Kies uw ESP om te zien langs welke weg DMARC kan slagen.',
    'alignment-dmarc-unknown': () => 'DMARC kon niet worden gecontroleerd, dus of DMARC kan slagen is onbekend.',
    'alignment-dkim-pass': (p) =>
      `Uitgelijnde DKIM laat DMARC slagen via ${s(p.esp)}${p.needsDmarc ? ', zodra u een DMARC-record publiceert' : ''}.`,
    'alignment-open': () => 'Of DMARC kan slagen, kon niet worden vastgesteld.',
    'alignment-none': (p) =>
      `Geen weg naar een DMARC-pass: ${s(p.esp)} heeft uw DKIM-records nodig om als uw domein te ondertekenen.`,
    'path-dkim': (p) => `${s(p.esp)} ondertekent met uw domein via de DKIM-records.`,
    'path-spf-never': (p) =>
      `${s(p.esp)} gebruikt een eigen envelopdomein (${s(p.envelope)}); SPF kan nooit met uw afzender uitlijnen.`,
    'path-spf-mailserver-domain': () =>
      'SPF lijnt alleen uit met een Mailserver Domain (een em-…-CNAME) ingesteld in ActiveCampaign; die naam is hier niet bekend.',
    'path-spf-branded': (p) => `${s(p.esp)} lijnt SPF uit via uw eigen verzendsubdomein.`,
    'mx-unchecked': () => 'MX kon niet worden gecontroleerd.',
    'mx-hosts-unchecked': (p) => `Kon niet nagaan of mailserver ${list('nl', p.hosts)} een adres heeft.`,
    'mx-domain-missing': (p) => `${s(p.domain)} bestaat niet in DNS.`,
    'mx-null': (p) =>
      `${s(p.domain)} verklaart geen mail te aanvaarden (null MX, RFC 7505); ontvangers kunnen mail ervan weigeren en antwoorden gaan verloren.`,
    'mx-implicit': (p) =>
      `${s(p.domain)} heeft geen MX-record; antwoorden gaan naar het adres van de webserver, die zelden mail aanvaardt.`,
    'mx-none': (p) => `${s(p.domain)} heeft geen MX-record en geen adres: antwoorden en bounces bereiken u niet.`,
    'mx-hosts-dead': (p) => `Geen enkele mailserver van ${s(p.domain)} heeft een adres.`,
    'mx-host-dead': (p) => `Mailserver ${list('nl', p.hosts)} heeft geen adres.`,
    'mx-ok': (p) =>
      `Mail voor ${s(p.domain)} gaat naar ${s(p.host)}${Number(p.more) > 0 ? ` en ${n('nl', p.more)} andere` : ''}.`,
    'bimi-unchecked': () => 'BIMI kon niet worden gecontroleerd.',
    'bimi-none': () => 'Geen BIMI-record (optioneel: toont uw logo in sommige inboxen).',
    'bimi-needs-enforcement': () => 'Er is een BIMI-record, maar BIMI vraagt DMARC op quarantine of reject.',
    'bimi-ok': () => 'BIMI-record gepubliceerd met DMARC-handhaving.',
    'mta-sts-unchecked': () => 'MTA-STS kon niet worden gecontroleerd.',
    'mta-sts-none': () => 'Geen MTA-STS-record (optioneel: beschermt mail die naar u wordt gestuurd).',
    'mta-sts-syntax': () => 'Het MTA-STS-record heeft geen geldige id= (RFC 8461 §3.1: 1 tot 32 letters en cijfers).',
    'mta-sts-ok': () => 'MTA-STS-record gepubliceerd.',
    'tls-rpt-unchecked': () => 'TLS-RPT kon niet worden gecontroleerd.',
    'tls-rpt-none': () => 'Geen TLS-RPT-record (optioneel: rapporteert TLS-problemen).',
    'tls-rpt-syntax': () => 'Het TLS-RPT-record heeft geen rua=-adres (RFC 8460 §3).',
    'tls-rpt-ok': () => 'TLS-RPT-record gepubliceerd.',
    'dnssec-unchecked': () => 'Kon niet nagaan of het domein met DNSSEC is ondertekend.',
    'dnssec-ok': () => 'Met DNSSEC ondertekend, en de resolver heeft de antwoorden gevalideerd.',
    'dnssec-unsigned': () => 'Niet met DNSSEC gevalideerd (optioneel; de resolver zette de AD-vlag niet).',
    'blocklists-not-checkable': () =>
      'Blokkeerlijsten: niet te controleren via deze resolver (Spamhaus weigert vragen van publieke DNS-resolvers).',
  },
  fixNote: {
    'dmarc-start': () =>
      'Begin met monitoren; lees de rapporten en ga daarna naar p=quarantine. Gebruik een mailbox die u leest.',
    'dkim-esp': (p) => `De DKIM-sleutel van ${s(p.esp)}, door ${s(p.esp)} up-to-date gehouden.`,
    'spf-new': () => 'Laat uw eigen mailservers toe; voeg de include toe van elke dienst die namens u verstuurt.',
    'spf-rebuilt': (p) =>
      `Eén record met alle afzenders, eindigend op ~all${list('nl', p.dropped) ? `; weggelaten: ${list('nl', p.dropped)}` : ''}.`,
    'spf-consolidate': (p) =>
      `Nog altijd ${n('nl', p.lookups)} opzoekingen: vraag de aanbieders van ${list('nl', p.includes)} om een afgevlakte include, of voeg ze samen tot minder includes.`,
  },
};

const fr: AuthTexts = {
  reason: {
    'tag-empty': () => 'balise vide entre « ;; »',
    'tag-not-pair': (p) => `« ${s(p.text)} » n'est pas une paire balise=valeur`,
    'tag-bad-name': (p) => `« ${s(p.name)} » n'est pas un nom de balise valide`,
    'tag-twice': (p) => `la balise « ${s(p.name)} » figure deux fois`,
    'dkim-v-first': () => 'v=DKIM1 doit venir en premier s’il est présent',
    'dkim-no-p': () => 'la balise p= (clé publique) manque',
    'dkim-not-base64': () => 'la clé publique n’est pas du base64 valide',
    'dkim-not-rsa': () => 'la clé publique n’est pas une clé RSA lisible',
    'dkim-ed25519-size': () => 'une clé Ed25519 doit faire 32 octets',
    'dkim-unknown-k': (p) => `type de clé inconnu k=${s(p.k)}`,
    'dmarc-bad-policy': (p) => `${s(p.tag)}=${s(p.value)} ne vaut ni none, ni quarantine, ni reject`,
    'dmarc-not-mailto': (p) => `l'entrée ${s(p.tag)} « ${s(p.uri)} » n'est pas une adresse mailto:`,
    'dmarc-no-v': () => 'l’enregistrement doit commencer par v=DMARC1',
    'dmarc-no-p': () => 'la balise p= (politique) manque',
    'dmarc-bad-alignment': (p) => `${s(p.tag)}=${s(p.value)} doit valoir r ou s`,
    'dmarc-bad-pct': (p) => `pct=${s(p.value)} doit être un nombre entier de 0 à 100`,
    'dmarc-pct-removed': () => 'pct est supprimé par la RFC 9989 ; pour tester, utilisez t=y',
    'dmarc-bad-psd': (p) => `psd=${s(p.value)} doit valoir y, n ou u`,
    'dmarc-tag-removed': (p) => `${s(p.tag)} est supprimé par la RFC 9989 et ignoré`,
    'dmarc-bad-t': (p) => `t=${s(p.value)} doit valoir y ou n`,
    'dmarc-unknown-tag': (p) => `la balise inconnue « ${s(p.name)} » est ignorée`,
    'domain-empty': () => 'rien n’a été saisi',
    'domain-bad-url': () => 'ce n’est pas une adresse web valide',
    'domain-spaces': () => 'un domaine ne contient pas d’espaces',
    'domain-invalid': () => 'ce n’est pas un nom de domaine valide',
    'domain-ip': () => 'une adresse IP n’est pas un domaine d’envoi',
    'domain-one-label': () => 'un domaine d’envoi compte au moins deux parties, comme example.com',
    'origin-empty': () => 'rien n’a été saisi',
    'origin-bad-url': () => 'ce n’est pas une adresse web',
    'origin-not-https': () => 'l’adresse doit utiliser https',
    'origin-not-plain': () => 'l’adresse doit être un simple nom d’hôte',
    'origin-not-host': () => 'ce n’est pas un nom d’hôte',
    'macro-bad-char': (p) => `le caractère ${s(p.char)} n’est pas permis dans une chaîne de macro`,
    'macro-malformed': (p) => `macro illisible à « ${s(p.at)} »`,
    'macro-unknown-letter': (p) => `lettre de macro inconnue « ${s(p.letter)} »`,
    'macro-exp-only-letter': (p) => `lettre de macro inconnue « ${s(p.letter)} » (permise seulement dans le texte exp)`,
    'macro-zero-digits': () => 'le chiffre d’une macro ne peut pas valoir zéro',
    'macro-bad-percent': () => '« % » doit être suivi de « { », « % », « _ » ou « - »',
    'spf-empty-domain': () => 'un domaine vide',
    'spf-bad-toplabel': (p) => `« ${s(p.text)} » ne se termine pas par un libellé de premier niveau valide`,
    'spf-bad-cidr': (p) => `/${s(p.text)} n’est pas une longueur de préfixe de 0 à ${s(p.max)}`,
    'spf-all-argument': () => 'all ne prend aucun argument',
    'spf-needs-domain': (p) => `${s(p.name)} demande « :domaine »`,
    'spf-needs-address': (p) => `${s(p.name)} demande « :adresse »`,
    'spf-unknown-mechanism': (p) => `mécanisme inconnu « ${s(p.name)} »`,
    'spf-bad-ip': (p) => `« ${s(p.text)} » n’est pas une adresse ${s(p.family)}`,
    'spf-not-ascii': () => 'l’enregistrement contient des caractères hors de l’ASCII imprimable',
    'spf-no-version': () => 'l’enregistrement ne commence pas par v=spf1',
    'spf-in-modifier': (p) => `${s(p.name)}= : ${r('fr', p.inner)}`,
    'spf-modifier-twice': (p) => `${s(p.name)}= figure plus d’une fois (§6)`,
    'spf-not-a-term': (p) => `« ${s(p.text)} » n’est ni un mécanisme ni un modificateur`,
    'spf-eval-void-limit': (p) => `plus de ${s(p.max)} requêtes vides (la dernière : ${s(p.name)})`,
    'spf-eval-lookup-limit': (p) => `plus de ${s(p.max)} termes qui interrogent le DNS (atteint à « ${s(p.term)} »)`,
    'spf-eval-include-temp': (p) => `include:${s(p.name)} a échoué temporairement`,
    'spf-eval-include-none': (p) => `include:${s(p.name)} n’a pas d’enregistrement SPF`,
    'spf-eval-include-broken': (p) => `include:${s(p.name)} est défectueux`,
    'spf-eval-mx-too-many': (p) =>
      `${s(p.term)} a ${n('fr', p.hosts)} hôtes MX ; on peut en interroger ${s(p.max)} au plus`,
    'spf-eval-bad-domain': (p) => `« ${s(p.domain)} » n’est pas un domaine valide`,
    'spf-eval-dns': (p) => `la requête DNS pour ${s(p.name)} a échoué (${s(p.detail)})`,
    'spf-eval-nxdomain': (p) => `${s(p.domain)} n’existe pas`,
    'spf-eval-no-record': (p) => `${s(p.domain)} n’a pas d’enregistrement SPF`,
    'spf-eval-multiple': (p) => `${s(p.domain)} a ${n('fr', p.count)} enregistrements SPF (§4.5)`,
    'spf-eval-syntax': (p) => `${s(p.domain)} : ${r('fr', p.inner)}`,
    'spf-eval-matched': (p) => `${s(p.domain)} : « ${s(p.term)} » correspond`,
    'spf-eval-redirect': (p) => `redirect=${s(p.name)} : ${r('fr', p.inner)}`,
    'spf-eval-no-match': (p) => `${s(p.domain)} : aucun mécanisme ne correspond`,
    'spf-eval-bad-ip': (p) => `« ${s(p.ip)} » n’est pas une adresse IP`,
    'resolver-not-doh': () => 'ce n’est pas une adresse https:// de DNS-over-HTTPS',
    'check-background-closed': () => 'l’arrière-plan de l’extension a fermé la connexion',
  },
  couldntCheck: 'Vérification impossible',
  required: 'requis',
  checkingArea: 'Vérification en cours…',
  selectorOutcome: { key: 'clé trouvée', absent: 'pas de clé', unknown: 'vérification impossible' },
  answeredBy: (a, f) => `réponse de ${a}${f.length ? ` après l'échec de ${list('fr', f)}` : ''}`,
  ownDomain: (d) =>
    `${d} est un domaine de messagerie gratuite pour lequel vous ne pouvez pas publier d'enregistrements : envoyez depuis votre propre domaine et publiez-y ces enregistrements.`,
  problem: (p) => {
    const at = p.endpoint ? ` (${p.endpoint})` : '';
    const q = p.name ? ` pour ${p.name}${p.type ? ` ${p.type}` : ''}` : '';
    switch (p.kind) {
      case 'timeout':
        return `pas de réponse ${p.ms ? `en ${n('fr', p.ms)} ms` : '(délai dépassé)'}${q}${at}`;
      case 'http':
        return `le résolveur a répondu HTTP ${p.status}${q}${at}`;
      case 'rcode':
        return `le résolveur a répondu ${p.detail}${q}${at}`;
      case 'malformed':
        return `la réponse n'était pas un message DNS complet (${p.detail ?? 'illisible'})${q}${at}`;
      case 'mismatch':
        return `la réponse concernait une autre question${q}${at}`;
      case 'truncated':
        return `la réponse était tronquée (TC)${q}${at}`;
      case 'cname-loop':
        return `boucle CNAME à ${p.name}${at}`;
      case 'cname-chain':
        return `chaîne CNAME trop longue à ${p.name}${at}`;
      case 'bad-name':
        return `${p.name ?? 'le nom'} ne peut pas être demandé au DNS`;
      case 'aborted':
        return 'la vérification a été annulée';
      default:
        return `le résolveur est injoignable${q}${at}`;
    }
  },
  says: {
    'spf-unchecked': (p) => `Impossible de vérifier le SPF de ${s(p.domain)}.`,
    'spf-missing': (p) =>
      `${s(p.domain)} ne publie aucun enregistrement SPF : les destinataires ne savent pas quels serveurs peuvent envoyer en son nom.`,
    'spf-multiple': (p) =>
      `${s(p.domain)} a plus d'un enregistrement SPF ; chaque contrôle SPF se termine alors en permerror (RFC 7208 §4.5).`,
    'spf-syntax': (p) =>
      `Erreur de syntaxe${p.where ? ` (dans ${s(p.where)})` : ''} : ${r('fr', p.problem)}. Les destinataires considèrent l'enregistrement comme défectueux (permerror).`,
    'spf-loop': (p) => `${s(p.domain)} s'inclut lui-même via ${s((p.path as string[] | undefined)?.join(' → '))}.`,
    'spf-include-no-spf': (p) =>
      `${s(p.domain)} est inclus mais n'a ${p.multiple ? 'pas un seul, mais plusieurs enregistrements SPF' : 'aucun enregistrement SPF'} : c'est une permerror.`,
    'spf-string-join': (p) =>
      `L'enregistrement${p.where ? ` (dans ${s(p.where)})` : ''} est découpé en chaînes jointes sans espace (RFC 7208 §3.3), ce qui casse un terme.`,
    'spf-string-too-long': (p) =>
      `Une chaîne de l'enregistrement${p.where ? ` (dans ${s(p.where)})` : ''} dépasse 255 caractères ; le DNS ne peut pas la transporter.`,
    'spf-answer-size': (p) =>
      `La réponse TXT pour ${s(p.domain)} fait environ ${n('fr', p.bytes)} octets ; au-delà de 512, certains destinataires ne la reçoivent pas en UDP.`,
    'spf-ptr': (p) =>
      `« ${s(p.term)} »${p.where ? ` (dans ${s(p.where)})` : ''} utilise ptr, lent et peu fiable ; la RFC 7208 §5.5 le déconseille.`,
    'spf-mx-too-many': (p) =>
      `« ${s(p.term)} » a ${n('fr', p.hosts)} serveurs de messagerie ; plus de 10 est une permerror.`,
    'spf-too-many-lookups': (p) =>
      `L'enregistrement demande ${n('fr', p.lookups)} requêtes DNS ; les destinataires s'arrêtent à ${n('fr', p.max)} et le SPF échoue (permerror).`,
    'spf-lookups-near-limit': (p) =>
      `L'enregistrement demande ${n('fr', p.lookups)} requêtes DNS sur ${n('fr', p.max)} au maximum ; un include de plus et il casse.`,
    'spf-void-lookups': (p) =>
      `${n('fr', p.count)} terme(s) pointent vers des noms sans adresse ; plus de ${n('fr', p.max)} est une permerror. Supprimez-les.`,
    'spf-all-pass': () => "« +all » permet à n'importe quel serveur au monde d'envoyer au nom de votre domaine.",
    'spf-all-neutral': () => '« ?all » ne dit rien des autres serveurs ; utilisez « ~all » ou « -all ».',
    'spf-no-all': () =>
      "L'enregistrement ne se termine pas par « -all » ou « ~all » : les autres serveurs ne sont pas signalés.",
    'spf-esp-include-unneeded': (p) =>
      `include:${s(p.include)} n'est pas nécessaire pour ${s(p.esp)} (qui envoie avec son propre domaine d'enveloppe) ; le retirer économise ${n('fr', p.saved)} requête(s).`,
    'spf-partly-unchecked': (p) =>
      `Une partie de l'arbre SPF n'a pas pu être lue (${n('fr', p.names)} nom(s)) ; le total de ${n('fr', p.lookups)} requêtes est peut-être trop bas.`,
    'spf-ok': (p) =>
      `Un enregistrement SPF valide, qui utilise ${n('fr', p.lookups)} requêtes DNS sur ${n('fr', p.max)}.`,
    'dkim-keys-found': (p) =>
      `Clé(s) DKIM trouvée(s) au sélecteur ${list('fr', p.selectors)}${p.esp ? ` (${s(p.esp)})` : ''}.`,
    'dkim-unchecked': (p) =>
      `Impossible de vérifier le sélecteur DKIM ${list('fr', p.selectors)} : rien ne peut être dit du DKIM tant qu'il ne répond pas.`,
    'dkim-incomplete': (p) =>
      `Le DKIM de ${s(p.esp)} est incomplet : ${list('fr', p.missing)} manque (trouvé : ${list('fr', p.present)}).`,
    'dkim-esp-incomplete': (p) =>
      `${s(p.esp)} a aussi besoin de ${list('fr', p.missing)} ; publiez-le pour que ${s(p.esp)} puisse signer en votre nom.`,
    'dkim-keys-unusable': () => 'Les clés DKIM trouvées sont inutilisables.',
    'dkim-esp-none': (p) => `Aucune clé DKIM de ${s(p.esp)} trouvée (sélecteurs ${list('fr', p.selectors)}).`,
    'dkim-esp-missing': (p) => `${s(p.esp)} ne signe avec votre domaine que si ses enregistrements DKIM sont publiés.`,
    'dkim-common-none': () => 'Aucune clé DKIM aux sélecteurs courants. Ajoutez votre sélecteur dans les options.',
    'dkim-unexpected-target': (p) =>
      `${s(p.selector)}._domainkey pointe vers ${s(p.found) || 'une clé TXT'}, et non vers ${s(p.target)} comme l'attend ${s(p.esp)}.`,
    'dkim-revoked': (p) => `La clé du sélecteur ${s(p.selector)} est révoquée (p= vide).`,
    'dkim-invalid': (p) =>
      `La clé du sélecteur ${s(p.selector)} est inutilisable : ${p.reason ? r('fr', p.reason) : `une clé RSA de ${n('fr', p.bits)} bits est sous le minimum de 1024`}.`,
    'dkim-weak': (p) =>
      `La clé du sélecteur ${s(p.selector)} est une RSA de ${n('fr', p.bits)} bits ; 2048 est recommandé.`,
    'dkim-testing': (p) => `La clé du sélecteur ${s(p.selector)} est en mode test (t=y).`,
    'dmarc-unchecked': (p) => `Impossible de vérifier le DMARC (${s(p.name)}).`,
    'dmarc-missing': (p) =>
      `Aucun enregistrement DMARC à ${s(p.name)} : les destinataires ne peuvent pas vérifier que SPF et DKIM correspondent à votre domaine d'expédition.`,
    'dmarc-multiple': (p) =>
      `${s(p.name)} a ${n('fr', p.count)} enregistrements DMARC ; les destinataires les ignorent alors tous (RFC 7489 §6.6.3).`,
    'dmarc-syntax': (p) => r('fr', p.problem),
    'dmarc-tag-warning': (p) => r('fr', p.problem),
    'dmarc-p-none': () =>
      "p=none ne fait que surveiller : le courrier en échec est quand même délivré et l'usurpation n'est pas arrêtée.",
    'dmarc-no-rua': () =>
      "Pas d'adresse rua= : vous ne recevez aucun rapport sur qui envoie du courrier au nom de votre domaine.",
    'dmarc-pct': (p) => `pct=${s(p.pct)} : la politique ne s'applique qu'à une partie du courrier en échec.`,
    'dmarc-testing': () =>
      't=y : les destinataires appliquent un niveau de politique inférieur pendant vos tests (RFC 9989).',
    'dmarc-report-unauthorised': (p) =>
      `Les rapports vers ${s(p.dest)} ne seront pas envoyés : ${s(p.dest)} ne publie pas d'enregistrement d'autorisation pour votre domaine (RFC 7489 §7.1).`,
    'dmarc-report-unchecked': (p) => `Impossible de vérifier si ${s(p.dest)} accepte vos rapports.`,
    'dmarc-invalid': (p) =>
      `L'enregistrement DMARC n'est pas valide${p.inheritedFrom ? ` (hérité de ${s(p.inheritedFrom)})` : ''} : ${r('fr', p.problem) || 'aucune politique'}.`,
    'dmarc-policy': (p) =>
      `Politique DMARC : ${({ none: 'surveillance seule (p=none)', quarantine: 'échecs vers les indésirables (p=quarantine)', reject: 'échecs refusés (p=reject)' } as Record<string, string>)[s(p.policy)] ?? s(p.policy)}${p.inheritedFrom ? ` (héritée de ${s(p.inheritedFrom)})` : ''}.`,
    'from-free-mail': (p) =>
      `${s(p.domain)} est un domaine de messagerie gratuite : son propriétaire publie une politique DMARC stricte, donc le courrier envoyé « de » ce domaine par un ESP échoue au DMARC. Envoyez depuis votre propre domaine.`,
    'alignment-choose-esp': () => 'Choisissez votre ESP pour voir par quelle voie le DMARC peut réussir.',
    'alignment-dmarc-unknown': () => "Le DMARC n'a pas pu être vérifié : on ne sait donc pas si le DMARC peut réussir.",
    'alignment-dkim-pass': (p) =>
      `Le DKIM aligné fait réussir le DMARC via ${s(p.esp)}${p.needsDmarc ? ', dès que vous publiez un enregistrement DMARC' : ''}.`,
    'alignment-open': () => "Impossible d'établir si le DMARC peut réussir.",
    'alignment-none': (p) =>
      `Aucune voie vers un DMARC réussi : ${s(p.esp)} a besoin de vos enregistrements DKIM pour signer au nom de votre domaine.`,
    'path-dkim': (p) => `${s(p.esp)} signe avec votre domaine grâce à ses enregistrements DKIM.`,
    'path-spf-never': (p) =>
      `${s(p.esp)} utilise son propre domaine d'enveloppe (${s(p.envelope)}) ; le SPF ne peut jamais s'aligner sur votre expéditeur.`,
    'path-spf-mailserver-domain': () =>
      "Le SPF ne s'aligne qu'avec un Mailserver Domain (un CNAME em-…) configuré dans ActiveCampaign ; son nom n'est pas connu ici.",
    'path-spf-branded': (p) => `${s(p.esp)} aligne le SPF via votre sous-domaine d'envoi personnalisé.`,
    'mx-unchecked': () => 'Impossible de vérifier le MX.',
    'mx-hosts-unchecked': (p) =>
      `Impossible de vérifier si le serveur de messagerie ${list('fr', p.hosts)} a une adresse.`,
    'mx-domain-missing': (p) => `${s(p.domain)} n'existe pas dans le DNS.`,
    'mx-null': (p) =>
      `${s(p.domain)} déclare n'accepter aucun courrier (MX nul, RFC 7505) ; les destinataires peuvent refuser son courrier et les réponses sont perdues.`,
    'mx-implicit': (p) =>
      `${s(p.domain)} n'a pas d'enregistrement MX ; les réponses vont à l'adresse du serveur web, qui accepte rarement du courrier.`,
    'mx-none': (p) =>
      `${s(p.domain)} n'a ni enregistrement MX ni adresse : réponses et rebonds ne vous parviennent pas.`,
    'mx-hosts-dead': (p) => `Aucun serveur de messagerie de ${s(p.domain)} n'a d'adresse.`,
    'mx-host-dead': (p) => `Le serveur de messagerie ${list('fr', p.hosts)} n'a pas d'adresse.`,
    'mx-ok': (p) =>
      `Le courrier pour ${s(p.domain)} va à ${s(p.host)}${Number(p.more) > 0 ? ` et ${n('fr', p.more)} autre(s)` : ''}.`,
    'bimi-unchecked': () => 'Impossible de vérifier le BIMI.',
    'bimi-none': () => "Pas d'enregistrement BIMI (facultatif : affiche votre logo dans certaines boîtes).",
    'bimi-needs-enforcement': () =>
      'Un enregistrement BIMI est publié, mais le BIMI exige un DMARC en quarantine ou reject.',
    'bimi-ok': () => 'Enregistrement BIMI publié, avec un DMARC appliqué.',
    'mta-sts-unchecked': () => 'Impossible de vérifier le MTA-STS.',
    'mta-sts-none': () => "Pas d'enregistrement MTA-STS (facultatif : protège le courrier qui vous est envoyé).",
    'mta-sts-syntax': () =>
      "L'enregistrement MTA-STS n'a pas d'id= valide (RFC 8461 §3.1 : 1 à 32 lettres et chiffres).",
    'mta-sts-ok': () => 'Enregistrement MTA-STS publié.',
    'tls-rpt-unchecked': () => 'Impossible de vérifier le TLS-RPT.',
    'tls-rpt-none': () => "Pas d'enregistrement TLS-RPT (facultatif : signale les problèmes TLS).",
    'tls-rpt-syntax': () => "L'enregistrement TLS-RPT n'a pas d'adresse rua= (RFC 8460 §3).",
    'tls-rpt-ok': () => 'Enregistrement TLS-RPT publié.',
    'dnssec-unchecked': () => 'Impossible de savoir si le domaine est signé avec DNSSEC.',
    'dnssec-ok': () => 'Signé avec DNSSEC, et le résolveur a validé les réponses.',
    'dnssec-unsigned': () => "Non validé par DNSSEC (facultatif ; le résolveur n'a pas mis le drapeau AD).",
    'blocklists-not-checkable': () =>
      'Listes de blocage : impossible à vérifier via ce résolveur (Spamhaus refuse les requêtes des résolveurs DNS publics).',
  },
  fixNote: {
    'dmarc-start': () =>
      'Commencez par surveiller ; lisez les rapports, puis passez à p=quarantine. Utilisez une boîte que vous lisez.',
    'dkim-esp': (p) => `La clé DKIM de ${s(p.esp)}, tenue à jour par ${s(p.esp)}.`,
    'spf-new': () =>
      "Autorise vos propres serveurs de messagerie ; ajoutez l'include de chaque service qui envoie en votre nom.",
    'spf-rebuilt': (p) =>
      `Un seul enregistrement avec tous les expéditeurs, terminé par ~all${list('fr', p.dropped) ? ` ; retiré : ${list('fr', p.dropped)}` : ''}.`,
    'spf-consolidate': (p) =>
      `Toujours ${n('fr', p.lookups)} requêtes : demandez aux fournisseurs de ${list('fr', p.includes)} un include aplati, ou regroupez-les en moins d'includes.`,
  },
};

/** The auth catalogue per language. */
export const AUTH_TEXTS: Record<Lang3, AuthTexts> = { en, nl, fr };

/** The auth catalogue of a language (unknown languages get English). */
export function authTexts(lang: string): AuthTexts {
  return AUTH_TEXTS[(lang in AUTH_TEXTS ? lang : 'en') as Lang3];
}

/** A finding or summary as a sentence; an id without words says its id rather than nothing. */
export function sayAuth(lang: string, note: AuthNote | AuthFinding): string {
  const say = authTexts(lang).says[note.id];
  return say ? say(note.params ?? {}) : note.id;
}

/** A DNS failure as words. */
export function sayProblem(lang: string, p: DnsProblem | undefined): string {
  return p ? authTexts(lang).problem(p) : '';
}

/** The language a `messages(lang)` catalogue is for, so components given `t` can say auth texts. */
export function langOfMessages(t: Messages): Lang3 {
  return ((LANGS as readonly string[]).find((l) => messages(l as Lang) === t) as Lang3 | undefined) ?? 'en';
}

/** Why a record or an input was refused, in a language (its id when it has no words). */
export function sayReason(lang: string, why: Reason | undefined): string {
  if (!why) return '';
  const say = authTexts(lang).reason[why.id];
  return say ? say(why.params ?? {}) : why.id;
}
