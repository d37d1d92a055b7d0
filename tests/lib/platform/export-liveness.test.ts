// The flagged-address export made in the panel: only distinct domains travel to the background.
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} })); // no extension runtime in node; send and settings are injected

const { exportInPage, handleDomainLiveness } = await import('../../../lib/platform/export-liveness');
const { createZoneResolver } = await import('../../../lib/dns/zone');
const { Settings } = await import('../../../lib/platform/storage');

describe('export without the 64 MiB message', () => {
  it('400,000 bounced addresses: the message holds 2,002 domains, the CSV is written here', async () => {
    const items = Array.from({ length: 400_000 }, (_, i) => ({
      email: `klant.${i}@${i % 3 === 0 ? 'gmail.com' : i % 3 === 1 ? `bedrijf${i % 2000}.be` : 'gesloten-winkel.nl'}`,
      espType: 'hard' as const,
      reason: '550 5.1.1 user unknown',
    }));
    const zone = createZoneResolver({
      nodes: {
        'gmail.com': { MX: [{ preference: 5, exchange: 'gmail-smtp-in.l.google.com' }] },
        ...Object.fromEntries(
          Array.from({ length: 2000 }, (_, i) => [
            `bedrijf${i}.be`,
            { MX: [{ preference: 10, exchange: `mx.bedrijf${i}.be` }] },
          ]),
        ),
      },
    });
    const sent: string[] = [];
    const r = await exportInPage(
      { items, esp: 'mailchimp', campaign: 'Lente', lang: 'nl' },
      async (m) => {
        sent.push(JSON.stringify(m));
        return handleDomainLiveness(m, zone);
      },
      async () => Settings.parse({}),
    );
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!).domains).toHaveLength(2002);
    expect(sent[0]!.length).toBeLessThan(40_000); // vs ~20 MB for the addresses and their reasons
    if (!r.ok) throw new Error(r.error);
    expect(r.result.rows).toBe(400_000);
    expect(r.result.csv.split('\r\n')[0]).toBe(
      '\uFEFFemail;flag;category;sub_reason;esp_type;code;reason;suggestion;campaign;date;action',
    );
    expect(r.result.csv).toContain('klant.2@gesloten-winkel.nl;domain-dead;hard;');
    expect(r.result.domainsUnchecked).toBe(0);
  });
});
