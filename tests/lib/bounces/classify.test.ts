// The classifier on a table of real-world replies (wordings as Gmail, Microsoft, Yahoo and
// others send them; addresses invented), and on ESP labels (knowledge.md §6).
import { describe, expect, it } from 'vitest';
import { classifyBounce, disagreementOf, espDisagreement } from '../../../lib/bounces/classify';

const TABLE: [string, { espType?: string; code?: string; reason?: string }, string, string][] = [
  [
    'Gmail unauthenticated',
    {
      reason:
        '550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.',
    },
    'blocked',
    'auth',
  ],
  [
    'Microsoft 5.7.515',
    {
      espType: 'soft',
      reason: '550 5.7.515 Access denied, sending domain example.be does not meet the required authentication level.',
    },
    'blocked',
    'auth',
  ],
  [
    'DMARC reject',
    { reason: "550 5.7.1 Unauthenticated email from example.be is not accepted due to domain's DMARC policy." },
    'blocked',
    'auth',
  ],
  [
    'Spamhaus',
    { reason: '554 5.7.1 Service unavailable; Client host [198.2.180.12] blocked using zen.spamhaus.org' },
    'blocked',
    'blocklist',
  ],
  [
    'Microsoft S3150',
    { reason: "550 5.7.1 Unfortunately, messages from [198.2.180.12] weren't sent. (S3150)" },
    'blocked',
    'blocklist',
  ],
  ['5.7.1 spam', { code: '5.7.1', reason: 'Message rejected as spam by Content Filtering.' }, 'blocked', 'reputation'],
  ['5.7.1 policy', { reason: '550 5.7.1 Delivery not authorized, message refused: policy' }, 'blocked', 'policy'],
  [
    'Yahoo TS03',
    { reason: '554 Message not allowed - [TS03] All messages from 198.2.180.12 will be permanently deferred' },
    'blocked',
    'reputation',
  ],
  // knowledge.md §6 rule 3 (revised): reputation deferrals, weighed with the blocks.
  [
    'Gmail 4.7.28',
    {
      reason:
        '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your DKIM domain. To protect our users from spam, mail sent from your domain has been temporarily rate limited.',
    },
    'deferred',
    'reputation',
  ],
  [
    'Gmail 4.7.28, code column only',
    { code: '4.7.28', reason: 'Our system has detected an unusual rate of unsolicited mail' },
    'deferred',
    'reputation',
  ],
  [
    'Yahoo TSS04',
    {
      reason:
        '421 4.7.0 [TSS04] Messages from 198.2.180.12 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    },
    'deferred',
    'reputation',
  ],
  [
    'Microsoft 4.7.650 (S775)',
    {
      reason:
        '451 4.7.650 The mail server [198.2.180.12] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S775)',
    },
    'deferred',
    'reputation',
  ],
  [
    'Microsoft 4.7.651 (S3114)',
    {
      espType: 'soft',
      reason:
        '451 4.7.651 The mail server [198.2.180.12] has been temporarily rate limited due to IP reputation. (S3114)',
    },
    'deferred',
    'reputation',
  ],
  [
    'Microsoft S775 without enhanced code',
    { code: '451', reason: 'Temporarily rate limited due to IP reputation (S775)' },
    'deferred',
    'reputation',
  ],
  [
    'Yahoo TSS05 stays temporary',
    { reason: '421 4.7.0 [TSS05] Messages from 198.2.180.12 temporarily deferred; please try again later' },
    'deferred',
    'rate-limit',
  ],
  ['plain rate limit', { reason: '421 4.7.0 Rate limit exceeded, try again in 5 minutes' }, 'deferred', 'rate-limit'],
  [
    '450 4.2.1',
    { reason: '450 4.2.1 The user you are trying to contact is receiving mail too quickly.' },
    'deferred',
    'try-later',
  ],
  ['greylisting', { reason: '451 Greylisted, please try again later' }, 'deferred', 'try-later'],
  [
    'mailbox full 4.2.2',
    { espType: 'soft', reason: '452 4.2.2 <k.wouters@telenet.be>: Mailbox full' },
    'soft',
    'mailbox-full',
  ],
  [
    'over quota 5.2.2',
    { reason: '552 5.2.2 The email account that you tried to reach is over quota.' },
    'soft',
    'mailbox-full',
  ],
  ['too large', { reason: '552 5.3.4 Message size exceeds fixed maximum message size' }, 'soft', 'message-too-large'],
  ['other 4xx', { reason: '451 4.3.0 Temporary server error. Please try again later' }, 'deferred', 'try-later'],
  [
    '4xx plain',
    { code: '421', reason: 'Service not available, closing transmission channel' },
    'deferred',
    'temporary',
  ],
  [
    'Gmail NoSuchUser',
    { reason: '550-5.1.1 The email account that you tried to reach does not exist.' },
    'hard',
    'user-unknown',
  ],
  [
    'Microsoft RecipientNotFound',
    { reason: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' },
    'hard',
    'user-unknown',
  ],
  [
    'Outlook mailbox unavailable',
    { reason: '550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302)' },
    'hard',
    'user-unknown',
  ],
  [
    'Postfix unknown',
    {
      reason: '550 5.1.1 <sales@oudeklant-bvba.be>: Recipient address rejected: User unknown in virtual mailbox table',
    },
    'hard',
    'user-unknown',
  ],
  [
    'no such domain',
    { reason: '550 5.1.2 <jan@gmial.com>: Host or domain name not found. Name service error for name=gmial.com' },
    'hard',
    'domain',
  ],
  ['unrouteable', { reason: '550 5.4.4 Unrouteable address' }, 'hard', 'domain'],
  ['disabled', { reason: '550 5.2.1 The email account that you tried to reach is disabled.' }, 'hard', 'disabled'],
  ['ActiveCampaign code only', { code: '5.1.1', reason: 'Bad destination mailbox address' }, 'hard', 'user-unknown'],
  ['auto-reply', { reason: 'Automatic reply: Out of Office until 3 March' }, 'other', 'auto-reply'],
  [
    'challenge',
    { reason: 'Please confirm your message by clicking the link (challenge-response)' },
    'other',
    'challenge',
  ],
  ['CM no address', { reason: 'Bounce - But No Email Address Returned' }, 'other', 'no-address'],
  ['CM mailbox full', { espType: 'soft', reason: 'Soft Bounce - Mailbox Full' }, 'soft', 'mailbox-full'],
  ['CM mail block', { reason: 'Mail Block - Spam Detected' }, 'blocked', 'reputation'],
  ['CM auth block', { reason: 'Mail Block - Authentication Required' }, 'blocked', 'auth'],
  ['CM soft general', { espType: 'soft', reason: 'Soft Bounce - General' }, 'soft', 'general'],
  ['ESP hard, nothing else', { espType: 'hard' }, 'hard', 'unspecified'],
  ['nothing at all', {}, 'other', 'unparseable'],
  ['garbage', { reason: '<script>alert(1)</script>' }, 'other', 'unparseable'],
];

describe('classifyBounce', () => {
  it.each(TABLE)('%s', (_name, input, category, subReason) =>
    expect(classifyBounce(input)).toEqual({ category, subReason }),
  );
});

describe('espDisagreement', () => {
  it('flags a block the ESP calls soft', () => {
    expect(
      espDisagreement(
        'soft',
        classifyBounce({
          reason:
            '550 5.7.515 Access denied, sending domain example.be does not meet the required authentication level.',
        }),
      ),
    ).toBe('the ESP says soft, the reply says blocked (auth)');
    expect(espDisagreement('soft', { category: 'soft', subReason: 'mailbox-full' })).toBeUndefined();
    expect(espDisagreement('hard', { category: 'deferred', subReason: 'rate-limit' })).toBe(
      'the ESP says hard, the reply says temporary (rate-limit)',
    );
    expect(disagreementOf('soft', { category: 'hard', subReason: 'user-unknown' })).toEqual({
      esp: 'soft',
      reply: 'dead',
      subReason: 'user-unknown',
    });
    expect(espDisagreement('soft', { category: 'hard', subReason: 'user-unknown' }, 'nl')).toBe(
      'de mailingtool zegt zacht, het antwoord zegt dat het adres niet bestaat (user-unknown)',
    );
  });
});
