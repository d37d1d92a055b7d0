// Issue 13: one scenario per corrected rule — the article's scale read as shown, DNS first, a
// verdict on the abuse and bounce pages, reputation deferrals weighed with the blocks, opens
// never the sole proof, the revised provider rules (knowledge.md §1, §3, §6).
import { describe, expect, it } from 'vitest';
import { diagnose, type DiagnoseInput } from '../../../lib/diagnosis';
import { bounceBand, isNearly, resolveThresholds, DEFAULT_THRESHOLDS } from '../../../lib/diagnosis/thresholds';
import { bandWords } from '../../../lib/diagnosis/bounce-band-words';
import { checkDomain } from '../../../lib/auth/domain';
import { createZoneResolver } from '../../../lib/dns/zone';
import { messages } from '../../../lib/i18n';
import type { BouncedAddress, CampaignReport } from '../../../lib/esp/types';
import { articleZone } from '../../fixtures/zones/article';

const zone = createZoneResolver(articleZone);
const inOrder = () => checkDomain('atelier-example.be', zone, { esp: 'mailchimp' });

/** A 2,000-recipient Mailchimp send with healthy engagement; `bounced` decides the scale. */
function report(bounced: number, o: Partial<CampaignReport> = {}): CampaignReport {
  const rec = 2000;
  const delivered = rec - bounced;
  return {
    provider: 'mailchimp',
    campaignId: 'c-1',
    sentAt: '2026-03-10T10:00',
    recipients: rec,
    delivered,
    bounces: { total: bounced, rate: bounced / rec },
    opens: { unique: 620, rate: 620 / delivered },
    clicks: { unique: 70, rate: 70 / delivered },
    complaints: { count: 0 },
    ...o,
  };
}
const en = messages('en');

describe('the article scale, read as the report shows it (one decimal)', () => {
  it.each([
    [0.0149, 'normal', 'below the 2% alarm line'],
    [0.015, 'normal', 'below the 2% alarm line'],
    [0.0194, 'normal', 'below the 2% alarm line'],
    [0.0195, 'watch', 'at the 2%–3% alarm line'], // shown as 2.0 %
    [0.025, 'watch', 'at the 2%–3% alarm line'],
    [0.03, 'watch', 'at the 2%–3% alarm line'],
    [0.031, 'alarm', 'above the 3% alarm line'],
    [0.0996, 'bad', 'bad (from 10%)'], // shown as 10.0 %
    [0.194, 'bad', 'bad (from 10%)'],
    [0.1949, 'disaster', 'nearly 20%, a disaster'], // shown as 19.5 %
    [0.196, 'disaster', 'nearly 20%, a disaster'], // the article's case, "bijna 20 procent"
    [0.2, 'disaster', 'a disaster (from 20%)'],
    [0.35, 'disaster', 'a disaster (from 20%)'],
  ])('%f → %s, "%s"', (rate, band, words) => {
    expect(bounceBand(rate)).toBe(band);
    expect(bandWords(rate, en, 'en', DEFAULT_THRESHOLDS)).toBe(words);
  });

  it('1.5 % with DNS in order is normal, not "the list is the problem"', async () => {
    const d = diagnose({ report: report(30), domain: await inOrder() });
    expect(d.primaryCause).toBe('none');
    expect(d.headline).toBe('DNS is in order and the figures look healthy.');
    expect(d.findings.find((f) => f.id === 'bounce-rate')).toMatchObject({
      severity: 'ok',
      evidence: '1.5% bounced (30 of 2,000): below the 2% alarm line.',
    });
  });

  it('2.5 % is at the alarm line: watch and remove the hard bounces, not "the list is the problem"', async () => {
    const d = diagnose({ report: report(50), domain: await inOrder() });
    expect(d.primaryCause).toBe('list-quality');
    expect(d.headline).toBe(
      '2.5% of the mail bounced: at the 2%–3% alarm line. Remove the hard bounces and watch the next send.',
    );
    expect(d.steps).toEqual(en.steps.list.watch);
  });

  it('each band has its own steps, none a copy of another minus a line', async () => {
    const domain = await inOrder();
    const steps = [50, 80, 240, 392, 500].map((b) => diagnose({ report: report(b), domain }).steps);
    expect(steps).toEqual([
      en.steps.list.watch,
      en.steps.list.alarm,
      en.steps.list.bad,
      en.steps.list.disaster,
      en.steps.list.disaster,
    ]);
    const sets = [en.steps.list.watch, en.steps.list.alarm, en.steps.list.bad, en.steps.list.disaster].map(
      (s) => new Set(s),
    );
    for (const a of sets)
      for (const b of sets)
        if (a !== b)
          expect(
            [...a].every((x) => b.has(x)),
            "one band's steps inside another's",
          ).toBe(false);
  });

  it('a user who moves "alarm from" keeps a one-point alarm line', () => {
    const t = resolveThresholds({ bounceAlarm: 0.04 });
    expect([t.bounceAlarm, t.bounceAlarmHigh]).toEqual([0.04, 0.05]);
    expect([bounceBand(0.045, t), bounceBand(0.051, t), bounceBand(0.035, t)]).toEqual(['watch', 'alarm', 'normal']);
    expect(isNearly(0.196)).toBe(true);
    expect(isNearly(0.2)).toBe(false);
  });
});

describe('DNS first (knowledge.md §1 step 1)', () => {
  it('before DNS is checked: the figures, and DNS still to check — step one', () => {
    const d = diagnose({ report: report(392) });
    expect(d.dns).toBe('unchecked');
    expect(d.headline).toBe(
      '19.6% of the mail bounced: nearly 20%, a disaster. DNS is still to be checked: rule that out before blaming the list.',
    );
    expect(d.steps[0]).toBe('Check DNS first (SPF, DKIM, DMARC): enter your sender domain above.');
  });

  it('when the check got no answer at all: "check DNS first" is step one', () => {
    const d = diagnose({ report: report(392), dnsError: 'all resolvers timed out' });
    expect(d.dns).toBe('failed');
    expect(d.headline).toBe(
      '19.6% of the mail bounced: nearly 20%, a disaster. DNS could not be checked: check it first before blaming the list.',
    );
    expect(d.steps[0]).toBe(
      'Check DNS first: the resolver did not answer — try again, or pick another resolver in the options.',
    );
  });

  it('"the list is the problem" only once DNS is known to be in order', async () => {
    const domain = await inOrder();
    for (const input of [{}, { dnsError: 'x' }, { domain }] as Partial<DiagnoseInput>[]) {
      const d = diagnose({ report: report(392), ...input });
      expect(d.headline.includes('the list is the problem')).toBe(d.dns === 'in-order');
      expect(d.steps.some((s) => s.startsWith('Check DNS first'))).toBe(d.dns !== 'in-order');
    }
  });

  it('another cause before DNS is checked: the figures, then DNS first', () => {
    const history = ['01-10', '01-24', '02-07'].map((md, i) => ({
      ...report(10, { recipients: 300 }),
      campaignId: `p${i}`,
      sentAt: `2026-${md}T10:00`,
    }));
    const d = diagnose({ report: report(10), history });
    expect(d.primaryCause).toBe('volume');
    expect(d.headline).toBe(
      'This send was 6.7× your usual volume: filters react hard to everything at once. DNS is still to be checked: rule that out first.',
    );
    expect(d.steps[0]).toBe('Check DNS first (SPF, DKIM, DMARC): enter your sender domain above.');
  });

  it('in Dutch: "bijna 20%, een ramp" and the alarm line', async () => {
    const domain = await inOrder();
    expect(
      diagnose({ report: report(392), domain, lang: 'nl' }).findings.find((f) => f.id === 'bounce-rate')!.evidence,
    ).toBe('19,6% bouncete (392 van 2.000): bijna 20%, een ramp.');
    expect(diagnose({ report: report(50), domain, lang: 'nl' }).headline).toBe(
      '2,5% van de mails bouncete: op de alarmgrens van 2%–3%. Verwijder de harde bounces en volg de volgende verzending op.',
    );
  });

  it('healthy figures with unchecked DNS are not called fine', () => {
    expect(diagnose({ report: report(10) }).headline).toBe('The figures look healthy (DNS not checked yet).');
    expect(diagnose({ report: report(10), dnsError: 'x' }).headline).toBe(
      'The figures look healthy, but DNS could not be checked.',
    );
  });
});

describe('the abuse page (knowledge.md §3)', () => {
  const abuse: CampaignReport = { provider: 'mailchimp', campaignId: 'c-1', complaints: { count: 2 } };
  // What the overview of the same campaign left in the history: 1,608 delivered.
  const overview = report(392, { delivered: 1608, complaints: { count: 2 } });

  it('judges the complaints against 0.10 % / 0.30 % with the figures of the campaign overview', () => {
    const d = diagnose({ report: abuse, history: [overview], page: 'abuse' });
    expect(d.primaryCause).toBe('reputation');
    expect(d.headline).toBe(
      '2 people marked this campaign as spam (0.12%): above what Gmail allows bulk senders — suppress them and mail only people who asked.',
    );
    expect(d.findings.map((f) => f.id)).toEqual(['complaint-rate']);
    expect(d.findings[0]!.evidence).toBe(
      "Spam complaints 0.12% (2): above Gmail's 0.10% for bulk senders, below the 0.30% Gmail and Yahoo never allow. Gmail sends ESPs no complaints per person, so Gmail users are missing from this count: Google Postmaster Tools shows the real Gmail spam rate.",
    );
    expect(d.steps.slice(0, 2)).toEqual([
      'Suppress the 2 complainers in your ESP and your CRM: never mail them again.',
      'Look up your real Gmail spam rate in Google Postmaster Tools: Gmail tells no ESP who complained.',
    ]);
  });

  it('without the overview it still gives a verdict, never "no problem found"', () => {
    const d = diagnose({ report: abuse, page: 'abuse' });
    expect(d.primaryCause).toBe('unknown');
    expect(d.headline).toBe('2 people marked this campaign as spam; open its report overview once to judge the rate.');
    expect(d.findings[0]!.evidence).toContain('judged against 0.10% and 0.30%');
    expect(d.findings[0]!.evidence).toContain('Google Postmaster Tools');
  });

  it('one complaint in 5,000 is within the limits, with the Gmail caveat', () => {
    const d = diagnose({
      report: { ...abuse, complaints: { count: 1 } },
      history: [{ ...overview, delivered: 5000 }],
      page: 'abuse',
    });
    expect(d.headline).toBe(
      '1 person marked this campaign as spam (0.02%): within the limits, but Gmail complaints are not counted here.',
    );
    expect(d.steps).toEqual([
      'Suppress the 1 complainer in your ESP and your CRM: never mail them again.',
      'Look up your real Gmail spam rate in Google Postmaster Tools: Gmail tells no ESP who complained.',
      'Keep mailing only people who asked for it, with a one-click unsubscribe.',
    ]);
  });
});

describe('the bounce list (knowledge.md §6)', () => {
  const row = (reason: string, espType: BouncedAddress['espType'] = 'soft', i = 0): BouncedAddress => ({
    email: `p${i}@example.be`,
    espType,
    reason,
  });
  const gmail = '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your DKIM domain.';
  const yahoo =
    '421 4.7.0 [TSS04] Messages from 198.2.180.12 temporarily deferred due to unexpected volume or user complaints';

  it('weighs the reputation deferrals (4.7.28, TSS04) with the blocks', () => {
    const bounces = [gmail, gmail, gmail, yahoo, yahoo]
      .map((r, i) => row(r, 'soft', i))
      .concat([0, 1, 2, 3, 4].map((i) => row('550 5.1.1 User unknown', 'hard', 10 + i)));
    const d = diagnose({ report: { provider: 'mailchimp' }, bounces, page: 'bounces' });
    expect(d.primaryCause).toBe('reputation');
    expect(d.headline).toBe(
      '5 of the 10 bounces are refusals for spam or reputation: pause and analyse before the next send.',
    );
    expect(d.findings[0]!.evidence).toBe(
      '5 of the 10 bounces are refusals for spam or reputation (block lists, policy; 5 of them reputation deferrals such as Gmail 4.7.28 or Yahoo TSS04).',
    );
    expect(d.steps).toEqual([
      'Remove the 5 dead addresses in your CRM.',
      '5 refusals name your reputation: pause big sends and restart small with recent engagers.',
    ]);
  });

  it('says when the reasons are not read yet instead of guessing', () => {
    const bounces: BouncedAddress[] = [
      { email: 'a@x.be', espType: 'hard' },
      { email: 'b@x.be', espType: 'soft' },
      { email: 'c@x.be', espType: 'soft' },
    ];
    const d = diagnose({ report: { provider: 'mailchimp' }, bounces, page: 'bounces' });
    expect(d.primaryCause).toBe('unknown');
    expect(d.headline).toBe(
      'The ESP calls 1 of the 3 bounces hard: remove those. The reasons are not read yet, so blocks hidden among the 2 soft ones cannot be seen.',
    );
    expect(d.steps).toContain('Get the reasons for the 3 bounces still unread, to tell blocks from dead addresses.');
  });
});

describe('opens are never the sole proof of the spam folder (knowledge.md §3, Gmail)', () => {
  it('low opens with normal clicks, bounces and complaints: a note, not "landing in spam"', async () => {
    const d = diagnose({ report: report(20, { opens: { unique: 180, rate: 180 / 1980 } }), domain: await inOrder() });
    expect(d.primaryCause).toBe('none');
    const open = d.findings.find((f) => f.id === 'open-rate')!;
    expect(open.severity).toBe('info');
    expect(open.evidence).toBe(
      'Open rate 9.1% against the 22.7% benchmark. Low, but opens alone prove little (Gmail: low open rates are not an accurate indicator of deliverability); clicks, bounces and complaints do not point at the spam folder.',
    );
    expect(d.headline).toBe(
      'DNS is in order, but only 9.1% opened, yet clicks, bounces and complaints look normal: low opens alone do not prove the spam folder.',
    );
  });

  it('low opens that bounces agree with: a warning naming what agrees', () => {
    const d = diagnose({ report: report(392, { opens: { unique: 158, rate: 158 / 1608 } }) });
    expect(d.findings.find((f) => f.id === 'open-rate')).toMatchObject({ severity: 'warning' });
    expect(d.findings.find((f) => f.id === 'open-rate')!.evidence).toContain(
      'and 19.6% bounced: together a strong sign of the spam folder.',
    );
  });
});

describe('provider rules as revised (knowledge.md §3)', () => {
  it('Microsoft above 5,000 a day wants SPF to pass and DKIM to pass; the checklist names what DNS cannot show', async () => {
    const check = await inOrder();
    const domain = { ...check, dkim: { ...check.dkim, status: 'fail' as const } };
    const d = diagnose({
      report: report(20, { recipients: 12000 }),
      domain,
      audience: { microsoft: 0.6, gmail: 0.1, other: 0.3 },
    });
    expect(d.findings.find((f) => f.id === 'bulk-sender-rules')!.evidence).toBe(
      'Microsoft may count you as a bulk sender (about 7,200 a day) and then require DKIM that passes. Not visible from DNS: one-click unsubscribe (List-Unsubscribe and List-Unsubscribe-Post, RFC 8058) and a spam rate below 0.10% — see Google Postmaster Tools.',
    );
  });

  it('Apple requires SPF and DKIM of every sender, whatever the volume', async () => {
    const d = diagnose({ report: report(20), domain: await inOrder(), audience: { apple: 0.08, other: 0.92 } });
    expect(d.findings.find((f) => f.id === 'bulk-sender-rules')).toMatchObject({
      severity: 'info',
      evidence: expect.stringMatching(/^Apple iCloud: the authentication rules for every sender are met\./),
    });
  });

  it('never advises a pct ramp-up (RFC 9989 removed pct), in any text', () => {
    const texts: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') texts.push(v);
      else if (typeof v === 'function') texts.push(String((v as (...a: string[]) => string)('1', '2', '3', '4', '5')));
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(messages('en'));
    walk(messages('nl'));
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.filter((s) => /\bpct\b/i.test(s))).toEqual([]);
    // Every complaint text names Postmaster Tools, the only place with Gmail's real rate.
    for (const lang of ['en', 'nl'] as const) {
      const c = messages(lang).rules;
      for (const f of [c.complaints.ok, c.complaints.warn, c.complaints.max])
        expect(f('0.12%', 2, '2', '0.10%', '0.30%')).toContain('Postmaster Tools');
      expect(c.complaintsNoRate(2, '2', '0.10%', '0.30%')).toContain('Postmaster Tools');
    }
  });
});
