// Bounce triage (knowledge.md §6): SMTP reply, enhanced code (RFC 3463) and reason text →
// hard | soft | blocked | deferred | other, with a sub-reason. The first matching rule wins.
//
// One deliberate change of order: §6 lists "any 4xx" under deferred before "mailbox full" under
// soft, which read literally makes "452 4.2.2 Mailbox full" deferred, against §1's own table
// (soft = mailbox full) and §6's naming of 4.2.2 as soft. So the specific deferral signals come
// first, then mailbox full, then the remaining 4xx.

import type { Lang } from '../i18n';
import { disagreementTexts } from '../i18n/bounce-disagreement';

export type BounceCategory = 'hard' | 'soft' | 'blocked' | 'deferred' | 'other';
export interface Classified {
  category: BounceCategory;
  subReason: string;
}

interface Rule {
  category: BounceCategory;
  subReason: string;
  codes?: RegExp; // enhanced status code, e.g. /^5\.1\.1$/
  text?: RegExp; // reply or reason text
  when?: (code: string | undefined, text: string) => boolean;
}

const RULES: Rule[] = [
  // 1. blocked, authentication
  { category: 'blocked', subReason: 'auth', codes: /^5\.7\.(26|27|30|515)$/ },
  {
    category: 'blocked',
    subReason: 'auth',
    text: /unauthenticated|\bdmarc\b|\bspf\b.{0,20}(fail|check|align)|\bdkim\b.{0,20}(fail|signature)|authentication (required|level)|does not meet the required authentication/i,
  },
  // 2. blocked, reputation or policy
  {
    category: 'blocked',
    subReason: 'blocklist',
    text: /spamhaus|\brbl\b|block ?list|black ?list|barracuda|spamcop|\bS3150\b|blocked using/i,
  },
  { category: 'blocked', subReason: 'reputation', codes: /^5\.7\.1$/, text: /spam|unsolicited|reputation/i },
  { category: 'blocked', subReason: 'policy', codes: /^5\.7\.1$/, text: /policy|refused|not allowed|denied/i },
  { category: 'blocked', subReason: 'reputation', text: /\bTS03\b|permanently deferred|message refused|mail block/i },
  // 3. deferred, reputation (knowledge.md §6 rule 3, revised): a temporary refusal that names the
  // sender's mail as unwanted — Gmail 4.7.28, Yahoo TSS04, Microsoft 4.7.650/651 (S775/S3114).
  // Weighed with the blocks, never "retry later".
  { category: 'deferred', subReason: 'reputation', codes: /^4\.7\.(28|650|651)$/ },
  {
    category: 'deferred',
    subReason: 'reputation',
    text: /\bTSS04\b|\bS775\b|\bS3114\b|unusual rate of unsolicited|due to (ip |domain )?reputation|user complaints/i,
    when: (c, t) => !/^5/.test(c ?? '') && !/^5\d\d\b/.test(t),
  },
  // 4. deferred, temporary: other rate limits and Yahoo TSS05.
  {
    category: 'deferred',
    subReason: 'rate-limit',
    text: /rate.?limit|\bTSS05\b|unusual rate|too many (messages|connections)|temporarily deferred/i,
  },
  { category: 'deferred', subReason: 'try-later', codes: /^4\.2\.1$/ },
  { category: 'deferred', subReason: 'try-later', text: /try again later|greylist/i },
  // 5. soft, mailbox full or message too large
  { category: 'soft', subReason: 'mailbox-full', codes: /^[45]\.2\.2$/ },
  {
    category: 'soft',
    subReason: 'mailbox-full',
    text: /over quota|quota exceeded|mailbox (is )?full|insufficient storage/i,
  },
  { category: 'soft', subReason: 'message-too-large', codes: /^[45]\.3\.4$/ },
  // 4 (continued). deferred, any other temporary failure
  { category: 'deferred', subReason: 'temporary', codes: /^4\./ },
  { category: 'deferred', subReason: 'temporary', when: (_c, t) => /^4\d\d\b/.test(t) },
  // 6. hard
  { category: 'hard', subReason: 'user-unknown', codes: /^5\.(1\.1|1\.10|0\.0)$/ },
  {
    category: 'hard',
    subReason: 'user-unknown',
    text: /user unknown|unknown user|does not exist|no such (user|mailbox|recipient)|RecipientNotFound|mailbox unavailable|recipient address rejected|invalid recipient/i,
  },
  { category: 'hard', subReason: 'domain', codes: /^5\.(1\.2|4\.4)$/ },
  {
    category: 'hard',
    subReason: 'domain',
    text: /host (or domain name )?not found|domain (name )?not found|no mx|unrouteable|unroutable|name service error/i,
  },
  { category: 'hard', subReason: 'disabled', codes: /^5\.2\.1$/ },
  {
    category: 'hard',
    subReason: 'disabled',
    text: /account (is )?disabled|account (has been )?(suspended|closed)|is disabled/i,
  },
  // 7. other
  { category: 'other', subReason: 'auto-reply', text: /out of (the )?office|auto.?reply|automatic reply|afwezig/i },
  { category: 'other', subReason: 'challenge', text: /challenge.?response|please confirm|verify you are human/i },
  { category: 'other', subReason: 'no-address', text: /no email address returned/i },
  // The ESP's own words when nothing more specific is said (Campaign Monitor "Soft Bounce - General").
  { category: 'soft', subReason: 'general', text: /^soft bounce/i },
  { category: 'hard', subReason: 'general', text: /^hard bounce/i },
];

/** Counts with the blocks when judging reputation (knowledge.md §6 rule 3). */
export function isReputationSignal(c: Classified): boolean {
  return (
    (c.category === 'blocked' && c.subReason !== 'auth') || (c.category === 'deferred' && c.subReason === 'reputation')
  );
}

/** The RFC 3463 enhanced code in a code or reply ("550-5.1.1 …" → "5.1.1"). */
export function enhancedCode(text: string | undefined): string | undefined {
  return text ? /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(text)?.[1] : undefined;
}

/** Classifies a bounce from the ESP's type, the code and the reason text. */
export function classifyBounce(input: { espType?: string; code?: string; reason?: string }): Classified {
  const text = `${input.reason ?? ''}`.trim();
  const code = enhancedCode(input.code) ?? enhancedCode(text);
  const basic = /^[245]\d\d$/.test(input.code ?? '') ? input.code! : undefined;
  const probe = basic && !/^[245]\d\d\b/.test(text) ? `${basic} ${text}` : text;
  for (const r of RULES) {
    if (r.codes && !(code && r.codes.test(code))) continue;
    if (r.text && !r.text.test(probe)) continue;
    if (r.when && !r.when(code, probe)) continue;
    return { category: r.category, subReason: r.subReason };
  }
  // Nothing said but the ESP's own label.
  if (input.espType === 'hard') return { category: 'hard', subReason: 'unspecified' };
  if (input.espType === 'soft') return { category: 'soft', subReason: 'unspecified' };
  if (input.espType === 'syntax') return { category: 'hard', subReason: 'syntax' };
  return { category: 'other', subReason: 'unparseable' };
}

/** A disagreement between the ESP's label and the reply, as data (issue 11: words live in lib/i18n). */
export type Disagreement =
  | { esp: 'soft'; reply: 'blocked' | 'dead'; subReason: string }
  | { esp: 'hard'; reply: 'temporary'; subReason: string };

/**
 * Where the ESP's label and the triage disagree (knowledge.md §6: "Mailchimp files many
 * policy/DMARC blocks as soft"): worth showing, since a block is not a full mailbox.
 */
export function disagreementOf(espType: string | undefined, c: Classified): Disagreement | undefined {
  if (espType === 'soft' && c.category === 'blocked') return { esp: 'soft', reply: 'blocked', subReason: c.subReason };
  if (espType === 'soft' && c.category === 'hard') return { esp: 'soft', reply: 'dead', subReason: c.subReason };
  if (espType === 'hard' && (c.category === 'deferred' || c.category === 'soft'))
    return { esp: 'hard', reply: 'temporary', subReason: c.subReason };
  return undefined;
}

/** The disagreement in words, in `lang` (the export passes the file's; default English). */
export function espDisagreement(espType: string | undefined, c: Classified, lang: Lang = 'en'): string | undefined {
  const d = disagreementOf(espType, c);
  return d && disagreementTexts[lang][d.reply](d.subReason);
}
