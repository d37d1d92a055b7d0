// @vitest-environment happy-dom
// Progressive rows (issue 12 §9): while a check streams in, the areas known so far show their
// verdict and the others say "checking" — the headline (data-overall) appears only when all are
// known. Per-selector DKIM truth is shown row by row, in the user's language.
import { describe, expect, it } from 'vitest';
import { DomainCheckView } from '../../components/DomainCheckView';
import { checkDomain, type AreaKey } from '../../lib/auth/domain';
import type { DomainCheck } from '../../lib/auth/types';
import { createZoneResolver } from '../../lib/dns/zone';
import { messages } from '../../lib/i18n';
import { AUTH_TEXTS } from '../../lib/i18n/auth';
import { faultMatrix } from '../fixtures/zones/fault-matrix';
import { mount } from '../support/render';

const { rows, zone } = faultMatrix(['servfail'], ['k2']);
const props = { onCheck: () => undefined, copy: async () => true };

describe('DomainCheckView while a check streams in', () => {
  it('shows each area as it arrives and no headline until the end', async () => {
    const partial: Partial<DomainCheck> = {};
    const order: AreaKey[] = [];
    const done = await checkDomain(rows[0]!.domain, createZoneResolver(zone), {
      esp: 'mailchimp',
      onArea: (k, v) => {
        order.push(k);
        (partial as Record<string, unknown>)[k] = v;
      },
    });
    const some = { dmarc: partial.dmarc, dkim: partial.dkim };
    const root = mount(
      <DomainCheckView
        t={messages('fr')}
        lang="fr"
        state={{ kind: 'checking', domain: done.domain, partial: some }}
        {...props}
      />,
    );
    expect(root.querySelector('[data-testid=dl-result]')).toBeNull();
    const status = (id: string) => root.querySelector(`[data-testid=dl-dns-${id}]`)?.getAttribute('data-status');
    expect([status('dmarc'), status('dkim'), status('spf'), status('mx')]).toEqual([
      'pass',
      'unknown',
      'pending',
      'pending',
    ]);
    expect(root.querySelector('[data-testid=dl-dns-spf]')!.textContent).toContain('Vérification en cours…');
    const k2 = root.querySelector('[data-selector=k2]')!;
    expect(k2.getAttribute('data-outcome')).toBe('unknown');
    expect(k2.textContent).toContain('vérification impossible (requis)');
    expect(k2.textContent).toContain('le résolveur a répondu SERVFAIL pour k2._domainkey.news.faults-r1.be TXT');
    expect(root.querySelector('[data-selector=k3]')!.getAttribute('data-outcome')).toBe('key');
    const final = mount(
      <DomainCheckView t={messages('fr')} lang="fr" state={{ kind: 'done', check: done }} {...props} />,
    );
    expect(final.querySelector('[data-testid=dl-result]')!.getAttribute('data-overall')).toBe('unknown');
    expect(new Set(order).size).toBe(10);
  });

  it('the auth catalogue has the same ids in English, Dutch and French', () => {
    const ids = (l: 'en' | 'nl' | 'fr') => [
      Object.keys(AUTH_TEXTS[l].says).sort(),
      Object.keys(AUTH_TEXTS[l].fixNote).sort(),
    ];
    expect(ids('nl')).toEqual(ids('en'));
    expect(ids('fr')).toEqual(ids('en'));
  });

  it('tells the user of a free-mail domain to send from their own domain instead of offering records', async () => {
    const check = await checkDomain(
      'gmail.com',
      createZoneResolver({ nodes: { 'gmail.com': { TXT: ['v=spf1 -all'] } } }),
      { esp: 'mailchimp' },
    );
    const root = mount(<DomainCheckView t={messages('nl')} state={{ kind: 'done', check }} {...props} />);
    expect(root.querySelector('[data-testid=dl-fixes]')).toBeNull();
    expect(root.querySelector('[data-testid=dl-fixes-own-domain]')!.textContent).toContain(
      'verstuur vanaf uw eigen domein',
    );
  });
});
