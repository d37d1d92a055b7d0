// knowledge.md §2 and §3 (revised): open rate against the 22.71 % benchmark and the account's
// own recent campaigns. Gmail: "low open rates aren't necessarily an accurate indicator of
// deliverability" — low opens are a supporting signal only, so they point at the spam folder
// only when clicks, bounces or complaints agree; alone they are a note.
import { formatPercent } from '../../i18n';
import { bounceRateOf, clickRateOf, complaintRateOf, openRateOf } from '../rates';
import { bounceBand } from '../thresholds';
import { median as medianOf, priorCampaigns } from '../history';
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'open-rate',
  run({ report, history, t, lang, thresholds, page }) {
    if (page !== 'overview') return undefined;
    const rate = openRateOf(report);
    if (rate === undefined) return undefined;
    const median = medianOf(
      priorCampaigns(report, history)
        .slice(-5)
        .map(openRateOf)
        .filter((x): x is number => x !== undefined),
    );
    const low = rate < thresholds.openBenchmark / 2 || (median !== undefined && rate < median * 0.6);
    const click = clickRateOf(report);
    const bounce = bounceRateOf(report);
    const complaints = complaintRateOf(report);
    // The signals that can confirm the spam folder (§3: never opens alone).
    const agree = [
      click !== undefined && click < thresholds.clickBenchmark / 3
        ? t.rules.agree.clicks(formatPercent(click, lang))
        : undefined,
      bounce !== undefined && ['alarm', 'bad', 'disaster'].includes(bounceBand(bounce, thresholds))
        ? t.rules.agree.bounces(formatPercent(bounce, lang))
        : undefined,
      complaints !== undefined && complaints >= thresholds.complaintWarn
        ? t.rules.agree.complaints(formatPercent(complaints, lang, 2))
        : undefined,
    ].filter((x): x is string => x !== undefined);
    const shown = formatPercent(rate, lang);
    const evidence =
      t.finding.openEvidence(shown, formatPercent(thresholds.openBenchmark, lang)) +
      (median !== undefined ? t.rules.openHistory(shown, formatPercent(median, lang)) : '') +
      (low ? ` ${agree.length ? t.rules.openLowAgreed(agree.join(', ')) : t.rules.openLowAlone}` : '');
    if (low && agree.length)
      return {
        category: 'engagement',
        severity: 'warning',
        evidence,
        advice: t.finding.openAdviceLow,
        headline: t.headline.engagementLow(shown, agree.join(', ')),
      };
    return {
      category: 'engagement',
      severity: low || rate < thresholds.openBenchmark ? 'info' : 'ok',
      evidence,
      advice: low ? t.rules.openLowAloneAdvice : '',
      ...(low ? { headline: t.headline.opensLowAlone(shown) } : {}),
    };
  },
};
