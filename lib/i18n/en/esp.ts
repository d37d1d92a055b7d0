// English texts of lib/i18n/esp.ts, which holds their type, shared helpers and accessor.
import { make } from '../esp';

const FIG_EN: Record<string, string> = {
  recipients: 'recipients',
  delivered: 'deliveries',
  campaignName: 'campaign name',
  subject: 'subject',
  sentAt: 'send time',
  senderEmail: 'From address',
  senderName: 'From name',
  senderDomainHint: 'sender domain',
  mppExcluded: 'Apple privacy note',
  'opens.unique': 'unique opens',
  'opens.total': 'total opens',
  'opens.rate': 'open rate',
  'clicks.unique': 'unique clicks',
  'clicks.total': 'total clicks',
  'clicks.rate': 'click rate',
  'clicks.toOpenRate': 'click-to-open rate',
  'bounces.total': 'bounces',
  'bounces.hard': 'hard bounces',
  'bounces.soft': 'soft bounces',
  'bounces.rate': 'bounce rate',
  'bounces.hard+soft': 'hard plus soft bounces',
  'delivered+bounces': 'deliveries plus bounces',
  'unsubscribes.count': 'unsubscribes',
  'unsubscribes.rate': 'unsubscribe rate',
  'complaints.count': 'spam complaints',
  'complaints.rate': 'complaint rate',
  'bounce list': 'bounce list',
};

export const esp = make(
  'en',
  FIG_EN,
  {
    missing: (f) => `Could not read on this page: ${f}.`,
    refused: (f, text) => `The value shown for ${f}, “${text}”, is not a count: it is left out.`,
    mismatch: (f, shown, count, of) => `The ${f} shown, ${shown}, does not match ${count} of ${of}: it is left out.`,
    exceeds: (f, value, limit, max) =>
      `More ${f} (${value}) than ${limit} (${max}) cannot be right: the ${f} are left out.`,
    truncated: (f, length) => `The ${f} is ${length} characters long and is shown shortened.`,
    impossible: (f) => `The ${f} read as an impossible value: it is left out.`,
    failed: (p) => `The ${p} reader failed on this page.`,
  },
  {
    tabs: {
      overview: 'Overview',
      sent: 'Sent list',
      opens: 'Opens tab',
      clicks: 'Clicks tab',
      bounces: 'Bounces tab',
      unsubscribes: 'Unsubscribes tab',
      abuse: 'Abuse reports',
      api: "the account's own data",
    },
    source: (tab, age, figures) => `${tab}, read ${age}: ${figures}`,
    sourcesTitle: 'Where the figures come from',
    justNow: 'just now',
    addOrigin: 'My ActiveCampaign or Campaign Monitor account is on my own address',
    unsettled:
      'Still changing: these figures were still moving when reading stopped. They are not saved in the history; reload when the page has finished.',
  },
);
