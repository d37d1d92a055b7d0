// DKIM selector discovery and key checks (RFC 6376; knowledge.md §4 "Selector discovery").
// A selector not found is "unknown", never "missing": we can only guess selectors.
import type { Resolver } from '../dns/types';
import { lookup, txtRecords } from './lookup';
import { parseDkimKey } from './dkim-key';
import { COMMON_DKIM_SELECTORS, ESP_DNS } from './esp-dns';
import type { AuthFinding, DkimKeyFound, DomainCheck, EspId } from './types';

/** The selectors to probe: the ESP's, then user-added ones, then common ones, without repeats. */
export function selectorsToProbe(esp: EspId | undefined, extra: string[] = []): string[] {
  const esps = esp ? ESP_DNS[esp].dkim.map((d) => d.selector) : [];
  const all = [...esps, ...extra.map((s) => s.trim().toLowerCase()).filter(Boolean), ...(esp ? [] : COMMON_DKIM_SELECTORS)];
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

/** Probes the selectors for a domain and reports the keys found. */
export async function evaluateDkim(
  domain: string,
  resolver: Resolver,
  options: { esp?: EspId; selectors?: string[]; signal?: AbortSignal } = {},
): Promise<DomainCheck['dkim']> {
  const probed = selectorsToProbe(options.esp, options.selectors);
  const results = await Promise.all(
    probed.map(async (selector) => ({ selector, res: await lookup(resolver, `${selector}._domainkey.${domain}`, 'TXT', options.signal) })),
  );
  const keys: DkimKeyFound[] = [];
  const findings: AuthFinding[] = [];
  const errors: string[] = [];
  const expected = new Map((options.esp ? ESP_DNS[options.esp].dkim : []).map((d) => [d.selector, d.target]));
  for (const { selector, res } of results) {
    if (!res.ok) {
      errors.push(res.error);
      continue;
    }
    const via = res.answer.records.flatMap((r) => (r.type === 'CNAME' ? [r.target] : []));
    const record = txtRecords(res.answer).find((t) => /\bp\s*=/.test(t));
    if (!record) continue;
    const key = parseDkimKey(record);
    const found: DkimKeyFound = { selector, via, status: keyStatus(key.bits, key), keyType: key.keyType, keyBits: key.bits };
    keys.push(found);
    const target = expected.get(selector);
    if (target && via[0] !== target)
      findings.push({ id: 'dkim-unexpected-target', severity: 'warning', message: `${selector}._domainkey points to ${via[0] ?? 'a TXT key'}, not ${target} as ${ESP_DNS[options.esp!].name} expects.` });
    if (found.status === 'revoked') findings.push({ id: 'dkim-revoked', severity: 'warning', message: `The key at selector ${selector} is revoked (empty p=).` });
    if (found.status === 'invalid') findings.push({ id: 'dkim-invalid', severity: 'error', message: `The key at selector ${selector} is unusable: ${key.errors[0] ?? `${key.bits}-bit RSA is below the 1024-bit minimum`}.` });
    if (found.status === 'weak') findings.push({ id: 'dkim-weak', severity: 'warning', message: `The key at selector ${selector} is ${key.bits}-bit RSA; 2048 is recommended.` });
    if (found.status === 'testing') findings.push({ id: 'dkim-testing', severity: 'warning', message: `The key at selector ${selector} is in testing mode (t=y).` });
  }
  const usable = keys.filter((k) => k.status === 'valid' || k.status === 'weak' || k.status === 'testing');
  const espName = options.esp ? ESP_DNS[options.esp].name : undefined;
  if (usable.length > 0) {
    const list = usable.map((k) => k.selector).join(', ');
    return {
      status: findings.some((f) => f.severity !== 'info') ? 'warn' : 'pass',
      summary: `DKIM key${usable.length > 1 ? 's' : ''} found at selector ${list}${espName ? ` (${espName})` : ''}.`,
      findings,
      keys,
      probed,
    };
  }
  if (errors.length > 0)
    return { status: 'unknown', summary: "Couldn't check DKIM.", findings, keys, probed, error: errors[0] };
  if (keys.length > 0) return { status: 'fail', summary: 'The DKIM keys found cannot be used.', findings, keys, probed };
  const tree = await domainkeyTree(domain, resolver, options.signal);
  const treeNote = {
    'keys-elsewhere': 'DKIM keys exist on this domain under other selectors (RFC 8020 existence test)',
    none: 'no DKIM key exists anywhere under _domainkey (RFC 8020 existence test)',
    wildcard: 'the domain answers every name under _domainkey (a wildcard), so other selectors cannot be ruled out',
    unknown: 'the existence test could not be run',
  }[tree];
  // With the ESP known its selectors are not a guess: their absence means the ESP cannot sign
  // with this domain. Without it, a selector not found is unknown, never missing (knowledge.md §4).
  if (espName)
    return {
      status: 'fail',
      summary: `No ${espName} DKIM key found (selectors ${probed.join(', ')}); ${treeNote}.`,
      findings: [...findings, { id: 'dkim-esp-missing', severity: 'error', message: `${espName} signs with your domain only when its DKIM records are published.` }],
      keys,
      probed,
      tree,
    };
  return { status: 'unknown', summary: `No DKIM key at the common selectors; ${treeNote}. Add your selector in the options.`, findings, keys, probed, tree };
}

/** RFC 8020 existence test on _domainkey, guarded against wildcards by a random label. */
async function domainkeyTree(domain: string, resolver: Resolver, signal?: AbortSignal): Promise<'keys-elsewhere' | 'none' | 'wildcard' | 'unknown'> {
  const random = `dl-${Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('')}`;
  const [base, probe] = await Promise.all([
    lookup(resolver, `_domainkey.${domain}`, 'TXT', signal),
    lookup(resolver, `${random}._domainkey.${domain}`, 'TXT', signal),
  ]);
  if (!base.ok || !probe.ok) return 'unknown';
  if (probe.answer.rcode !== 'NXDOMAIN') return 'wildcard';
  return base.answer.rcode === 'NXDOMAIN' ? 'none' : 'keys-elsewhere';
}
