// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ManualFigures, reportFromFigures } from '../../components/ManualFigures';
import { messages } from '../../lib/i18n';
import { mount, submit, type } from '../support/render';

describe('figures by hand', () => {
  it('builds a report, leaving empty fields absent', () => {
    expect(reportFromFigures({ recipients: '2.000', hard: '300', soft: '92', opens: '' })).toEqual({
      report: {
        provider: 'manual',
        recipients: 2000,
        bounces: { total: 392, hard: 300, soft: 92 },
        opens: { unique: undefined },
        clicks: { unique: undefined },
        unsubscribes: { count: undefined },
        complaints: { count: undefined },
      },
    });
    expect(reportFromFigures({ recipients: '-5' })).toEqual({ error: 'recipients' });
  });

  it("runs the same diagnosis: the article's figures give list quality, a disaster", async () => {
    const root = mount(<ManualFigures t={messages('en')} lang="en" />);
    const form = root.querySelector('form');
    await type(root.querySelector('input[name=recipients]'), '2000');
    await type(root.querySelector('input[name=hard]'), '300');
    await type(root.querySelector('input[name=soft]'), '92');
    await type(root.querySelector('input[name=opens]'), '158');
    await submit(form);
    expect(root.querySelector('[data-testid=dl-cause]')?.getAttribute('data-cause')).toBe('list-quality');
    expect(root.querySelector('[data-testid=dl-headline]')?.textContent).toBe(
      '19.6% of the mail bounced: nearly 20%, a disaster. DNS is still to be checked: rule that out before blaming the list.',
    );
  });

  it("uses the user's thresholds from the options (issue 11 §10)", async () => {
    const root = mount(<ManualFigures t={messages('en')} lang="en" thresholds={{ bounceDisaster: 0.25 }} />);
    await type(root.querySelector('input[name=recipients]'), '2000');
    await type(root.querySelector('input[name=hard]'), '392');
    await submit(root.querySelector('form'));
    expect(root.querySelector('[data-testid=dl-headline]')?.textContent).toBe(
      '19.6% of the mail bounced: bad (from 10%). DNS is still to be checked: rule that out before blaming the list.',
    );
  });

  it('refuses impossible figures with the reason', async () => {
    const root = mount(<ManualFigures t={messages('nl')} lang="nl" />);
    await type(root.querySelector('input[name=recipients]'), '100');
    await type(root.querySelector('input[name=hard]'), '150');
    await submit(root.querySelector('form'));
    expect(root.querySelector('[role=alert]')?.textContent).toBe(
      'Er zijn meer bounces (150) dan ontvangers (100): dat kan niet allebei kloppen, dus de bounces worden niet gebruikt.',
    );
    await type(root.querySelector('input[name=hard]'), 'veel');
    await submit(root.querySelector('form'));
    expect(root.querySelector('[role=alert]')?.textContent).toBe('Harde bounces: geef een geheel getal.');
  });
});
