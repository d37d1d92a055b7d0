// The check stream's failures are reasons (data), worded by the page in the user's language with the
// technical detail kept (lib/platform/check-stream.ts); the e2e suite checks one crosses the port.
import { describe, expect, it, vi } from 'vitest';

const fakeBrowser = await vi.hoisted(async () => (await import('../../support/fake-browser')).installFakeBrowser());
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

import { failedCheck } from '../../../lib/platform/messages';
import { sayReason } from '../../../lib/i18n/auth';
import { reason } from '../../../lib/auth/reason';

describe('check stream failures', () => {
  it('an unexpected error keeps its detail inside a sentence of the user’s language', () => {
    const why = failedCheck(new TypeError('Failed to fetch'));
    expect(why).toEqual({ id: 'check-failed', params: { detail: 'Failed to fetch' } });
    expect(sayReason('en', why)).toBe('the check stopped on an unexpected error (Failed to fetch)');
    expect(sayReason('nl', why)).toBe('de controle stopte door een onverwachte fout (Failed to fetch)');
    expect(sayReason('fr', why)).toBe('la vérification s’est arrêtée sur une erreur inattendue (Failed to fetch)');
  });

  it('a refused or unreadable request is said, not named by its id', () => {
    expect(sayReason('nl', reason('check-refused'))).toBe('deze pagina mag de extensie niet om controles vragen');
    expect(sayReason('en', reason('check-bad-request'))).toBe('the extension did not understand the request');
  });
});
