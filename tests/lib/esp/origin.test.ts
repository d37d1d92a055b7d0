import { describe, expect, it } from 'vitest';
import { parseAccountOrigin } from '../../../lib/esp/origin';
import { sayReason } from '../../../lib/i18n/auth';

describe('parseAccountOrigin', () => {
  it.each([
    ['mail.atelier-example.be', 'https://mail.atelier-example.be'],
    ['https://Mail.Atelier-Example.be/app/reports/campaigns/57', 'https://mail.atelier-example.be'],
    ['  atelier.activehosted.com ', 'https://atelier.activehosted.com'],
  ])('%j → %s', (input, origin) =>
    expect(parseAccountOrigin(input)).toEqual({ ok: true, origin, pattern: `${origin}/*` }),
  );
  it.each([
    ['', 'origin-empty'],
    ['http://mail.example.be', 'origin-not-https'],
    ['https://user:pw@mail.example.be', 'origin-not-plain'],
    ['https://mail.example.be:8443', 'origin-not-plain'],
    ['localhost', 'origin-not-host'],
    ['192.0.2.1', 'origin-not-host'],
    ['https://exa mple.be', 'origin-bad-url'],
  ])('refuses %j', (input, id) => expect(parseAccountOrigin(input)).toEqual({ ok: false, error: { id } }));

  it('words its refusal in the active language', () => {
    const r = parseAccountOrigin('http://mail.example.be');
    expect(r.ok ? '' : sayReason('en', r.error)).toBe('the address must use https');
    expect(r.ok ? '' : sayReason('nl', r.error)).toBe('het adres moet https gebruiken');
    expect(r.ok ? '' : sayReason('fr', r.error)).toBe('l’adresse doit utiliser https');
  });
});
