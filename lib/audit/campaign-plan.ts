// The restart plan from a campaign's own numbers (issue 13 item 11, knowledge.md §8): the list
// minus the bounced and complaining addresses; those who clicked (or opened, where the ESP
// excludes Apple's privacy opens, knowledge.md §2) count as recently active, the rest are of
// unknown engagement and join in the older groups' steps.
import type { CampaignReport } from '../esp/types';
import type { MailboxProvider } from '../hygiene/mailbox-provider';
import { buildRestartPlan, type RestartPlan } from './plan';

/** The plan for the next sends after this campaign, or undefined without a recipient count. */
export function planFromCampaign(
  report: CampaignReport,
  options: { bounced?: number; complaints?: number; providers?: Partial<Record<MailboxProvider, number>> } = {},
): RestartPlan | undefined {
  if (!report.recipients) return undefined;
  const bounced = options.bounced ?? report.bounces?.total ?? 0;
  const complaints = options.complaints ?? report.complaints?.count ?? 0;
  const list = Math.max(0, report.recipients - bounced - complaints);
  const opens = report.mppExcluded ? (report.opens?.unique ?? 0) : 0;
  const active = Math.min(list, Math.max(report.clicks?.unique ?? 0, opens));
  return buildRestartPlan({
    segments: { 'customers-30': active, undated: list - active },
    ...(options.providers ? { providers: options.providers } : {}),
    removed: bounced + complaints,
  });
}
