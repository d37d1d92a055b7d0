// A part of the panel from its second stage (components/Later.tsx): a status line while it comes,
// the part once it is here, and a plain message with a retry when it cannot come.
// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';

// The second stage defines its storage items on load: a fake runtime holds them.
const fakeBrowser = await vi.hoisted(async () => (await import('../support/fake-browser')).installFakeBrowser());
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

import { Later, ToolsContext } from '../../components/Later';
import { CampaignRestartPlan } from '../../components/CampaignRestartPlan';
import { PANEL_TOOLS, type PanelTools } from '../../components/panel-tools';
import type { ToolsSource } from '../../lib/platform/panel-tools';
import { messages } from '../../lib/i18n';
import type { CampaignReport } from '../../lib/esp/types';
import { loadExpected } from '../support/load-fixture';
import { click, mount } from '../support/render';

const article = loadExpected('mailchimp/overview-article.expected.json') as CampaignReport;
const settle = () => act(async () => new Promise((r) => setTimeout(r, 10)));

/** A stage that comes only when let through, and fails the first `failures` times. */
function gatedSource(failures: number) {
  let calls = 0;
  let open: (t: PanelTools) => void = () => undefined;
  const source: ToolsSource = {
    now: () => undefined,
    load: () => {
      calls++;
      if (calls <= failures) return Promise.reject(new Error('load-tools: no tab'));
      return new Promise<PanelTools>((resolve) => (open = resolve));
    },
  };
  return { source, calls: () => calls, open: () => act(() => open(PANEL_TOOLS)) };
}

function show(source: ToolsSource) {
  return mount(
    <ToolsContext.Provider value={source}>
      <Later
        t={messages('nl')}
        tool="CampaignRestartPlan"
        props={{ lang: 'nl', report: article, diagnosis: { primaryCause: 'list-quality' } }}
      />
    </ToolsContext.Provider>,
  );
}

describe('a part from the second stage', () => {
  it('says it is loading, then shows the part', async () => {
    const gate = gatedSource(0);
    const root = show(gate.source);
    expect(root.querySelector('[role=status]')?.textContent).toBe('Bezig met laden…');
    await gate.open();
    await settle();
    expect(root.querySelector('[data-testid=restart-plan] h2')?.textContent).toBe('Zo herstart u na deze campagne');
    expect(root.querySelector('[data-testid=dl-part-loading]')).toBeNull();
    // The same as the component rendered directly.
    expect(root.innerHTML).toBe(
      mount(<CampaignRestartPlan lang="nl" report={article} diagnosis={{ primaryCause: 'list-quality' }} />).innerHTML,
    );
  });

  it('says so when the stage does not come, and tries again when asked', async () => {
    const gate = gatedSource(1);
    const root = show(gate.source);
    await settle();
    expect(root.querySelector('[role=alert]')?.textContent).toBe(
      'Dit deel van het paneel kon niet worden geladen. Opnieuw proberen',
    );
    await click(root.querySelector('[data-testid=dl-part-failed] button'));
    expect(gate.calls()).toBe(2);
    expect(root.querySelector('[role=status]')?.textContent).toBe('Bezig met laden…');
    await gate.open();
    await settle();
    expect(root.querySelector('[data-testid=restart-plan]')).not.toBeNull();
  });

  it('without a source (nothing can inject the stage here) it says so, with no retry that cannot work', () => {
    const root = mount(
      <Later
        t={messages('en')}
        tool="CampaignRestartPlan"
        props={{ lang: 'en', report: article, diagnosis: { primaryCause: 'list-quality' } }}
      />,
    );
    expect(root.querySelector('[role=alert]')?.textContent).toBe('This part of the panel could not be loaded.');
    expect(root.querySelector('button')).toBeNull();
  });

  it('renders at once when the stage is already here', () => {
    const root = show({ now: () => PANEL_TOOLS, load: () => Promise.reject(new Error('not asked')) });
    expect(root.querySelector('[data-testid=restart-plan]')).not.toBeNull();
  });
});
