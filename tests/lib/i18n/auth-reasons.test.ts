// Findings that carry a Reason (lib/auth/reason.ts) say it in the finding's language, nested
// reasons included, never "[object Object]" (issue 11 §1).
import { describe, expect, it } from 'vitest';
import { parseDkimKey } from '../../../lib/auth/dkim-key';
import { parseDmarc } from '../../../lib/auth/dmarc';
import { parseSpf } from '../../../lib/auth/spf-parse';
import { AUTH_TEXTS, sayAuth, sayReason } from '../../../lib/i18n/auth';

describe('reasons inside findings', () => {
  it('words an SPF syntax error, nested in a modifier, in en, nl and fr', () => {
    const why = parseSpf('v=spf1 redirect=%{z}.example.org').error!;
    expect(why).toEqual({
      id: 'spf-in-modifier',
      params: { name: 'redirect', inner: { id: 'macro-unknown-letter', params: { letter: 'z' } } },
    });
    const f = { id: 'spf-syntax', severity: 'error' as const, params: { problem: why } };
    expect(sayAuth('en', f)).toBe(
      'Syntax error: redirect=: unknown macro letter "z". Receivers treat the record as broken (permerror).',
    );
    expect(sayAuth('nl', f)).toContain('redirect=: onbekende macroletter "z"');
    expect(sayAuth('fr', f)).toContain('redirect= : lettre de macro inconnue « z »');
  });

  it('words a DKIM key and a DMARC record problem', () => {
    const key = parseDkimKey('v=DKIM1; p=!!');
    const dkim = { id: 'dkim-invalid', severity: 'error' as const, params: { selector: 's1', reason: key.errors[0] } };
    expect(sayAuth('fr', dkim)).toBe(
      'La clé du sélecteur s1 est inutilisable : la clé publique n’est pas du base64 valide.',
    );
    const rec = parseDmarc('v=DMARC1; p=none; adkim=x');
    expect(sayAuth('nl', { id: 'dmarc-syntax', severity: 'error', params: { problem: rec.errors[0] } })).toBe(
      'adkim=x moet r of s zijn',
    );
  });

  it('has words for every reason id in every language, and says an unknown id as itself', () => {
    const ids = Object.keys(AUTH_TEXTS.en.reason).sort();
    expect(Object.keys(AUTH_TEXTS.nl.reason).sort()).toEqual(ids);
    expect(Object.keys(AUTH_TEXTS.fr.reason).sort()).toEqual(ids);
    expect(sayReason('fr', { id: 'no-such-reason' })).toBe('no-such-reason');
  });
});
