// checkDomain (api-contract.md "Domain check"): every check for a sender domain, with as much
// parallelism as the dependencies allow. Every first-level name is asked at once; the SPF tree
// is walked a level at a time in parallel; only what truly depends on an answer waits for it.
// Each area is reported through `onArea` as soon as it is known (issue 12 §9); all areas share
// one memo so no (name, type) is asked twice in a check (§8).
import { getPublicSuffix } from 'tldts-icann'; // ICANN section: tldts' default, without the private list
import type { Resolver } from '../dns/types';
import { createMemoResolver } from '../dns/memo';
import { evaluateAlignment } from './alignment';
import { evaluateDkim } from './dkim';
import { evaluateDmarc } from './dmarc';
import { ESP_DNS } from './esp-dns';
import { describeBlocklists, describeDnssec, evaluateBimi, evaluateMtaSts, evaluateTlsRpt } from './extras';
import { evaluateMx } from './mx';
import { normalizeDomainInput } from './normalize-domain';
import { auditSpf } from './spf-audit';
import { worstStatus, type DomainCheck, type EspId } from './types';

export type { DomainCheck, EspId } from './types';

/** The areas of a check, in the order the rows show them. */
export const AREAS = [
  'spf',
  'dkim',
  'dmarc',
  'alignment',
  'mx',
  'bimi',
  'mtaSts',
  'tlsRpt',
  'dnssec',
  'blocklists',
] as const;
export type AreaKey = (typeof AREAS)[number];

/** Called once per area as soon as it is known. */
export type OnArea = <K extends AreaKey>(key: K, value: DomainCheck[K]) => void;

export interface CheckOptions {
  esp?: EspId;
  selectors?: string[];
  signal?: AbortSignal;
  onArea?: OnArea;
}

/**
 * A pasted website address means the business's domain: nobody sends mail from "www.". The
 * label is dropped only when what remains is not a public suffix ("www.co.uk" stays).
 */
export function withoutWww(domain: string): string {
  const rest = domain.slice(4);
  return domain.startsWith('www.') && getPublicSuffix(rest) !== rest ? rest : domain;
}

/** The domain a check is about, or an Error for input that is not a domain. */
export function checkedDomain(domain: string): string {
  const input = normalizeDomainInput(domain);
  // A guard only: the forms and the CLI normalise first (components/DomainForm.tsx,
  // DomainCheckView.tsx; the CLI says its own notADomain). The message is an id, the why is data.
  if (!input.ok) throw Object.assign(new Error('not-a-domain'), { reason: input.error });
  return withoutWww(input.domain);
}

/** Runs every authentication check for a sender domain. Throws only for a domain that is not one. */
export async function checkDomain(domain: string, bare: Resolver, options: CheckOptions = {}): Promise<DomainCheck> {
  const d = checkedDomain(domain);
  const { esp, signal } = options;
  const resolver = createMemoResolver(bare);
  const report =
    <K extends AreaKey>(key: K) =>
    (value: DomainCheck[K]) => {
      try {
        options.onArea?.(key, value);
      } catch {
        // a display that fails must not stop the check
      }
      return value;
    };
  // The ESP's published include tree is public and fixed: ask it in the first round, so an
  // include of it costs no round of its own (bounded: at most 4 names, knowledge.md §4).
  for (const name of (esp ? (ESP_DNS[esp].spfTree ?? []) : []).slice(0, 4))
    void resolver.resolve(name, 'TXT', signal).catch(() => undefined);
  const dmarcP = evaluateDmarc(d, resolver, signal).then(report('dmarc'));
  const dkimP = evaluateDkim(d, resolver, options).then(report('dkim'));
  const mxP = evaluateMx(d, resolver, signal).then(report('mx'));
  const alignmentP = Promise.all([dkimP, dmarcP]).then(([dkim, dmarc]) =>
    report('alignment')(evaluateAlignment(d, esp, { dkim, dmarc })),
  );
  const spfP = auditSpf(d, resolver, { esp, signal }).then((spf) => report('spf')({ ...spf, record: spf.root.record }));
  const dnssecP = mxP.then((mx) => report('dnssec')(describeDnssec(mx.authenticated)));
  const blocklists = report('blocklists')(describeBlocklists());
  const [spf, dmarc, dkim, alignment, mx, bimi, mtaSts, tlsRpt, dnssec] = await Promise.all([
    spfP,
    dmarcP,
    dkimP,
    alignmentP,
    mxP,
    evaluateBimi(
      d,
      resolver,
      dmarcP.then((r) => r.policy),
      signal,
    ).then(report('bimi')),
    evaluateMtaSts(d, resolver, signal).then(report('mtaSts')),
    evaluateTlsRpt(d, resolver, signal).then(report('tlsRpt')),
    dnssecP,
  ]);
  return {
    domain: d,
    esp,
    checkedAt: new Date().toISOString(),
    overall: worstStatus([spf.status, dkim.status, dmarc.status, alignment.status]),
    spf,
    dmarc,
    dkim,
    alignment,
    mx,
    bimi,
    mtaSts,
    tlsRpt,
    dnssec,
    blocklists,
    resolvers: resolver.endpoints(),
  };
}
