// The received-copy components in happy-dom: the check form runs the real analyzeMessage on a
// fixture against the fixture zone; the panel's verdict shows the stored summary of the domain.
// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
// The panel reads the last message check through the background: a fake runtime answers it.
const fakeBrowser = await vi.hoisted(async () => (await import('../support/fake-browser')).installFakeBrowser());
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
import { MessageCheck } from '../../components/MessageCheck';
import { MessageVerdict } from '../../components/MessageVerdict';
import { analyzeMessage, type MessageReport } from '../../lib/message';
import { createZoneResolver } from '../../lib/dns/zone';
import type { MessageCheckSummary } from '../../lib/message/summary';
import { messageZone } from '../fixtures/messages/zone';
import { click, mount, submit, type } from '../support/render';
import { serveStores } from '../support/fake-background';

serveStores();

const until = async (f: () => boolean) => {
  for (let i = 0; i < 100 && !f(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
};

describe('MessageCheck', () => {
  it('checks a pasted copy, hands the report on, explains a line on why?', async () => {
    const reports: MessageReport[] = [];
    const root = mount(
      <MessageCheck
        lang="nl"
        analyze={(raw) => analyzeMessage(raw, createZoneResolver(messageZone))}
        onReport={(r) => reports.push(r)}
        whyHref={(a) => `/why.html#${a}`}
      />,
    );
    await type(
      root.querySelector('textarea'),
      readFileSync(join(__dirname, '../fixtures/messages/activecampaign.eml'), 'utf8').replace(/\r\n/g, '\n'),
    );
    await submit(root.querySelector('form'));
    await until(() => root.querySelectorAll('[data-testid=msg-finding]').length > 0);
    const lines = [...root.querySelectorAll('[data-testid=msg-finding] .msg-text')].map((e) => e.textContent);
    expect(lines[2]).toBe('Gmail toont geen uitschrijfknop: List-Unsubscribe-Post is niet ondertekend');
    expect(reports).toHaveLength(1);
    const why = root.querySelectorAll('[data-testid=msg-dkim] button')[0];
    await click(why);
    expect(root.querySelector('[data-testid=msg-why] a')?.getAttribute('href')).toBe('/why.html#dkim');
  });

  it('asks for a paste when the area is empty', async () => {
    const root = mount(<MessageCheck lang="en" analyze={() => Promise.reject(new Error('not called'))} />);
    await submit(root.querySelector('form'));
    expect(root.querySelector('[role=alert]')?.textContent).toBe('Paste a message source first.');
  });
});

describe('MessageVerdict', () => {
  const summary: MessageCheckSummary = {
    domain: 'fietsen-janssens.be',
    checkedAt: '2026-12-01T09:00:00.000Z',
    subject: 'Winteronderhoud',
    dkim: 'pass',
    dmarc: 'pass',
    oneClick: true,
    signed: false,
    findings: [{ id: 'unsubscribe-not-signed', severity: 'error', params: { which: 'post' } }],
  };

  it('shows the last check of the domain', async () => {
    const asked: string[] = [];
    const root = mount(
      <MessageVerdict lang="en" domain="fietsen-janssens.be" load={async (d) => (asked.push(d), summary)} />,
    );
    await until(() => !!root.querySelector('[data-testid=msg-verdict]'));
    expect(asked).toEqual(['fietsen-janssens.be']);
    expect(root.querySelector('[data-finding=unsubscribe-not-signed]')?.textContent).toBe(
      '✗ Gmail will not show an unsubscribe button: List-Unsubscribe-Post is not signed',
    );
    expect(root.textContent).toContain('Received copy');
  });

  it('shows nothing without a stored check', async () => {
    const root = mount(<MessageVerdict lang="en" domain="other.be" load={async () => undefined} />);
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(root.innerHTML).toBe('');
  });
});
