// Scenario tests (issue 5 §7): a report, a DNS zone and the account's history in; the likely
// cause, the headline and the evidence out. Figures are modelled on small-business sends.
import { describe, expect, it } from 'vitest';
import { diagnose, type DiagnoseInput } from '../../../lib/diagnosis';
import { checkDomain } from '../../../lib/auth/domain';
import { createZoneResolver } from '../../../lib/dns/zone';
import type { BouncedAddress, CampaignReport } from '../../../lib/esp/types';
import { articleZone } from '../../fixtures/zones/article';

const zone = createZoneResolver(articleZone);
const dns = (domain: string) => checkDomain(domain, zone, { esp: 'mailchimp' });

/** A Mailchimp report with healthy defaults; override what the scenario is about. */
function report(
  o: Partial<CampaignReport> & { rec?: number; bounced?: number; opened?: number; clicked?: number } = {},
): CampaignReport {
  const rec = o.rec ?? 1200;
  const bounced = o.bounced ?? 8;
  const delivered = rec - bounced;
  const opened = o.opened ?? Math.round(delivered * 0.31);
  const clicked = o.clicked ?? Math.round(delivered * 0.035);
  return {
    provider: 'mailchimp',
    campaignId: o.campaignId ?? 'c-now',
    sentAt: o.sentAt ?? '2026-03-10T10:00',
    recipients: rec,
    delivered,
    bounces: { total: bounced, rate: bounced / rec },
    opens: { unique: opened, rate: opened / delivered },
    clicks: { unique: clicked, rate: clicked / delivered },
    unsubscribes: { count: 2 },
    complaints: o.complaints ?? { count: 0 },
  };
}
const past = (id: string, sentAt: string, o: Parameters<typeof report>[0] = {}) =>
  report({ ...o, campaignId: id, sentAt });
const ids = (d: ReturnType<typeof diagnose>) => d.findings.map((f) => f.id);

async function run(input: Omit<DiagnoseInput, 'domain'> & { domain?: string }) {
  return diagnose({ ...input, domain: input.domain ? await dns(input.domain) : undefined });
}

describe('scenarios', () => {
  it('1. the article: DNS fine, 19.6% bounced → list quality, a disaster', async () => {
    const d = await run({
      report: report({ rec: 2000, bounced: 392, opened: 158, clicked: 12, complaints: { count: 2 } }),
      domain: 'atelier-example.be',
    });
    expect(d.primaryCause).toBe('list-quality');
    expect(d.headline).toBe(
      'DNS is in order, so the cause is not technical: the list is the problem — 19.6% of the mail bounced: nearly 20%, a disaster.',
    );
  });

  it('2. broken DNS comes first, whatever the figures', async () => {
    const d = await run({ report: report({ rec: 2000, bounced: 392 }), domain: 'broken-example.be' });
    expect(d.primaryCause).toBe('authentication');
    expect(d.headline).toBe(
      "Your domain's email authentication is not in order (SPF, DKIM, DMARC, DMARC alignment): fix that first, mailbox providers distrust unauthenticated mail.",
    );
    expect(d.steps[0]).toBe(
      'Publish the records your ESP asks for: its DKIM records first, then a DMARC record with a rua address.',
    );
  });

  it('3. a gmail.com From address cannot be authenticated', async () => {
    const d = await run({ report: report(), domain: 'gmail.com' });
    expect(d.primaryCause).toBe('authentication');
    expect(d.findings.find((f) => f.id === 'free-mail-from')?.evidence).toBe(
      'Your From address uses gmail.com, a free-mail domain: mail "from" it through an ESP fails DMARC at Gmail, Yahoo and Microsoft.',
    );
  });

  it('4. DNS unchecked but the bounces speak: list quality, and DNS is not called fine', async () => {
    const d = await run({ report: report({ rec: 1000, bounced: 120 }), domain: 'timeout-example.be' });
    expect(d.primaryCause).toBe('list-quality');
    expect(d.headline).toBe(
      '12.0% of the mail bounced: bad (from 10%). DNS could not be checked: check it first before blaming the list.',
    );
  });

  it('5. DNS unchecked and healthy figures: unknown, never "fine"', async () => {
    const d = await run({ report: report(), domain: 'timeout-example.be' });
    expect(d.primaryCause).toBe('unknown');
    expect(d.headline).toBe("DNS couldn't be checked and the figures point nowhere in particular.");
  });

  it('6. all well', async () => {
    const d = await run({ report: report(), domain: 'atelier-example.be' });
    expect(d.primaryCause).toBe('none');
    expect(d.headline).toBe('DNS is in order and the figures look healthy.');
    expect(ids(d)).toEqual(['dns-in-order', 'bounce-rate', 'open-rate', 'click-rate']);
  });

  it('7. everything at once: eight times the usual volume', async () => {
    const history = ['01-10', '01-24', '02-07', '02-21'].map((md, i) =>
      past(`c${i}`, `2026-${md}T10:00`, { rec: 500 }),
    );
    const d = await run({ report: report({ rec: 4000, bounced: 40 }), domain: 'atelier-example.be', history });
    expect(d.primaryCause).toBe('volume');
    expect(d.headline).toBe(
      'DNS is in order, but this send was 8× your usual volume: filters react hard to everything at once.',
    );
    expect(d.findings.find((f) => f.id === 'volume-spike')).toMatchObject({
      severity: 'critical',
      evidence:
        'This send went to 4,000 recipients, 8× your recent median of 500: "everything at once" is a strong negative signal.',
    });
  });

  it('8. the first send after a long pause', async () => {
    const d = await run({
      report: report({ rec: 1500 }),
      domain: 'atelier-example.be',
      history: [past('c0', '2025-10-01T10:00', { rec: 1400 })],
    });
    expect(d.primaryCause).toBe('volume');
    expect(d.headline).toBe('DNS is in order, but this is your first send in 160 days: a cold sender is distrusted.');
  });

  it('9. low opens with almost no clicks: engagement (spam-folder sign despite MPP)', async () => {
    const d = await run({
      report: report({ rec: 1200, bounced: 10, opened: 70, clicked: 5 }),
      domain: 'atelier-example.be',
    });
    expect(d.primaryCause).toBe('engagement');
    expect(d.headline).toBe(
      'DNS is in order, but only 5.9% opened, and only 0.4% clicked: mail is likely landing in spam.',
    );
  });

  it('10. worse campaign after campaign: reputation', async () => {
    const history = [
      past('c1', '2026-01-13T10:00', { rec: 1200, opened: 430 }),
      past('c2', '2026-02-03T10:00', { rec: 1200, opened: 340 }),
      past('c3', '2026-02-24T10:00', { rec: 1200, opened: 260 }),
    ];
    const d = await run({
      report: report({ rec: 1200, opened: 180, clicked: 40 }),
      domain: 'atelier-example.be',
      history,
    });
    expect(d.primaryCause).toBe('reputation');
    expect(d.headline).toBe(
      'DNS is in order, but your results have been getting worse campaign after campaign: mailbox providers are learning to distrust your mail.',
    );
    expect(d.findings.find((f) => f.id === 'reputation-trend')?.evidence).toBe(
      'Open rate fell from 36.1% to 15.1% over your last 4 campaigns: the first mailing went fine, then it got worse — providers learn.',
    );
  });

  it('11. complaints at 0.4%: reputation, critical', async () => {
    const d = await run({
      report: report({ rec: 2500, bounced: 15, complaints: { count: 10 } }),
      domain: 'atelier-example.be',
    });
    expect(d.primaryCause).toBe('reputation');
    expect(d.headline).toBe(
      'DNS is in order, but too many people mark your mail as spam (0.40%, 10): at this rate Gmail and Yahoo filter or refuse your mail.',
    );
  });

  it('12. a bulk send to Gmail with DMARC at p=none and a legacy key', async () => {
    const bounces: BouncedAddress[] = Array.from({ length: 40 }, (_, i) => ({
      email: `p${i}@${i % 2 ? 'gmail.com' : 'telenet.be'}`,
      espType: 'hard',
      code: '5.1.1',
    }));
    const d = await run({ report: report({ rec: 12000, bounced: 40 }), domain: 'monitor-example.be', bounces });
    // The bounced addresses' provider mix says nothing about the audience: the whole send is the bound.
    expect(d.findings.find((f) => f.id === 'bulk-sender-rules')).toMatchObject({
      severity: 'info',
      evidence:
        'Gmail, Yahoo, Microsoft may count you as a bulk sender (up to 12,000 a day); the authentication rules are met. Not visible from DNS: one-click unsubscribe (List-Unsubscribe and List-Unsubscribe-Post, RFC 8058) and a spam rate below 0.10% — see Google Postmaster Tools.',
    });
    expect(d.findings.find((f) => f.id === 'dmarc-none-at-volume')?.evidence).toBe(
      'DMARC is at p=none while this send went to 12,000 recipients: spoofing of your domain is not stopped.',
    );
    expect(d.findings.find((f) => f.id === 'dkim-key-quality')?.severity).toBe('warning');
  });

  it('13. receivers block for authentication although the records look fine', async () => {
    const bounces: BouncedAddress[] = Array.from({ length: 12 }, (_, i) => ({
      email: `p${i}@outlook.com`,
      espType: 'soft',
      reason:
        i < 8
          ? '550 5.7.515 Access denied, sending domain atelier-example.be does not meet the required authentication level.'
          : '550 5.1.1 User unknown',
    }));
    const d = await run({ report: report({ rec: 1200, bounced: 12 }), domain: 'atelier-example.be', bounces });
    expect(d.primaryCause).toBe('authentication');
    expect(d.headline).toBe('8 of the 12 bounces are blocks for failing authentication (5.7.x).');
  });

  it('14. opens without clicks: inflated opens, said as information only', async () => {
    const d = await run({
      report: report({ rec: 1000, bounced: 5, opened: 450, clicked: 3 }),
      domain: 'atelier-example.be',
    });
    expect(d.primaryCause).toBe('none');
    expect(d.findings.find((f) => f.id === 'click-rate')).toMatchObject({
      severity: 'info',
      evidence:
        'Opens look normal (45.2%) but hardly anyone clicks (0.7% of openers): Apple Mail Privacy Protection and link scanners inflate opens.',
    });
  });

  it('15. in Dutch', async () => {
    const history = ['01-10', '01-24', '02-07'].map((md, i) => past(`c${i}`, `2026-${md}T10:00`, { rec: 400 }));
    const d = await run({
      report: report({ rec: 1800, bounced: 12 }),
      domain: 'atelier-example.be',
      history,
      lang: 'nl',
    });
    expect(d.headline).toBe(
      'DNS is in orde, maar deze mailing was 4,5× uw gewone volume: filters reageren hard op alles in één keer.',
    );
    expect(d.steps[0]).toBe('Splits de lijst en mail eerst recente lezers (30 → 60 → 90 dagen).');
  });

  it('16. missing figures keep rules silent instead of guessing', async () => {
    const d = diagnose({ report: { provider: 'activecampaign', recipients: 900 } });
    expect(d.findings).toEqual([]);
    expect(d.primaryCause).toBe('none');
    expect(d.headline).toBe('The figures look healthy (DNS not checked yet).');
  });
});
