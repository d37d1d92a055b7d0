// The export built where the list is (issue 14 "Speed and memory"): the panel or page holds the
// rows, so the rows never travel as one runtime message (which failed above ~300,000 addresses:
// "Message exceeded maximum allowed size of 64MiB"). Only the distinct recipient domains go to
// the background for DNS, in bounded batches, with progress and cancel. Pure: `lookup` is injected.
import type { BouncedAddress } from '../esp/types';
import type { DomainLiveness } from '../hygiene/domain-dead';
import type { Lang } from '../i18n';
import { domainOf, writeExport, type Coverage, type WrittenExport } from './bounce-export';
import { factsOfDomains, lookupName, type DomainFact } from './domain-facts';
import type { Resolver } from '../dns/types';
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

/** The background's answer for one batch of distinct recipient domains (A-label form). */
export interface DomainAnswers {
  /** The names of the batch a disposable list carries (knowledge.md §7). */
  disposable: string[];
  /** DNS facts per name; absent when the user turned the DNS check off. */
  facts?: Record<string, DomainFact>;
}

export interface LocalExportOptions {
  campaign?: string;
  coverage?: Coverage;
  lang?: Lang;
  delimiter?: ',' | ';';
  bom?: boolean;
  /**
   * One batch of domain answers (a background message): which of them a disposable list carries,
   * and their DNS facts unless DNS is not checked. Rejects when no answer came: then the export
   * stops rather than write a file whose hygiene column was never checked. Where the list and a
   * resolver are at hand (command line, tests): `localDomainAnswers`.
   */
  lookup: (domains: string[], signal: AbortSignal) => Promise<DomainAnswers>;
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
  /** Whether a recipient domain (A-label form) is on a disposable list. */
  isDisposable: (asciiDomain: string) => boolean;
  providers: Map<string, string>;
  liveness: Map<string, DomainLiveness>;
  domainsUnchecked: number;
  domains: number;
  cancelled: boolean;
}

/** Looks up the distinct domains of a list in batches (known consumer domains skipped). */
export async function resolveDomains(
  items: readonly BouncedAddress[],
  options: Omit<LocalExportOptions, 'campaign' | 'coverage' | 'lang' | 'delimiter' | 'bom'>,
): Promise<ResolvedDomains> {
  const signal = options.signal ?? new AbortController().signal;
  const domains = distinctDomains(items);
  // The big consumer domains are known without a lookup (issue 14): alive, provider by name.
  const names = [
    ...new Set([...domains.values()].filter((n): n is string => Boolean(n) && !knownProviderOfDomain(n!))),
  ];
  const facts: Record<string, DomainFact> = {};
  // The big consumer domains are never disposable (a test holds the list to that), so only the
  // names asked about can be; a name the answer does not list is not on the list.
  const listed = new Set<string>();
  let dnsChecked = false;
  const size = options.batchSize ?? DOMAIN_BATCH;
  let done = 0;
  options.onProgress?.(0, names.length);
  for (let i = 0; i < names.length && !signal.aborted; i += size) {
    const batch = names.slice(i, i + size);
    const got = await options.lookup(batch, signal);
    for (const d of got.disposable) listed.add(d);
    if (got.facts) {
      dnsChecked = true;
      Object.assign(facts, got.facts);
    }
    done += batch.length;
    options.onProgress?.(done, names.length);
  }
  const isDisposable = (d: string) => listed.has(d);
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
  return {
    isDisposable,
    providers,
    liveness,
    domainsUnchecked: dnsChecked ? unchecked : 0,
    domains: domains.size,
    cancelled: signal.aborted,
  };
}

/** Looks up the domains in batches, then triages, flags and writes the CSV in one pass. */
export async function buildLocalExport(
  items: readonly BouncedAddress[],
  options: LocalExportOptions,
): Promise<LocalExport> {
  const resolved = await resolveDomains(items, options);
  if (resolved.cancelled) {
    const empty = { csv: '', rows: 0, byAction: {}, suppression: '', disagreements: 0, reasonsMissing: 0 };
    return { ...empty, ...resolved };
  }
  const written = writeExport(items, {
    ...options,
    isDisposable: resolved.isDisposable,
    liveness: resolved.liveness,
    providers: resolved.providers,
  });
  return { ...written, ...resolved };
}

/**
 * The answers for one batch where the disposable list and a resolver are at hand: the
 * background's 'export-domain-facts' handler (lib/platform/export-messages.ts), the command line
 * and tests. No resolver = DNS not checked.
 */
export function localDomainAnswers(
  isDisposable: (asciiDomain: string) => boolean,
  resolver?: Resolver,
): LocalExportOptions['lookup'] {
  return async (domains, signal) => ({
    disposable: domains.filter(isDisposable),
    ...(resolver ? { facts: await factsOfDomains(domains, resolver, { concurrency: 16, signal }) } : {}),
  });
}
