// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CampaignRestartPlan } from '../../components/CampaignRestartPlan';
import { ProviderMixChart } from '../../components/ProviderMixChart';
import { AuditColumns } from '../../components/AuditColumns';
import { auditTexts } from '../../lib/i18n/audit';
import { mount, submit } from '../support/render';

const article = {
  provider: 'mailchimp' as const,
  recipients: 2000,
  bounces: { total: 392 },
  complaints: { count: 3 },
  clicks: { unique: 41 },
};

describe('restart plan in the report panel (issue 13 item 11)', () => {
  it('shows the plan from the campaign when the list is the cause', () => {
    const root = mount(<CampaignRestartPlan lang="nl" report={article} diagnosis={{ primaryCause: 'list-quality' }} />);
    expect(root.querySelector('h2')?.textContent).toBe('Zo herstart u na deze campagne');
    expect(root.querySelector('[data-testid=plan-sends]')?.textContent).toBe('13 verzendingen bereiken de hele lijst');
    expect(root.textContent).toContain('Verwijderd vóór de eerste verzending: 395 adressen.');
    // Every column has a header (issue 15 §6: the Day header was empty, its key shadowed by day()).
    expect([...root.querySelectorAll('[data-testid=plan-table] th')].map((th) => th.textContent)).toEqual([
      'Verzending',
      'Dag',
      'Ontvangers',
      'Groei',
      'Wie erbij komt',
    ]);
    const rows = root.querySelectorAll('[data-testid=plan-table] tbody tr');
    expect(rows).toHaveLength(13);
    expect(rows[0]!.textContent).toBe(
      '10+200 → 200Klanten en contacten actief in de laatste 30 dagen (41); Betrokkenheid onbekend (geen activiteitskolom) (159)',
    );
    expect([...root.querySelectorAll('[data-testid=stop-rules] li')].map((li) => li.textContent)).toEqual([
      'Niet verhogen zolang de bounces boven 2,0% liggen.',
      'Niet verhogen zolang de spamklachten boven 0,1% liggen.',
      'Pauzeer bij uitstel zoals 4.7.28 of TSS04 (wacht, en verstuur daarna minder).',
    ]);
    expect(root.querySelectorAll('[data-testid=plan-chart] g[data-step]')).toHaveLength(13);
  });

  it('shows nothing when the cause is elsewhere', () => {
    const root = mount(
      <CampaignRestartPlan lang="en" report={article} diagnosis={{ primaryCause: 'authentication' }} />,
    );
    expect(root.innerHTML).toBe('');
  });
});

describe('provider mix chart', () => {
  it('one bar per provider, largest first, figures written out', () => {
    const root = mount(
      <ProviderMixChart t={auditTexts('fr')} providers={{ gmail: 30, 'microsoft-365': 60, other: 10, yahoo: 0 }} />,
    );
    expect([...root.querySelectorAll('g[data-provider]')].map((g) => g.getAttribute('data-provider'))).toEqual([
      'microsoft-365',
      'gmail',
      'other',
    ]);
    expect(root.querySelector('[data-testid=mix-gmail]')?.textContent).toMatch(/^30 · 30,0\s%$/);
    // role=img hides the bars' text, so the chart's name carries every figure (issue 15 §6).
    expect(root.querySelector('svg')?.getAttribute('aria-label')).toMatch(
      /^Qui héberge les adresses \(fournisseurs de messagerie\): Microsoft 365 60 · 60,0\s%; Gmail 30 · 30,0\s%; serveur de messagerie propre \/ autre 10 · 10,0\s%$/,
    );
  });
});

describe('column confirmation', () => {
  it('cannot start without an email column, and passes the chosen columns', async () => {
    let got: unknown;
    const layout = {
      encoding: 'utf-8' as const,
      delimiter: ';' as const,
      newline: '\n' as const,
      sepLine: false,
      hasHeader: true,
      headers: ['Naam', 'Tel'],
      sample: [['Jan', '09']],
      guess: {},
    };
    const root = mount(
      <AuditColumns t={auditTexts('en')} layout={layout} fileName="x.csv" onConfirm={(c) => (got = c)} />,
    );
    expect(root.querySelector('[role=alert]')?.textContent).toBe(
      'No column holds email addresses. Pick the email column, or export the list with its email addresses.',
    );
    expect((root.querySelector('[data-testid=audit-start]') as HTMLButtonElement).disabled).toBe(true);
    await submit(root.querySelector('form'));
    expect(got).toBeUndefined();
  });
});
