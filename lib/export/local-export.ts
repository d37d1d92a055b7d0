// The export built where the list is (issue 14 "Speed and memory"): the panel or page holds the
// rows, so the rows never travel as one runtime message (which failed above ~300,000 addresses:
// "Message exceeded maximum allowed size of 64MiB"). Only the distinct recipient domains go to
// the background for DNS, in bounded batches, with progress and cancel. Pure: `lookup` is injected.
import type { BouncedAddress } from '../esp/types';
import type { DomainLiveness } from '../hygiene/domain-dead';
import type { Lang } from '../i18n';
import { domainOf, writeExport, type Coverage, type WrittenExport } from './bounce-export';
import { lookupName, type DomainFact } from './domain-facts';
import { knownProviderOfDomain, providerOfMx } from '../hygiene/mailbox-provider';

/**
 * Who hosts a domain (knowledge.md §7): the big consumer domains by name, the rest from the MX;
 * 'unknown' when the lookup failed or was not made.
 */
export function providerOfFact(name: string, exchanges: string[] | undefined): string {
  return knownProviderOfDomain(name) ?? (exchanges ? providerOfMx(exchanges, name) : 'unknown');
}

/** Domains per message: ~500 × 253 bytes at most, far below any message limit. */
export const DOMAIN_BATCH = 500;

export interface LocalExportOptions {
  campaign?: string;
  coverage?: Coverage;
  lang?: Lang;
  delimiter?: ',' | ';';
  bom?: boolean;
  /** One batch of domain facts (a background message); undefined = DNS not checked. */
  lookup?: (domains: string[], signal: AbortSignal) => Promise<Record<string, DomainFact> | undefined>;
  /** Who hosts a domain; default providerOfFact (lib/hygiene/mailbox-provider.ts). */
  providerOf?: (domain: string, exchanges: string[] | undefined) => string | undefined;
  batchSize?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface LocalExport extends WrittenExport {
  /** Provider id per recipient domain (as written in the addresses, lower case). */
  providers: Map<string, string>;
  liveness: Map<string, DomainLiveness>;
  /** Domains whose lookup failed or was not made: never called dead. */
  domainsUnchecked: number;
  domains: number;
  cancelled: boolean;
}

/** The distinct recipient domains of a list, each with the name it is looked up under. */
export function distinctDomains(items: Iterable<BouncedAddress>): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const b of items) {
    const d = domainOf(b.email);
    if (d && !out.has(d)) out.set(d, lookupName(d));
  }
  return out;
}

export interface ResolvedDomains {
  providers: Map<string, string>;
  liveness: Map<string, DomainLiveness>;
  domainsUnchecked: number;
  domains: number;
  cancelled: boolean;
}

/** Looks up the distinct domains of a list in batches (known consumer domains skipped). */
export async function resolveDomains(items: readonly BouncedAddress[], options: Omit<LocalExportOptions, 'campaign' | 'coverage' | 'lang' | 'delimiter' | 'bom'> = {}): Promise<ResolvedDomains> {
  const signal = options.signal ?? new AbortController().signal;
  const domains = distinctDomains(items);
  // The big consumer domains are known without a lookup (issue 14): alive, provider by name.
  const names = [...new Set([...domains.values()].filter((n): n is string => Boolean(n) && !knownProviderOfDomain(n!)))];
  const facts: Record<string, DomainFact> = {};
  const size = options.batchSize ?? DOMAIN_BATCH;
  let done = 0;
  if (options.lookup) {
    options.onProgress?.(0, names.length);
    for (let i = 0; i < names.length && !signal.aborted; i += size) {
      const batch = names.slice(i, i + size);
      const got = await options.lookup(batch, signal);
      if (got) Object.assign(facts, got);
      done += batch.length;
      options.onProgress?.(done, names.length);
    }
  }
  const liveness = new Map<string, DomainLiveness>();
  const providers = new Map<string, string>();
  let unchecked = 0;
  for (const [domain, name] of domains) {
    const known = name ? knownProviderOfDomain(name) : undefined;
    const f = name && !known ? facts[name] : undefined;
    if (f) liveness.set(domain, f.liveness);
    if (!known && (!f || f.liveness.state === 'unknown')) unchecked++;
    const p = (options.providerOf ?? providerOfFact)(name ?? domain, f?.exchanges);
    if (p) providers.set(domain, p);
  }
  return { providers, liveness, domainsUnchecked: options.lookup ? unchecked : 0, domains: domains.size, cancelled: signal.aborted };
}

/** Looks up the domains in batches, then triages, flags and writes the CSV in one pass. */
export async function buildLocalExport(items: readonly BouncedAddress[], options: LocalExportOptions = {}): Promise<LocalExport> {
  const resolved = await resolveDomains(items, options);
  if (resolved.cancelled) {
    const empty = { csv: '', rows: 0, byAction: {}, suppression: '', disagreements: 0, reasonsMissing: 0 };
    return { ...empty, ...resolved };
  }
  const written = writeExport(items, { ...options, liveness: resolved.liveness, providers: resolved.providers });
  return { ...written, ...resolved };
}
