import { describe, expect, it } from 'vitest';
import { parseAccountOrigin } from '../../../lib/esp/origin';

describe('parseAccountOrigin', () => {
  it.each([
    ['mail.atelier-example.be', 'https://mail.atelier-example.be'],
    ['https://Mail.Atelier-Example.be/app/reports/campaigns/57', 'https://mail.atelier-example.be'],
    ['  atelier.activehosted.com ', 'https://atelier.activehosted.com'],
  ])('%j → %s', (input, origin) => expect(parseAccountOrigin(input)).toEqual({ ok: true, origin, pattern: `${origin}/*` }));
  it.each([
    ['', 'empty'],
    ['http://mail.example.be', 'the address must use https'],
    ['https://user:pw@mail.example.be', 'the address must be a plain host name'],
    ['https://mail.example.be:8443', 'the address must be a plain host name'],
    ['localhost', 'not a host name'],
    ['192.0.2.1', 'not a host name'],
    ['https://exa mple.be', 'not a web address'],
  ])('refuses %j', (input, error) => expect(parseAccountOrigin(input)).toEqual({ ok: false, error }));
});
