import { describe, expect, it } from 'vitest';
import { normalizeDomainInput } from '../../../lib/auth/normalize-domain';
import { sayReason } from '../../../lib/i18n/auth';

describe('normalizeDomainInput', () => {
  it.each([
    ['Example.BE', 'example.be'],
    ['  example.be.  ', 'example.be'],
    ['https://www.example.be/contact?x=1', 'www.example.be'],
    ['news@Mail.Example.be', 'mail.example.be'],
    ['mailto:info@example.be', 'example.be'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['example.be/', 'example.be'],
  ])('%j → %s', (input, domain) => expect(normalizeDomainInput(input)).toEqual({ ok: true, domain }));

  it.each([
    ['', 'nothing was typed'],
    ['my shop', 'a domain has no spaces'],
    ['localhost', 'a sender domain has at least two labels, like example.com'],
    ['192.0.2.1', 'an IP address is not a sender domain'],
    ['exa_mple..be', 'not a valid domain name'],
    [`${'a'.repeat(64)}.be`, 'not a valid domain name'],
    ['<script>.be', 'not a valid domain name'],
  ])('refuses %j', (input, error) => {
    const r = normalizeDomainInput(input);
    expect(r.ok).toBe(false);
    expect(r.ok ? undefined : sayReason('en', r.error)).toBe(error);
  });

  it('refuses as data, worded in the active language', () => {
    expect(normalizeDomainInput('my shop')).toEqual({ ok: false, error: { id: 'domain-spaces' } });
    expect(sayReason('nl', { id: 'domain-spaces' })).toBe('een domein bevat geen spaties');
    expect(sayReason('fr', { id: 'domain-ip' })).toBe('une adresse IP n’est pas un domaine d’envoi');
  });
});

describe('withoutWww', async () => {
  const { withoutWww } = await import('../../../lib/auth/domain');
  it.each([
    ['www.example.be', 'example.be'],
    ['www.shop.example.co.uk', 'shop.example.co.uk'],
    ['www.co.uk', 'www.co.uk'],
    ['www.be', 'www.be'],
    ['wwwexample.be', 'wwwexample.be'],
  ])('%s → %s', (input, out) => expect(withoutWww(input)).toBe(out));
});
