// The export's one background message (issue 14 "Speed and memory"): the panel keeps the rows and
// asks only about distinct recipient domains, at most DOMAIN_BATCH a message, so a 300,000-address
// list never crosses the runtime as one message (64 MiB limit). The background owns DNS
// (house-style.md) and the disposable-domain list (disposable-list.ts, ~150 KB, kept out of every
// bundle, issue 15 §8); the message is 'export-domain-facts' in messages.ts.
import type { Resolver } from '../dns/types';
import { localDomainAnswers, type LocalExportOptions } from '../export/local-export';
import { messenger, type DomainFactsResponse, type RequestOf } from './messages';

export type { DomainFactsResponse };

/** Background side: which names are disposable, and their DNS facts (16 at a time) when asked. */
export async function handleDomainFacts(
  req: RequestOf<'export-domain-facts'>,
  resolver: () => Promise<Resolver>,
  disposableCheck: () => Promise<(asciiDomain: string) => boolean>,
): Promise<DomainFactsResponse> {
  const answer = localDomainAnswers(await disposableCheck(), req.dns ? await resolver() : undefined);
  return { ok: true, ...(await answer(req.domains, new AbortController().signal)) };
}

/** Panel side: asks for one batch. Never rejects; a failure is a value. */
export async function requestDomainFacts(domains: string[], dns: boolean): Promise<DomainFactsResponse> {
  try {
    return await messenger.sendMessage('export-domain-facts', { domains, dns });
  } catch (e) {
    return { ok: false, error: { kind: 'no-answer', detail: (e as Error).message } };
  }
}

/** The background gave no answer for a batch: the export stops, no file is written. */
export class DomainsUnanswered extends Error {
  override readonly name = 'DomainsUnanswered';
}

/** The export's lookup through the background; rejects with DomainsUnanswered when none came. */
export function backgroundDomainAnswers(dns: boolean): LocalExportOptions['lookup'] {
  return async (domains) => {
    const r = await requestDomainFacts(domains, dns);
    if (!r.ok) throw new DomainsUnanswered(r.error.kind);
    return { disposable: r.disposable, ...(r.facts ? { facts: r.facts } : {}) };
  };
}
