// English texts of lib/i18n/message-findings.ts, which holds their type, shared helpers and accessor.
import { formatCount, plural } from '../index';
import { authservName, s, type MessageFindingTexts } from '../message-findings';

export const messageFindings: MessageFindingTexts = {
  finding: {
    'not-a-message': () =>
      'This does not look like a message source: no header fields were found. Paste the whole original, headers included.',
    'malformed-lines': (p, lang) =>
      plural(Number(p.count), lang, {
        one: '1 line in the header block is not a header field; it was skipped.',
        other: `${formatCount(Number(p.count), lang)} lines in the header block are not header fields; they were skipped.`,
      }),
    'preface-skipped': () =>
      'The text above the message source (such as Gmail\u2019s summary of the original) was skipped.',
    'from-missing': () => 'The message has no From address: DMARC cannot be evaluated.',
    'from-multiple': (p) => `The message has ${s(p, 'count')} From addresses: receivers may reject it.`,
    'too-large': (p, lang) =>
      `The message is ${formatCount(Number(p.mb), lang)} MB, more than the ${formatCount(Number(p.limit), lang)} MB this check verifies: the signatures were not verified.`,
    'dkim-none': () => 'The message has no DKIM signature: Gmail, Yahoo and Microsoft require one from bulk senders.',
    'dkim-aligned-pass': (p) =>
      `DKIM is in order: the signature of ${s(p, 'domain')} (selector ${s(p, 'selector')}) verified and matches the From domain.`,
    'dkim-no-aligned-pass': (p) => `DKIM: no signature of ${s(p, 'from')} verified, so DMARC cannot pass through DKIM.`,
    'dkim-only-esp': (p) =>
      `DKIM: only ${s(p, 'domains')} signed verifiably, not your domain ${s(p, 'from')}: publish the DKIM records your ESP gives you.`,
    'dkim-l-tag': (p, lang) =>
      `The signature of ${s(p, 'domain')} uses l= (${formatCount(Number(p.l), lang)} bytes): anything added below that part is not covered by the signature.`,
    'dkim-testing': (p) =>
      `The key of ${s(p, 'domain')} (selector ${s(p, 'selector')}) is in testing mode (t=y): receivers may treat the mail as unsigned.`,
    'dkim-key-1024': (p) =>
      `The key of ${s(p, 'domain')} (selector ${s(p, 'selector')}) is ${s(p, 'bits')}-bit RSA: still accepted, but 2048 is the norm.`,
    'dkim-unchecked': (p) =>
      `The signature of ${s(p, 'domain')} (selector ${s(p, 'selector')}) could not be checked (see the signature below).`,
    'dmarc-pass': (p) =>
      `DMARC passes for ${s(p, 'domain')} through ${p.via === 'spf' ? 'SPF' : 'DKIM'} of ${s(p, 'viaDomain')} (policy p=${s(p, 'policy')}).`,
    'dmarc-fail': (p) =>
      `DMARC fails for ${s(p, 'domain')} (policy p=${s(p, 'policy')}): no aligned DKIM signature verified and the receiver showed no aligned SPF pass.`,
    'dmarc-none': (p) => `${s(p, 'domain')} publishes no DMARC record: Gmail and Yahoo require one from bulk senders.`,
    'dmarc-temperror': (p) => `DMARC for ${s(p, 'domain')} could not be checked: a DNS question got no answer.`,
    'dmarc-permerror': (p) =>
      `DMARC for ${s(p, 'domain')} cannot be evaluated: the record is invalid or published twice, or the message has several From domains.`,
    'unsubscribe-missing': () =>
      'Gmail and Yahoo will not show an unsubscribe button: the message has no List-Unsubscribe header.',
    'unsubscribe-no-https': () =>
      'Gmail will not show an unsubscribe button: List-Unsubscribe has no https: link (mailto: alone does not count).',
    'unsubscribe-no-post': () => 'Gmail will not show an unsubscribe button: List-Unsubscribe-Post is missing.',
    'unsubscribe-post-invalid': (p) =>
      `Gmail will not show an unsubscribe button: List-Unsubscribe-Post says “${s(p, 'value')}” instead of List-Unsubscribe=One-Click.`,
    'unsubscribe-not-signed': (p) =>
      `Gmail will not show an unsubscribe button: ${p.which === 'post' ? 'List-Unsubscribe-Post is' : p.which === 'list' ? 'List-Unsubscribe is' : 'List-Unsubscribe and List-Unsubscribe-Post are'} not signed`,
    'unsubscribe-unverified': (p) =>
      `Gmail will not show an unsubscribe button: the signature of ${s(p, 'domain')} that covers the unsubscribe headers did not verify`,
    'unsubscribe-unchecked': (p) =>
      `Whether Gmail shows an unsubscribe button could not be checked: the key of ${s(p, 'domain')}, whose signature covers the unsubscribe headers, could not be fetched.`,
    'unsubscribe-ok': () => 'One-click unsubscribe is in order: an https: link, List-Unsubscribe-Post, both signed.',
    'receiver-disagrees-dkim': (p) =>
      `${authservName(s(p, 'authserv'), 'A receiver')} said dkim=${s(p, 'theirs')} for ${s(p, 'domain')}, our check says ${s(p, 'ours')}: the copy may have changed after it arrived (forwarding, copying), or the key changed since.`,
    'receiver-disagrees-dmarc': (p) =>
      `${authservName(s(p, 'authserv'), 'A receiver')} said dmarc=${s(p, 'theirs')}, our check says ${s(p, 'ours')}.`,
    'receiver-none': () => 'No Authentication-Results: this copy does not show what the receiving server concluded.',
    'arc-present': (p, lang) =>
      `ARC headers from ${s(p, 'sealers')} (${plural(Number(p.count), lang, { one: '1 set', other: `${formatCount(Number(p.count), lang)} sets` })}): they record what each receiver or forwarder saw; listed here, not verified.`,
    'internal-error': (p) => `The check stopped on an unexpected problem (${s(p, 'detail')}); nothing was concluded.`,
  },
  verdict: {
    title: 'Received copy',
    checkedOn: (date) => `Checked on ${date}:`,
    none: 'No problem in the received copy.',
  },
};
