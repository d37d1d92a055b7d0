// lib/platform/message-store.ts against WXT's fake browser (house-style.md "Test the platform
// layer"): the newest summary per From domain, validated per entry, bounded in size.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { MessageReport } from '../../../lib/message';
import { addSummary, summarizeReport, type MessageCheckSummary } from '../../../lib/message/summary';

vi.stubGlobal('chrome', fakeBrowser);
let store: typeof import('../../../lib/platform/message-store');
beforeAll(async () => {
  store = await import('../../../lib/platform/message-store');
});
beforeEach(() => fakeBrowser.reset());

const report = (domain: string, over: Partial<MessageReport> = {}): MessageReport => ({
  from: { address: `nieuws@${domain}`, domain },
  dkim: [{ domain, selector: 'k2', algorithm: 'rsa-sha256', result: 'pass', signedHeaders: ['from'], aligned: true }],
  dmarc: { result: 'pass', policy: 'none' },
  listUnsubscribe: { present: true, https: true, oneClick: true, signed: false },
  authenticationResults: [],
  arc: [],
  findings: [
    { id: 'dkim-aligned-pass', severity: 'ok', params: { domain, selector: 'k2' } },
    { id: 'receiver-none', severity: 'info', params: {} },
    { id: 'dkim-key-1024', severity: 'warning', params: { domain, selector: 'k2', bits: 1024 } },
    { id: 'unsubscribe-not-signed', severity: 'error', params: { which: 'post' } },
  ],
  subject: 'Verse croissants',
  ...over,
});

describe('message summaries', () => {
  it('keep the problems, errors first, and the best aligned DKIM result', () => {
    expect(summarizeReport(report('a.be'), new Date('2026-12-01T10:00:00Z'))).toEqual({
      domain: 'a.be',
      checkedAt: '2026-12-01T10:00:00.000Z',
      subject: 'Verse croissants',
      dkim: 'pass',
      dmarc: 'pass',
      oneClick: true,
      signed: false,
      findings: [
        { id: 'unsubscribe-not-signed', severity: 'error', params: { which: 'post' } },
        { id: 'dkim-key-1024', severity: 'warning', params: { domain: 'a.be', selector: 'k2', bits: 1024 } },
      ],
    });
    expect(summarizeReport({ ...report('a.be'), from: undefined }, new Date())).toBeUndefined();
  });

  it('are bounded: the oldest domains go first', () => {
    let all: Record<string, MessageCheckSummary> = {};
    for (let i = 0; i < 5; i++)
      all = addSummary(all, summarizeReport(report(`d${i}.be`), new Date(Date.UTC(2026, 0, 1 + i)))!, 3);
    expect(Object.keys(all).sort()).toEqual(['d2.be', 'd3.be', 'd4.be']);
  });
});

describe('message store', () => {
  it('saves and loads per From domain, a subdomain sender found from its parent', async () => {
    await store.saveMessageCheck(report('news.bakkerij.be'), new Date('2026-12-01T10:00:00Z'));
    expect((await store.loadMessageCheck('news.bakkerij.be'))?.findings.map((f) => f.id)).toEqual([
      'unsubscribe-not-signed',
      'dkim-key-1024',
    ]);
    expect((await store.loadMessageCheck('bakkerij.be'))?.domain).toBe('news.bakkerij.be');
    expect(await store.loadMessageCheck('other.be')).toBeUndefined();
    expect(Object.keys((await fakeBrowser.storage.local.get('messageChecks')).messageChecks as object)).toEqual([
      'news.bakkerij.be',
    ]);
  });

  it('drops an unreadable entry and keeps the others', async () => {
    await store.saveMessageCheck(report('good.be'));
    const { messageChecks } = (await fakeBrowser.storage.local.get('messageChecks')) as {
      messageChecks: Record<string, unknown>;
    };
    await fakeBrowser.storage.local.set({
      messageChecks: { ...messageChecks, 'bad.be': { domain: 'bad.be', dkim: 'maybe' }, 'x.be': 'nonsense' },
    });
    expect(Object.keys(await store.loadMessageChecks())).toEqual(['good.be']);
  });
});
