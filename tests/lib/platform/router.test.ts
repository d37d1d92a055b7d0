import { describe, expect, it, vi } from 'vitest';

const fakeBrowser = await vi.hoisted(async () => (await import('../../support/fake-browser')).installFakeBrowser());
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

import { createRouter, type Handlers } from '../../../lib/platform/router';
import { checkSender, rememberGrants, type SenderEnvironment } from '../../../lib/platform/sender';
import { REQUESTS, SENDERS } from '../../../lib/platform/message-schemas';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const env: SenderEnvironment = {
  extensionId: ID,
  extensionOrigin: `chrome-extension://${ID}`,
  isGrantedOrigin: async (o) => o === 'https://us21.admin.mailchimp.com',
};
const popup = { id: ID, url: `chrome-extension://${ID}/popup.html` };
const optionsTab = { id: ID, url: `chrome-extension://${ID}/options.html`, tab: { id: 3 } };
const reportTab = { id: ID, url: 'https://us21.admin.mailchimp.com/reports/summary?id=1', tab: { id: 7 }, frameId: 0 };
const otherSite = { id: ID, url: 'https://evil.example/', tab: { id: 8 } };
const otherExtension = { id: 'zzzz', url: 'chrome-extension://zzzz/x.html' };

describe('sender rules', () => {
  it('refuses other extensions for every message', async () => {
    for (const rule of new Set(Object.values(SENDERS))) {
      expect(await checkSender(rule, otherExtension, env)).toEqual({ ok: false, reason: 'other-extension' });
    }
  });

  it('lets only extension pages test a resolver or register an origin', async () => {
    for (const name of ['test-resolver', 'register-esp-origin'] as const) {
      expect(await checkSender(SENDERS[name], popup, env)).toEqual({ ok: true });
      expect(await checkSender(SENDERS[name], optionsTab, env)).toEqual({ ok: true });
      expect(await checkSender(SENDERS[name], reportTab, env)).toEqual({ ok: false, reason: 'not-extension-page' });
    }
  });

  it('lets only a report tab ask for a language pack, and only for a product language', async () => {
    expect(await checkSender(SENDERS['load-language'], reportTab, env)).toEqual({ ok: true });
    expect(await checkSender(SENDERS['load-language'], otherSite, env)).toEqual({
      ok: false,
      reason: 'origin-not-granted',
    });
    expect(REQUESTS['load-language'].safeParse({ lang: 'fr' }).success).toBe(true);
    expect(REQUESTS['load-language'].safeParse({ lang: '../esp-panel' }).success).toBe(false);
  });

  it("injects only an ESP's own panel: the loader names one of the adapters' ESPs", () => {
    expect(REQUESTS['load-panel'].safeParse({ esp: 'activecampaign' }).success).toBe(true);
    for (const esp of ['brevo', '../esp-panel-tools', undefined])
      expect(REQUESTS['load-panel'].safeParse({ esp }).success, String(esp)).toBe(false);
  });

  it('accepts content-script messages only from tabs on granted origins', async () => {
    expect(await checkSender(SENDERS['check-domain'], reportTab, env)).toEqual({ ok: true });
    expect(await checkSender(SENDERS['check-domain'], otherSite, env)).toEqual({
      ok: false,
      reason: 'origin-not-granted',
    });
    expect(await checkSender(SENDERS['load-panel'], popup, env)).toEqual({ ok: false, reason: 'origin-not-granted' });
    expect(
      await checkSender(SENDERS['load-panel'], { ...reportTab, url: 'http://us21.admin.mailchimp.com/' }, env),
    ).toEqual({
      ok: false,
      reason: 'origin-not-granted',
    });
  });
});

describe('granted origins, remembered', () => {
  it('asks the browser once per origin until the permissions change', async () => {
    const asked: string[] = [];
    let forget = () => {};
    const granted = rememberGrants(
      async (o) => (asked.push(o), o === 'https://us21.admin.mailchimp.com'),
      (f) => (forget = f),
    );
    expect(await granted('https://us21.admin.mailchimp.com')).toBe(true);
    expect(await granted('https://us21.admin.mailchimp.com')).toBe(true);
    expect(await granted('https://evil.example')).toBe(false);
    expect(asked).toEqual(['https://us21.admin.mailchimp.com', 'https://evil.example']);
    forget(); // the user withdrew or granted a host permission
    expect(await granted('https://us21.admin.mailchimp.com')).toBe(true);
    expect(asked).toHaveLength(3);
  });

  it('does not remember a question that failed', async () => {
    let calls = 0;
    const granted = rememberGrants(
      async () => {
        calls++;
        if (calls === 1) throw new Error('no answer');
        return true;
      },
      () => {},
    );
    await expect(granted('https://us21.admin.mailchimp.com')).rejects.toThrow('no answer');
    expect(await granted('https://us21.admin.mailchimp.com')).toBe(true);
    expect(calls).toBe(2);
  });
});

describe('router', () => {
  const calls: string[] = [];
  const handlers: Handlers = {
    'test-resolver': async (req) => {
      calls.push(req.url);
      return { ok: true, ms: 1 };
    },
    'check-domain': async (req) => ({ ok: false, error: `checked ${req.domain}` }),
  };
  const dispatch = createRouter(handlers, env);

  it('never lets a web page make the service worker fetch a URL', async () => {
    const res = await dispatch('test-resolver', { url: 'http://127.0.0.1:8080/dns-query' }, reportTab);
    expect(res).toEqual({ ok: false, error: 'refused: not-extension-page', refused: 'sender' });
    expect(calls).toEqual([]);
  });

  it('validates the request at the boundary, size limits included', async () => {
    expect(await dispatch('check-domain', { domain: 'x'.repeat(254) }, reportTab)).toMatchObject({
      refused: 'invalid-request',
    });
    expect(await dispatch('check-domain', { domain: 'atelier-example.be', esp: 'hotmail' }, reportTab)).toMatchObject({
      refused: 'invalid-request',
    });
    expect(await dispatch('check-domain', { domain: 'atelier-example.be', esp: 'mailchimp' }, reportTab)).toEqual({
      ok: false,
      error: 'checked atelier-example.be',
    });
    expect(await dispatch('test-resolver', { url: 'https://dns.example/dns-query' }, popup)).toEqual({
      ok: true,
      ms: 1,
    });
  });

  it('answers a message without a handler with a refusal, not a throw', async () => {
    expect(await dispatch('open-why', { id: 'spf' }, popup)).toMatchObject({ refused: 'no-handler' });
  });

  it('has a schema and a sender rule for every message', () => {
    expect(Object.keys(SENDERS).sort()).toEqual(Object.keys(REQUESTS).sort());
  });
});
