// English texts of lib/i18n/auth.ts, which holds their type, shared helpers and accessor.
import { list, n, r, s, type AuthTexts } from '../auth';

export const auth: AuthTexts = {
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
    'check-failed': (p) => `the check stopped on an unexpected error (${s(p.detail)})`,
    'check-refused': () => 'this page may not ask the extension for checks',
    'check-bad-request': () => 'the extension did not understand the request',
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
