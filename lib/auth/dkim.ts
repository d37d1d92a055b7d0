// DKIM selector discovery and key checks (RFC 6376; knowledge.md §4 "Selector discovery").
// A selector not found is "unknown", never "missing": we can only guess selectors.
import type { Resolver } from '../dns/types';
import { lookup, txtRecords } from './lookup';
import { parseDkimKey } from './dkim-key';
import { COMMON_DKIM_SELECTORS, ESP_DNS } from './esp-dns';
import type { AuthFinding, DkimKeyFound, DkimSelectorOutcome, DomainCheck, EspId } from './types';

/** The selectors to probe: the ESP's, then user-added ones, then common ones, without repeats. */
export function selectorsToProbe(esp: EspId | undefined, extra: string[] = []): string[] {
  const esps = esp ? ESP_DNS[esp].dkim.map((d) => d.selector) : [];
  const all = [
    ...esps,
    ...extra.map((s) => s.trim().toLowerCase()).filter(Boolean),
    ...(esp ? [] : COMMON_DKIM_SELECTORS),
  ];
  return [...new Set(all)];
}

function keyStatus(bits: number | undefined, k: ReturnType<typeof parseDkimKey>): DkimKeyFound['status'] {
  if (k.errors.length) return 'invalid';
  if (k.revoked) return 'revoked';
  if (k.keyType === 'rsa' && bits !== undefined && bits < 1024) return 'invalid'; // RFC 8301 §3.2
  if (k.testing) return 'testing';
  if (k.keyType === 'rsa' && bits !== undefined && bits < 2048) return 'weak';
  return 'valid';
}

/** The selectors an ESP needs for its authentication: all its current ones (knowledge.md §4). */
export function requiredSelectors(esp: EspId | undefined): string[] {
  return esp ? ESP_DNS[esp].dkim.filter((d) => !d.legacy).map((d) => d.selector) : [];
}

const USABLE = new Set<DkimKeyFound['status']>(['valid', 'weak', 'testing']);

/**
 * Probes the selectors and keeps each one's outcome (issue 12 §3). With the ESP known the area
 * passes only when every selector it needs has a usable key: one of Mailchimp's k2/k3 is
 * "incomplete" (warn), and a needed selector that could not be checked makes the area unknown
 * even when another has a key. Without the ESP a selector not found is unknown, never missing.
 */
export async function evaluateDkim(
  domain: string,
  resolver: Resolver,
  options: { esp?: EspId; selectors?: string[]; signal?: AbortSignal } = {},
): Promise<DomainCheck['dkim']> {
  const probed = selectorsToProbe(options.esp, options.selectors);
  const required = new Set(requiredSelectors(options.esp));
  const results = await Promise.all(
    probed.map(async (selector) => ({
      selector,
      res: await lookup(resolver, `${selector}._domainkey.${domain}`, 'TXT', options.signal),
    })),
  );
  const keys: DkimKeyFound[] = [];
  const findings: AuthFinding[] = [];
  const selectors: DkimSelectorOutcome[] = [];
  const expected = new Map((options.esp ? ESP_DNS[options.esp].dkim : []).map((d) => [d.selector, d.target]));
  const esp = options.esp ? ESP_DNS[options.esp].name : undefined;
  for (const { selector, res } of results) {
    const base = { selector, required: required.has(selector) };
    if (!res.ok) {
      selectors.push({ ...base, outcome: 'unknown', error: res.error });
      continue;
    }
    const via = res.answer.records.flatMap((r) => (r.type === 'CNAME' ? [r.target] : []));
    const record = txtRecords(res.answer).find((t) => /\bp\s*=/.test(t));
    selectors.push({ ...base, outcome: record ? 'key' : 'absent' });
    if (!record) continue;
    const key = parseDkimKey(record);
    const found: DkimKeyFound = {
      selector,
      via,
      status: keyStatus(key.bits, key),
      keyType: key.keyType,
      keyBits: key.bits,
    };
    keys.push(found);
    const target = expected.get(selector);
    if (target && via[0] !== target)
      findings.push({
        id: 'dkim-unexpected-target',
        severity: 'warning',
        params: { selector, found: via[0] ?? '', target, esp },
      });
    if (found.status === 'revoked') findings.push({ id: 'dkim-revoked', severity: 'warning', params: { selector } });
    if (found.status === 'invalid')
      findings.push({
        id: 'dkim-invalid',
        severity: 'error',
        params: { selector, reason: key.errors[0], bits: key.bits },
      });
    if (found.status === 'weak')
      findings.push({ id: 'dkim-weak', severity: 'warning', params: { selector, bits: key.bits } });
    if (found.status === 'testing') findings.push({ id: 'dkim-testing', severity: 'warning', params: { selector } });
  }
  const usable = keys.filter((k) => USABLE.has(k.status));
  const has = (s: string) => usable.some((k) => k.selector === s);
  const unknown = selectors.filter((s) => s.outcome === 'unknown');
  const out = { findings, keys, probed, selectors };
  const list = (xs: { selector: string }[]) => xs.map((x) => x.selector);
  if (options.esp) {
    const needed = [...required];
    const missing = needed.filter((s) => !has(s));
    const unchecked = missing.filter((s) => unknown.some((u) => u.selector === s));
    if (missing.length === 0) {
      const status = findings.some((f) => f.severity !== 'info') ? 'warn' : 'pass';
      return { status, summary: { id: 'dkim-keys-found', params: { selectors: needed, esp } }, ...out };
    }
    // A selector the ESP needs that could not be checked: nothing can be concluded about the set.
    if (unchecked.length > 0)
      return {
        status: 'unknown',
        summary: { id: 'dkim-unchecked', params: { selectors: unchecked } },
        ...out,
        error: unknown.find((u) => u.selector === unchecked[0])!.error,
      };
    const present = needed.filter(has);
    const legacy = usable.filter((k) => !required.has(k.selector));
    if (present.length > 0 || legacy.length > 0) {
      findings.push({
        id: 'dkim-esp-incomplete',
        severity: 'warning',
        params: { esp, missing, present: [...present, ...list(legacy)] },
      });
      return {
        status: 'warn',
        summary: { id: 'dkim-incomplete', params: { esp, missing, present: [...present, ...list(legacy)] } },
        ...out,
      };
    }
    if (keys.length > 0) return { status: 'fail', summary: { id: 'dkim-keys-unusable' }, ...out };
    const tree = await domainkeyTree(domain, resolver, options.signal);
    // With the ESP known its selectors are not a guess: their absence means it cannot sign as you.
    findings.push({ id: 'dkim-esp-missing', severity: 'error', params: { esp } });
    return { status: 'fail', summary: { id: 'dkim-esp-none', params: { esp, selectors: probed, tree } }, ...out, tree };
  }
  if (usable.length > 0) {
    const status = findings.some((f) => f.severity !== 'info') ? 'warn' : 'pass';
    return { status, summary: { id: 'dkim-keys-found', params: { selectors: list(usable) } }, ...out };
  }
  if (unknown.length > 0)
    return {
      status: 'unknown',
      summary: { id: 'dkim-unchecked', params: { selectors: list(unknown) } },
      ...out,
      error: unknown[0]!.error,
    };
  if (keys.length > 0) return { status: 'fail', summary: { id: 'dkim-keys-unusable' }, ...out };
  const tree = await domainkeyTree(domain, resolver, options.signal);
  return { status: 'unknown', summary: { id: 'dkim-common-none', params: { tree } }, ...out, tree };
}

/** RFC 8020 existence test on _domainkey, guarded against wildcards by a random label. */
async function domainkeyTree(
  domain: string,
  resolver: Resolver,
  signal?: AbortSignal,
): Promise<'keys-elsewhere' | 'none' | 'wildcard' | 'unknown'> {
  const random = `dl-${Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('')}`;
  const [base, probe] = await Promise.all([
    lookup(resolver, `_domainkey.${domain}`, 'TXT', signal),
    lookup(resolver, `${random}._domainkey.${domain}`, 'TXT', signal),
  ]);
  if (!base.ok || !probe.ok) return 'unknown';
  if (probe.answer.rcode !== 'NXDOMAIN') return 'wildcard';
  return base.answer.rcode === 'NXDOMAIN' ? 'none' : 'keys-elsewhere';
}
