// The article's case end to end in lib: the Mailchimp page read, the DNS checked, the diagnosis.
// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../lib/esp';
import { checkDomain } from '../../../lib/auth/domain';
import { createZoneResolver } from '../../../lib/dns/zone';
import { diagnose } from '../../../lib/diagnosis';
import { ARTICLE_DOMAIN, articleZone } from '../../fixtures/zones/article';
import { loadFixtureDocument } from '../../support/load-fixture';

async function articleInputs(domain = ARTICLE_DOMAIN) {
  const res = extractReport(
    loadFixtureDocument('mailchimp/overview-article.html'),
    'https://us21.admin.mailchimp.com/reports/summary?id=4409731',
  );
  if (!res.ok) throw new Error('fixture not read');
  return {
    report: res.value,
    domain: await checkDomain(domain, createZoneResolver(articleZone), { esp: 'mailchimp' }),
  };
}

describe("the article's case", () => {
  it('says DNS is fine and the list is the problem, the bounce rate a disaster', async () => {
    const d = diagnose(await articleInputs());
    expect(d.primaryCause).toBe('list-quality');
    expect(d.headline).toBe(
      'DNS is in order, so the cause is not technical: the list is the problem — 19.6% of the mail bounced: nearly 20%, a disaster.',
    );
    expect(d.findings.map((f) => [f.id, f.category, f.severity])).toEqual([
      ['dns-in-order', 'authentication', 'ok'],
      ['bounce-rate', 'list-quality', 'critical'],
      ['complaint-rate', 'reputation', 'warning'],
      ['open-rate', 'engagement', 'warning'],
      ['click-rate', 'engagement', 'warning'],
    ]);
    expect(d.steps[0]).toBe('Stop sending to this list: it is heavily polluted, and "try again" is the worst idea.');
    // The label names the line it was judged against; no scale that contradicts it.
    expect(d.findings[1]!.evidence).toBe('19.6% bounced (392 of 2,000): nearly 20%, a disaster.');
    expect(d.dns).toBe('in-order');
  });

  it('says it in Dutch too', async () => {
    const d = diagnose({ ...(await articleInputs()), lang: 'nl' });
    expect(d.headline).toBe(
      'DNS is in orde, de oorzaak is dus niet technisch: de lijst is het probleem — 19,6% van de mails bouncete: bijna 20%, een ramp.',
    );
  });

  it('puts authentication first when DNS is broken, whatever the bounces', async () => {
    const d = diagnose(await articleInputs('broken-example.be'));
    expect(d.primaryCause).toBe('authentication');
    expect(d.headline).toBe(
      "Your domain's email authentication is not in order (SPF, DKIM, DMARC, DMARC alignment): fix that first, mailbox providers distrust unauthenticated mail.",
    );
  });

  it('never calls unchecked DNS fine, nor the list the problem before DNS is known', async () => {
    const d = diagnose(await articleInputs('timeout-example.be'));
    expect(d.primaryCause).toBe('list-quality');
    expect(d.dns).toBe('failed');
    expect(d.headline).toBe(
      '19.6% of the mail bounced: nearly 20%, a disaster. DNS could not be checked: check it first before blaming the list.',
    );
    expect(d.steps[0]).toBe(
      'Check DNS first: the resolver did not answer — try again, or pick another resolver in the options.',
    );
    expect(d.findings.find((f) => f.id === 'dns-in-order')).toBeUndefined();
    expect(d.findings.find((f) => f.id === 'dns-unchecked')?.evidence).toBe(
      'DNS could not be checked: SPF: no answer (time-out) for timeout-example.be TXT (zone); DKIM: no answer (time-out) for k2._domainkey.timeout-example.be TXT (zone); DMARC: no answer (time-out) for _dmarc.timeout-example.be TXT (zone)',
    );
  });

  it('keeps going when a rule throws, and names the part that failed', async () => {
    const { runRules } = await import('../../../lib/diagnosis/engine');
    const { RULES } = await import('../../../lib/diagnosis/rules');
    const boom = {
      id: 'open-rate',
      run: () => {
        throw new Error('kaput');
      },
    };
    const d = runRules([boom, ...RULES.filter((r) => r.id !== 'open-rate')], await articleInputs());
    expect(d.findings[0]).toEqual({
      id: 'internal-error',
      rule: 'open-rate',
      category: 'unknown',
      severity: 'warning',
      evidence: 'Part of the check failed: the open rate (kaput).',
      advice: '',
    });
    expect(d.failedParts).toEqual(['the open rate']);
    expect(d.primaryCause).toBe('list-quality');
  });
});
