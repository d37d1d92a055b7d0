// Where each number of the audit and the plan comes from (knowledge.md §1, §7, §8). The words
// (names, titles) live in lib/i18n/audit.ts; here only ids and the public addresses.

export type SourceId =
  | 'article'
  | 'sparkpost-warmup'
  | 'delivra'
  | 'google-senders'
  | 'yahoo-senders'
  | 'mailchimp-reconfirm'
  | 'sunset-policy'
  | 'mailchimp-import'
  | 'activecampaign-import'
  | 'campaign-monitor-import';

export const SOURCE_URLS: Record<SourceId, string> = {
  article: 'knowledge.md §1',
  'sparkpost-warmup': 'https://support.sparkpost.com/docs/deliverability/ip-warm-up-overview',
  delivra: 'https://www.delivra.com/blog/email-warm-up',
  'google-senders': 'https://support.google.com/a/answer/81126',
  'yahoo-senders': 'https://senders.yahooinc.com/best-practices/',
  'mailchimp-reconfirm': 'https://mailchimp.com/help/about-reconfirmation-campaigns/',
  'sunset-policy': 'knowledge.md §8',
  'mailchimp-import': 'https://mailchimp.com/help/format-guidelines-for-your-import-file/',
  'activecampaign-import': 'https://help.activecampaign.com/hc/en-us/articles/360000030559',
  'campaign-monitor-import': 'https://help.campaignmonitor.com/s/article/import-subscribers',
};
