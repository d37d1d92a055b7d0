// Component tests for the panel: what it shows for a report, the domain flow, remembered
// sections and position, keyboard moves, "why?" links, and page text kept inert.
// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
// The panel reads the last message check through the background: a fake runtime answers it.
const fakeBrowser = await vi.hoisted(async () => (await import('../support/fake-browser')).installFakeBrowser());
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
import { PanelApp, type PanelActions } from '../../components/PanelApp';
import { messages } from '../../lib/i18n';
import { checkDomain } from '../../lib/auth/domain';
import { createZoneResolver } from '../../lib/dns/zone';
import type { CampaignReport } from '../../lib/esp/types';
import { articleZone } from '../fixtures/zones/article';
import { loadExpected } from '../support/load-fixture';
import { click, mount } from '../support/render';
import { serveStores } from '../support/fake-background';

serveStores();

const article = loadExpected('mailchimp/overview-article.expected.json') as CampaignReport;

function setup(overrides: Partial<PanelActions> = {}, report: CampaignReport = article) {
  const calls: { layouts: unknown[]; why: string[]; remembered: string[]; checked: string[] } = {
    layouts: [],
    why: [],
    remembered: [],
    checked: [],
  };
  const actions: PanelActions = {
    checkDomain: async (d) => {
      calls.checked.push(d);
      return { ok: true, check: await checkDomain(d, createZoneResolver(articleZone), { esp: 'mailchimp' }) };
    },
    rememberDomain: (d) => calls.remembered.push(d),
    copyStructure: async () => true,
    close: () => undefined,
    openWhy: (id) => calls.why.push(id),
    saveLayout: (l) => calls.layouts.push(l),
    ...overrides,
  };
  const root = mount(
    <PanelApp
      t={messages('en')}
      lang="en"
      position={{ top: 100, right: 16 }}
      sections={{ steps: false }}
      history={[]}
      page={{ kind: 'report', report }}
      esp="mailchimp"
      domain={{ hint: 'atelier-example.be' }}
      actions={actions}
    />,
  );
  return { root, calls };
}

const settle = () => act(async () => new Promise((r) => setTimeout(r, 20)));

describe('panel', () => {
  it('shows the figures on the article scale and asks for the domain, prefilled', () => {
    const { root } = setup();
    expect(root.querySelector('[data-testid=dl-bounce]')?.textContent).toBe(
      'Bounce rate: 19.6% — nearly 20%, a disaster',
    );
    expect(root.querySelector('[data-testid=dl-bounce]')?.getAttribute('data-band')).toBe('disaster');
    expect((root.querySelector('input[name=domain]') as HTMLInputElement).value).toBe('atelier-example.be');
    expect(root.querySelector('[data-testid=dl-headline]')?.textContent).toBe(
      '19.6% of the mail bounced: nearly 20%, a disaster. DNS is still to be checked: rule that out before blaming the list.',
    );
  });

  it('checks the domain, remembers it and then says DNS is fine', async () => {
    const { root, calls } = setup();
    await click(root.querySelector('[data-testid=dl-domain-form] button[type=submit]')); // the user's click (DomainForm ignores submit events)
    await settle();
    expect(calls.remembered).toEqual(['atelier-example.be']);
    expect(root.querySelector('[data-testid=dl-dns-spf]')?.getAttribute('data-status')).toBe('pass');
    expect(root.querySelector('[data-testid=dl-headline]')?.textContent).toBe(
      'DNS is in order, so the cause is not technical: the list is the problem — 19.6% of the mail bounced: nearly 20%, a disaster.',
    );
  });

  it('says severity in words, not only colour, and links each finding to its explanation', async () => {
    const { root, calls } = setup();
    const bounce = root.querySelector('[data-finding=bounce-rate]')!;
    expect(bounce.querySelector('.dl-sev-word')?.textContent).toBe('Critical:');
    await click(Array.from(bounce.querySelectorAll('button')).find((b) => b.textContent === 'why?'));
    expect(calls.why).toEqual(['bounce-rate']);
  });

  it('remembers which sections are open and where it was moved', async () => {
    const { root, calls } = setup();
    const steps = root.querySelector('[data-section=steps]') as HTMLDetailsElement;
    expect(steps.open).toBe(false);
    await act(() => {
      steps.open = true;
      steps.dispatchEvent(new Event('toggle'));
    });
    expect(calls.layouts.at(-1)).toEqual({ sections: { steps: true }, position: { top: 100, right: 16 } });
    const handle = root.querySelector('[data-testid=dl-handle]')!;
    await act(() => {
      handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect(calls.layouts.at(-1)).toEqual({ sections: { steps: true }, position: { top: 116, right: 16 } });
    expect((root.querySelector('[data-testid=dl-panel]') as HTMLElement).style.top).toBe('116px');
  });

  it('renders hostile text from a resolver or page as text', async () => {
    const { root } = setup({ checkDomain: async () => ({ ok: false, error: '<img src=x onerror="window.pwned=1">' }) });
    await click(root.querySelector('[data-testid=dl-domain-form] button[type=submit]')); // the user's click (DomainForm ignores submit events)
    await settle();
    const err = root.querySelector('[data-testid=dl-dns-error]')!;
    expect(err.textContent).toBe('couldn\'t check: <img src=x onerror="window.pwned=1">');
    expect(err.querySelector('img')).toBeNull();
  });

  it('says what it could not read', () => {
    const { root } = setup({}, { ...article, bounces: undefined });
    const r = mount(
      <PanelApp
        t={messages('nl')}
        lang="nl"
        position={{ top: 0, right: 0 }}
        sections={{}}
        history={[]}
        page={{
          kind: 'report',
          report: { ...article, bounces: undefined },
          notes: [{ id: 'missing-figure', params: { figure: 'bounces.total' } }],
        }}
        domain={{}}
        actions={{
          checkDomain: async () => ({ ok: false, error: 'x' }),
          rememberDomain: () => undefined,
          copyStructure: async () => true,
          close: () => undefined,
        }}
      />,
    );
    expect(r.querySelector('[data-testid=dl-notes]')?.textContent).toBe('Niet gelezen op deze pagina: bounces.');
    expect(root.querySelector('[data-testid=dl-bounce]')).toBeNull();
  });
});
