// English texts of lib/i18n/message.ts, which holds their type, shared helpers and accessor.
import { formatCount, formatDate } from '../index';
import { MESSAGE_PAGE_TITLE } from '../message-title';
import { authservName } from '../message-findings';
import { messageFindings } from './message-findings';
import { dns, s, type MessageTexts } from '../message';

export const message: MessageTexts = {
  page: {
    title: MESSAGE_PAGE_TITLE.en,
    intro:
      'Paste the source of a newsletter as it arrived, or drop an .eml file. The signatures are verified here, in your browser; only the DNS questions for the keys and the DMARC record go out.',
    howTo: 'Gmail: ⋮ → Show original → Copy to clipboard. Outlook: … → View → View message source.',
    pasteLabel: 'Message source',
    drop: 'Drop an .eml file here',
    chooseFile: 'Choose an .eml file',
    check: 'Check',
    checking: 'Checking…',
    privacy: 'Nothing is uploaded.',
    empty: 'Paste a message source first.',
    unreadableFile: (name) => `The file ${name} could not be read.`,
    subject: (subject) => `Subject: ${subject}`,
    from: (address) => `From: ${address}`,
    summary: 'What the inbox will make of it',
    signatures: 'DKIM signatures',
    receivers: 'What the receivers wrote',
    arcTitle: 'Forwarding (ARC)',
    why: 'why?',
    more: 'More on the explanation page',
    noSignatures: 'No DKIM-Signature header.',
    saved: 'The verdict is kept for this From domain and shown in the panel on its campaign reports.',
  },
  result: {
    pass: 'verified',
    fail: 'does not verify',
    neutral: 'neutral',
    temperror: 'could not be checked',
    permerror: 'cannot be verified',
  },
  dmarcResult: {
    pass: 'pass',
    fail: 'fail',
    none: 'no record',
    temperror: 'could not be checked',
    permerror: 'unusable record',
  },
  reason: {
    'body-hash-mismatch': () => 'the body was changed after signing (body hash did not verify)',
    'signature-mismatch': () =>
      'a signed header was changed after signing, or the key does not belong to this signature',
    'signature-syntax': () => 'the signature header is malformed',
    'missing-tags': (p) => `required tags are missing: ${s(p, 'tags')}`,
    'unsupported-version': (p) => `version v=${s(p, 'version')} is not 1`,
    'unknown-algorithm': (p) => `unknown algorithm a=${s(p, 'algorithm')}`,
    'algorithm-rsa-sha1': () => 'rsa-sha1 is no longer accepted (RFC 8301)',
    'unknown-canonicalization': (p) => `unknown canonicalisation c=${s(p, 'c')}`,
    'unknown-query-method': (p) => `unknown query method q=${s(p, 'q')}`,
    'invalid-tag': (p) => `the ${s(p, 'tag')}= tag is invalid`,
    'from-not-signed': () => 'the From header is not signed (h= must list it)',
    'identity-mismatch': () => 'i= is not the d= domain or a subdomain of it',
    'signature-expired': (p, lang) => `the signature expired on ${formatDate(s(p, 'date'), lang, true)} (x=)`,
    'body-shorter-than-l': (p) => `the body is shorter than l=${s(p, 'l')}`,
    'key-not-found': (p) => `no key is published at ${s(p, 'name')}`,
    'key-revoked': () => 'the key was revoked (empty p=)',
    'key-syntax': () => 'the published key record is malformed',
    'key-type-mismatch': (p) => `the key is k=${s(p, 'k')}, the signature ${s(p, 'a')}`,
    'key-hash-mismatch': () => 'the key does not allow sha256 (h=)',
    'key-service-mismatch': () => 'the key is not meant for email (s=)',
    'key-strict-identity': () => 'the key requires i= to be exactly the d= domain (t=s)',
    'key-too-small': (p) => `the key is ${s(p, 'bits')}-bit, below the 1024-bit minimum (RFC 8301)`,
    'key-import-failed': () => 'the published key cannot be read as a key of that type',
    'algorithm-unsupported': (p) =>
      `this browser cannot verify ${s(p, 'algorithm')}; the command line or a newer browser can`,
    'dns-error': (p) => `the DNS question for ${s(p, 'name')} got no answer (${dns('en', p, 'error')})`,
    'message-too-large': (p, lang) =>
      `the message is too large to verify here (${formatCount(Math.round(Number(p.bytes) / 2 ** 20), lang)} MB)`,
    'too-many-signatures': (p) => `more than ${s(p, 'max')} signatures; this one was not checked`,
  },
  finding: messageFindings.finding,
  dkimLine: (sig, lang) => {
    const head = `DKIM signature of ${sig.domain || '?'} (selector ${sig.selector || '?'}, ${sig.algorithm || '?'}): ${message.result[sig.result]}`;
    return sig.reason ? `${head} — ${message.reason[sig.reason](sig.reasonParams ?? {}, lang)}` : head;
  },
  receiverLine: (ar) =>
    `${authservName(ar.authserv, 'A receiver without a name (Microsoft writes none)')}: ${[ar.spf && `SPF ${ar.spf}${ar.spfDomain ? ` (${ar.spfDomain})` : ''}`, ar.dkim && `DKIM ${ar.dkim}`, ar.dmarc && `DMARC ${ar.dmarc}`].filter(Boolean).join(', ') || 'no results'}`,
  arcLine: (a) =>
    `Hop ${a.instance}: sealed by ${a.sealer ?? '?'}${a.cv ? ` (chain so far: ${a.cv})` : ''}${a.authserv ? `, which saw ${a.authserv}` : ''}`,
  why: {
    dkim: 'The ESP signs each mail with a key published under a domain (d=). The receiver fetches that key and checks that the headers listed in h= and the body are exactly as signed. Only a signature of your own domain counts for DMARC.',
    dmarc:
      'DMARC passes when DKIM of your From domain verifies, or SPF passes for a Return-Path on your domain. Through most ESPs only DKIM can give that.',
    unsubscribe:
      'Gmail and Yahoo show their unsubscribe button for bulk mail only with an https: List-Unsubscribe link, a List-Unsubscribe-Post: List-Unsubscribe=One-Click header, and both headers covered by a DKIM signature that verifies (RFC 8058). Without the button, annoyed readers press "Report spam" instead.',
    receivers:
      'Each receiving server writes what it concluded in Authentication-Results. It judged the message as it arrived; our check judges this copy with the keys published today. A difference points at a copy changed on the way (forwarding, a mailing list, copying) or a key changed since.',
    arc: 'ARC lets a forwarder (a mailing list, a forwarding address) record what it saw before it changed the message, so the final receiver can still trust the original authentication.',
    'l-tag':
      'With l= only the first part of the body is signed: anyone who forwards the message can add content below it without breaking the signature. ESPs rarely need it.',
    key: 'RSA keys below 1024 bits are refused (RFC 8301); 2048 bits is the norm. A key with t=y says the domain is still testing DKIM.',
    source:
      'The check reads the message source: all header fields and the body exactly as they arrived. A forwarded or re-typed copy is not the same message.',
  },
  verdict: messageFindings.verdict,
  cli: {
    usage: 'Usage: deliverability-lens message <file.eml> [--resolver URL] [--lang en|nl|fr] [--json]',
    unreadable: (file, error) => `Could not read ${file}: ${error}`,
    heading: (file) => `Received copy ${file}`,
    signatures: 'DKIM signatures:',
    receivers: 'Authentication-Results:',
    findings: 'Findings:',
  },
};
