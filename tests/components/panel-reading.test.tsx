// The panel read in ten seconds (issue 13 §10) and a verdict on every page (§3): what is open and
// what is a one-line summary, each sentence once, numbers kept with their "%", the collapse and
// Escape, the position clamped into the viewport, the abuse and bounce pages.
// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
// The second stage defines its storage items on load: a fake runtime holds them.
const fakeBrowser = await vi.hoisted(async () => (await import('../support/fake-browser')).installFakeBrowser());
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

import { PanelApp, type PageData, type PanelActions } from '../../components/PanelApp';
import { messages } from '../../lib/i18n';
import { diagnose } from '../../lib/diagnosis';
import { shownSentences } from '../../lib/diagnosis/presentation';
import { clampPosition } from '../../lib/panel/position';
import { checkDomain } from '../../lib/auth/domain';
import { createZoneResolver } from '../../lib/dns/zone';
import type { CampaignReport } from '../../lib/esp/types';
import { articleZone } from '../fixtures/zones/article';
import { loadExpected } from '../support/load-fixture';
import { click, mount } from '../support/render';
import { toolsHere } from '../support/panel-tools';
import { serveStores } from '../support/fake-background';

serveStores(); // the last message check is read through the background

const article = loadExpected('mailchimp/overview-article.expected.json') as CampaignReport;
const settle = () => act(async () => new Promise((r) => setTimeout(r, 20)));

function setup(
  page: PageData,
  o: {
    remembered?: string;
    collapsed?: boolean;
    position?: { top: number; right: number };
    history?: CampaignReport[];
  } = {},
) {
  const calls = { collapsed: [] as boolean[], closed: 0, copied: [] as string[], checked: [] as string[] };
  const actions: PanelActions = {
    checkDomain: async (d) => {
      calls.checked.push(d);
      return { ok: true, check: await checkDomain(d, createZoneResolver(articleZone), { esp: 'mailchimp' }) };
    },
    rememberDomain: () => undefined,
    copyStructure: async () => true,
    saveCollapsed: (c) => calls.collapsed.push(c),
    close: () => calls.closed++,
    // The report's complainers are copied through it; a bounce page here has no export to wire.
    exportWiring:
      page.kind === 'report'
        ? ({ copyText: async (text: string) => (calls.copied.push(text), true) } as never)
        : undefined,
  };
  const root = mount(
    <PanelApp
      t={messages('en')}
      lang="en"
      position={o.position ?? { top: 100, right: 16 }}
      sections={{}}
      collapsed={o.collapsed}
      history={o.history ?? []}
      page={page}
      esp="mailchimp"
      domain={{ remembered: o.remembered }}
      actions={actions}
      tools={toolsHere()}
    />,
  );
  return { root, calls };
}
const q = (root: Element, id: string) => root.querySelector(`[data-testid=${id}]`);

describe('the overview in ten seconds', () => {
  it('shows headline, cause, deciding figures and steps; DNS and evidence collapsed behind one line each', async () => {
    const { root } = setup({ kind: 'report', report: article }, { remembered: 'atelier-example.be' });
    await settle();
    expect(q(root, 'dl-cause')?.textContent).toBe('Likely cause: List quality');
    expect(q(root, 'dl-click')?.textContent).toBe('Click rate: 0.7% (benchmark 2.9%)');
    expect((root.querySelector('[data-section=steps]') as HTMLDetailsElement).open).toBe(true);
    expect((root.querySelector('[data-section=dns]') as HTMLDetailsElement).open).toBe(false);
    expect((root.querySelector('[data-section=findings]') as HTMLDetailsElement).open).toBe(false);
    expect(q(root, 'dl-summary-dns')?.textContent).toBe(': atelier-example.be — SPF OK · DKIM OK · DMARC OK');
    expect(q(root, 'dl-summary-findings')?.textContent).toBe(': 4 findings, 1 critical');
    // The numbers sit in nowrap spans: "19.6%" never wraps away from its sign.
    expect(Array.from(root.querySelectorAll('.dl-num')).map((e) => e.textContent)).toEqual(['19.6%', '9.8%', '0.7%']);
  });

  it('says every sentence once (evidence, advice and steps)', async () => {
    const domain = await checkDomain('atelier-example.be', createZoneResolver(articleZone), { esp: 'mailchimp' });
    for (const input of [
      { report: article, domain },
      { report: article },
      { report: { ...article, bounces: { total: 50, rate: 0.025 } }, domain },
    ]) {
      const s = shownSentences(diagnose(input));
      expect(s.length).toBeGreaterThan(5);
      expect(s.filter((x, i) => s.indexOf(x) !== i)).toEqual([]);
    }
    const { root } = setup({ kind: 'report', report: article }, { remembered: 'atelier-example.be' });
    await settle();
    const steps = Array.from(root.querySelectorAll('[data-testid=dl-steps] li')).map((li) => li.textContent);
    const advice = Array.from(root.querySelectorAll('.dl-advice')).map((a) => a.textContent);
    expect(advice.filter((a) => steps.includes(a))).toEqual([]);
  });

  it('qualifies the cause until DNS is known to be in order', () => {
    const { root } = setup({ kind: 'report', report: article });
    expect(q(root, 'dl-cause')?.textContent).toBe('Likely cause: List quality (if DNS is in order)');
    expect(root.querySelector('[data-testid=dl-steps] li')?.textContent).toBe(
      'Check DNS first (SPF, DKIM, DMARC): enter your sender domain above.',
    );
  });
});

describe('the frame', () => {
  it('collapses on Escape and remembers it; opens collapsed when remembered so', async () => {
    const { root, calls } = setup({ kind: 'report', report: article });
    const input = root.querySelector('input[name=domain]')!;
    await act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(q(root, 'dl-headline')).toBeNull();
    expect(q(root, 'dl-panel')?.getAttribute('data-collapsed')).toBe('true');
    expect(calls.collapsed).toEqual([true]);
    await click(q(root, 'dl-collapse'));
    expect(q(root, 'dl-headline')).not.toBeNull();
    expect(calls.collapsed).toEqual([true, false]);
    const again = setup({ kind: 'report', report: article }, { collapsed: true });
    expect(q(again.root, 'dl-headline')).toBeNull();
  });

  it('the close button dismisses (the caller remembers it for this campaign)', async () => {
    const { root, calls } = setup({ kind: 'report', report: article });
    expect(q(root, 'dl-close')?.getAttribute('aria-label')).toBe('Hide for this campaign');
    await click(q(root, 'dl-close'));
    expect(calls.closed).toBe(1);
  });

  it('clamps a remembered position into the viewport on every show', () => {
    expect(clampPosition({ top: 1400, right: 2200 }, { width: 1280, height: 800 })).toEqual({ top: 752, right: 920 });
    expect(clampPosition({ top: -30, right: -5 }, { width: 1280, height: 800 })).toEqual({ top: 0, right: 0 });
    expect(clampPosition({ top: 100, right: 16 }, { width: 1280, height: 800 })).toEqual({ top: 100, right: 16 });
    expect(clampPosition({ top: 100, right: 50 }, { width: 320, height: 500 })).toEqual({ top: 100, right: 0 });
    const { root } = setup({ kind: 'report', report: article }, { position: { top: 5000, right: 5000 } });
    const panel = q(root, 'dl-panel') as HTMLElement;
    expect([panel.style.top, panel.style.right]).toEqual([
      `${window.innerHeight - 48}px`,
      `${window.innerWidth - 360}px`,
    ]);
  });
});

describe('a verdict on every page', () => {
  const abuse: PageData = {
    kind: 'report',
    view: 'abuse',
    report: { provider: 'mailchimp', campaignId: '4409731', complaints: { count: 2 } },
    complainers: ['p.verbruggen@telenet.be', 'annick.d@hotmail.com'],
  };

  it('the abuse page: judged with the overview remembered, complainers offered, no domain asked', async () => {
    const { root, calls } = setup(abuse, { history: [{ ...article, campaignId: '4409731' }] });
    await settle();
    expect(root.querySelector('input[name=domain]')).toBeNull();
    expect(calls.checked).toEqual([]);
    expect(q(root, 'dl-headline')?.textContent).toBe(
      '2 people marked this campaign as spam (0.12%): above what Gmail allows bulk senders — suppress them and mail only people who asked.',
    );
    expect(q(root, 'dl-cause')?.getAttribute('data-cause')).toBe('reputation');
    await click(q(root, 'dl-complainers')?.querySelector('button'));
    expect(calls.copied).toEqual(['p.verbruggen@telenet.be\nannick.d@hotmail.com']);
    expect(q(root, 'dl-summary-findings')?.textContent).toBe(': 1 finding');
  });

  it('the bounce list: the triage as its verdict', () => {
    const items = [
      {
        email: 'a@x.be',
        espType: 'soft' as const,
        reason: '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail',
      },
      { email: 'b@x.be', espType: 'hard' as const, reason: '550 5.1.1 User unknown' },
    ];
    const { root } = setup({ kind: 'bounces', items });
    expect(q(root, 'dl-headline')?.textContent).toBe(
      '2 bounces: 1 dead, 1 block, 0 temporary — no pattern of refusals.',
    );
    expect(Array.from(root.querySelectorAll('[data-testid=dl-steps] li')).map((li) => li.textContent)).toEqual([
      'Remove the 1 dead address in your CRM.',
      '1 refusal names your reputation: pause big sends and restart small with recent engagers.',
    ]);
    expect(q(root, 'dl-bounce-count')?.textContent).toBe('2 bounced addresses listed: 1 hard, 1 soft.');
  });

  it('a rule that fails is named, not hidden', async () => {
    const { runRules } = await import('../../lib/diagnosis/engine');
    const { RULES } = await import('../../lib/diagnosis/rules');
    const d = runRules(
      [
        {
          id: 'complaint-rate',
          run: () => {
            throw new Error('boom');
          },
        },
        ...RULES.filter((r) => r.id !== 'complaint-rate'),
      ],
      { report: article },
    );
    const { DiagnosisHeadline, FindingsList } = await import('../../components/DiagnosisParts');
    const root = mount(
      <div>
        <DiagnosisHeadline t={messages('en')} diagnosis={d} />
        <FindingsList t={messages('en')} diagnosis={d} />
      </div>,
    );
    expect(q(root, 'dl-failed-parts')?.textContent).toBe('Part of the check failed: the spam complaints.');
    expect(root.querySelector('[data-finding=internal-error]')?.textContent).toBe(
      'Warning: Part of the check failed: the spam complaints (boom). ',
    );
  });
});
