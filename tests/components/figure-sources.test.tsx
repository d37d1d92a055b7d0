// Where each figure came from and how old it is, and "still changing" (issue 17 §1, §3).
// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { FigureSources } from '../../components/FigureSources';
import { EspNotes } from '../../components/EspNotes';
import { mount } from '../support/render';

const NOW = 1_800_000_000_000;
const sources = {
  campaignName: { tab: 'overview' as const, readAt: NOW - 5 * 60_000 },
  recipients: { tab: 'overview' as const, readAt: NOW - 5 * 60_000 },
  'bounces.rate': { tab: 'overview' as const, readAt: NOW - 5 * 60_000 },
  'bounces.total': { tab: 'bounces' as const, readAt: NOW - 10_000 },
};

describe('FigureSources', () => {
  it('groups the figures by the tab and reading they came from, in the language', () => {
    const root = mount(<FigureSources lang="fr" sources={sources} now={NOW} />);
    expect(Array.from(root.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      "Vue d'ensemble, lu il y a 5 minutes : destinataires et taux de rebond",
      "Onglet Rebonds, lu à l'instant : rebonds",
    ]);
    expect(root.querySelector('[data-testid=dl-unsettled]')).toBeNull();
  });

  it('says "still changing" and lists nothing for a single overview reading', () => {
    const root = mount(<FigureSources lang="en" sources={{ recipients: sources.recipients }} now={NOW} unsettled />);
    expect(root.querySelector('[data-testid=dl-unsettled]')?.textContent).toMatch(/^Still changing: /);
    expect(root.querySelectorAll('li')).toHaveLength(0);
  });
});

describe('EspNotes', () => {
  it('renders notes as sentences, never as ids', () => {
    const root = mount(
      <EspNotes
        lang="nl"
        notes={[{ id: 'rate-mismatch', params: { figure: 'bounces.rate', shown: 0.004, count: 392, of: 2000 } }]}
      />,
    );
    expect(root.textContent).toBe(
      'Het getoonde bouncepercentage, 0,4%, klopt niet met 392 van 2.000 en wordt niet gebruikt.',
    );
  });
});
