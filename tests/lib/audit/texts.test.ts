// Every audit text exists in English, Dutch and French and renders every finding without holes.
import { describe, expect, it } from 'vitest';
import { AUDIT_TEXTS } from '../../../lib/i18n/audit';
import type { AuditFinding, AuditFindingId } from '../../../lib/audit/findings';
import { STOP_RULES } from '../../../lib/audit/plan';

const IDS: AuditFindingId[] = [
  'hard-bounce-expected',
  'dead-domains',
  'unknown-domains',
  'typos',
  'disposable',
  'duplicates',
  'role-addresses',
  'syntax',
  'silent-contacts',
  'never-engaged-old',
  'no-engagement-data',
  'no-dns',
  'out-of-reach',
];
const params = { count: 382, share: 0.1949, of: 1960, scale: 'disaster', domains: 1, addresses: 340 };

describe('audit catalogue', () => {
  it.each(['en', 'nl', 'fr'] as const)('%s renders every finding and stop rule', (lang) => {
    const t = AUDIT_TEXTS[lang];
    for (const id of IDS) {
      const s = t.finding({ id, severity: 'warning', params } as AuditFinding);
      expect(s, id).toMatch(/\S/);
      expect(s, id).not.toMatch(/undefined|NaN|\[object/);
    }
    for (const r of STOP_RULES) expect(t.stopRule(r)).not.toMatch(/undefined/);
  });

  it('writes numbers each language its own way', () => {
    const f = { id: 'hard-bounce-expected', severity: 'critical', params } as AuditFinding;
    expect(AUDIT_TEXTS.en.finding(f)).toContain(
      'at least 19.5% would bounce hard (382 of 1,960 addresses): nearly 20 % — a disaster.',
    );
    expect(AUDIT_TEXTS.nl.finding(f)).toContain(
      'bounct minstens 19,5% hard (382 van 1.960 adressen): bijna 20 % — een ramp.',
    );
    expect(AUDIT_TEXTS.fr.finding(f)).toMatch(
      /au moins 19,5\s%.*\(382 adresses sur 1\s960\) : près de 20 % — une catastrophe\./,
    );
    expect(AUDIT_TEXTS.nl.finding({ id: 'unknown-domains', severity: 'info', params: { domains: 1 } })).toBe(
      '1 domein kon niet opgezocht worden: hun adressen zijn "onbekend", niet dood, en blijven in de lijst.',
    );
  });
});

describe('scale words and plurals', () => {
  it('says "nearly 20 %" only below a shown 20 %, and counts one in the singular', () => {
    const t = AUDIT_TEXTS.en;
    expect(t.hardBounce(0.196, 392, 2000, 'disaster')).toBe(
      'Expected hard bounces: 19.6% (392 of 2,000) — nearly 20 % — a disaster',
    );
    expect(t.hardBounce(0.25, 1, 4, 'disaster')).toBe(
      'Expected hard bounces: 25.0% (1 of 4) — a disaster (20 % or more)',
    );
    expect(t.finding({ id: 'syntax', severity: 'warning', params: { count: 1 } })).toBe(
      '1 entry is not a valid email address.',
    );
    expect(t.finding({ id: 'duplicates', severity: 'info', params: { count: 1200 } })).toBe(
      '1,200 addresses appear more than once.',
    );
    expect(AUDIT_TEXTS.nl.finding({ id: 'typos', severity: 'warning', params: { count: 1 } })).toMatch(
      /^1 adres heeft een verkeerd gespeld/,
    );
  });
});
