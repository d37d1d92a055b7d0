// Every rule, in the order the article works: authentication first (knowledge.md §1).
import { rule as authBroken } from './auth-broken';
import { rule as freeMailFrom } from './free-mail-from';
import { rule as bulkSenderRules } from './bulk-sender-rules';
import { rule as dkimKeyQuality } from './dkim-key-quality';
import { rule as dmarcNoneAtVolume } from './dmarc-none-at-volume';
import { rule as dnsInOrder } from './dns-in-order';
import { rule as dnsUnchecked } from './dns-unchecked';
import { rule as bounceRate } from './bounce-rate';
import { rule as bounceCategories } from './bounce-categories';
import { rule as complaintRate } from './complaint-rate';
import { rule as openRate } from './open-rate';
import { rule as clickRate } from './click-rate';
import { rule as unsubscribeRate } from './unsubscribe-rate';
import { rule as volumeSpike } from './volume-spike';
import { rule as reputationTrend } from './reputation-trend';
import type { Rule } from '../types';

export const RULES: readonly Rule[] = [
  authBroken,
  freeMailFrom,
  bulkSenderRules,
  dkimKeyQuality,
  dmarcNoneAtVolume,
  dnsInOrder,
  dnsUnchecked,
  bounceRate,
  bounceCategories,
  complaintRate,
  openRate,
  clickRate,
  unsubscribeRate,
  volumeSpike,
  reputationTrend,
];
