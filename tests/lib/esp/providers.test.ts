// The ESP registry is the source of every ESP list (issue 11 §2): a provider without DNS facts,
// an adapter without fixtures, or a match pattern not derived from it fails here.
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import { ESP_DNS } from '../../../lib/auth/esp-dns';
import type { EspId as ContractEspId } from '../../../lib/auth/types';
import { ADAPTER_OF } from '../../../lib/esp';
import { ESP_IDS, isProviderHost, PROVIDER_MATCHES, PROVIDERS, type EspId } from '../../../lib/esp/providers';
import { ESP_MATCHES } from '../../../lib/esp/routes';
import { PAGE_FIXTURES } from '../../fixtures/esp';

describe('ESP registry', () => {
  it("is the api-contract's EspId set", () => {
    expectTypeOf<EspId>().toEqualTypeOf<ContractEspId>();
    expect(ESP_IDS).toEqual(['mailchimp', 'activecampaign', 'campaign-monitor', 'brevo', 'mailerlite', 'klaviyo']);
    expect(z.enum(ESP_IDS).safeParse('brevo').success).toBe(true);
    expect(z.enum(ESP_IDS).safeParse('sendgrid').success).toBe(false);
  });

  it('has DNS facts for every provider', () => {
    for (const p of PROVIDERS) expect(ESP_DNS[p.id as keyof typeof ESP_DNS], p.id).toBeDefined();
  });

  it('has an adapter, fixtures and match patterns exactly for the providers marked with one', () => {
    for (const p of PROVIDERS) {
      expect(p.id in ADAPTER_OF, p.id).toBe(p.adapter);
      expect(
        PAGE_FIXTURES.some((f) => f.provider === p.id),
        p.id,
      ).toBe(p.adapter);
      expect(p.matches.length > 0, p.id).toBe(p.adapter);
    }
  });

  it('gives the content script its matches', () => {
    expect(ESP_MATCHES).toEqual(PROVIDER_MATCHES);
    expect(ESP_MATCHES).toEqual([
      'https://*.admin.mailchimp.com/*',
      'https://*.activehosted.com/*',
      'https://*.createsend.com/*',
    ]);
  });

  it('tells its own hosts from look-alikes', () => {
    expect(isProviderHost('mailchimp', 'us21.admin.mailchimp.com')).toBe(true);
    expect(isProviderHost('mailchimp', 'admin.mailchimp.com.evil.example')).toBe(false);
    expect(isProviderHost('campaign-monitor', 'atelier.createsend.com')).toBe(true);
    expect(isProviderHost('campaign-monitor', 'createsend.com')).toBe(false);
    expect(isProviderHost('brevo', 'app.brevo.com')).toBe(true);
  });
});
