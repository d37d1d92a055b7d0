// The flagged-address export without the big message (issue 14 "Speed and memory"): until now the
// panel sent every bounced address to the background and got the whole CSV back, which failed
// above ~300,000 addresses ("Message exceeded maximum allowed size of 64MiB") and held the list
// twice. Now only the distinct recipient domains travel (one short string each) for the DNS
// lookups the background owns; triage, flags and the CSV are made where the list was read.
import * as z from 'zod/mini';
import browser from 'webextension-polyfill';
import type { Resolver } from '../dns/types';
import { checkDomainsLiveness, type DomainLiveness } from '../hygiene/domain-dead';
import { exportFileName, writeExport } from '../export/bounce-export';
import type { BouncedAddress } from '../esp/types';
import type { ExportResult } from './messages';
import { loadSettings } from './storage';

export const DomainLivenessRequest = z.object({
  type: z.literal('check-domain-liveness'),
  domains: z.array(z.string().check(z.maxLength(253))).check(z.maxLength(1_000_000)),
});
export type DomainLivenessResponse = { ok: true; liveness: [string, DomainLiveness][] } | { ok: false; error: string };

/** Background side: one lookup chain per distinct domain, 24 at a time (a failed one is "unknown"). */
export async function handleDomainLiveness(
  req: z.infer<typeof DomainLivenessRequest>,
  resolver: Resolver,
): Promise<DomainLivenessResponse> {
  try {
    return { ok: true, liveness: [...(await checkDomainsLiveness(req.domains, resolver, { concurrency: 24 }))] };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** The distinct domains of a bounce list, lower-cased. */
export function distinctDomains(items: Iterable<BouncedAddress>): string[] {
  const out = new Set<string>();
  for (const b of items) {
    const d = b.email.slice(b.email.lastIndexOf('@') + 1).toLowerCase();
    if (d.includes('.')) out.add(d);
  }
  return [...out];
}

/**
 * Panel side: asks the background for the domains' liveness only, then triages, flags and
 * writes the CSV here. Same result shape as the old background export.
 */
export async function exportInPage(
  req: { items: BouncedAddress[]; esp: string; campaign?: string; lang: 'en' | 'nl' | 'fr' },
  send: (message: z.infer<typeof DomainLivenessRequest>) => Promise<DomainLivenessResponse | undefined> = (m) =>
    browser.runtime.sendMessage(m) as Promise<DomainLivenessResponse | undefined>,
  settingsOf: typeof loadSettings = loadSettings,
): Promise<{ ok: true; result: ExportResult } | { ok: false; error: string }> {
  try {
    const settings = await settingsOf();
    let liveness: Map<string, DomainLiveness> | undefined;
    if (settings.exportCheckDomains) {
      const res = await send({ type: 'check-domain-liveness', domains: distinctDomains(req.items) });
      if (!res) return { ok: false, error: 'the background did not answer' };
      if (!res.ok) return res;
      liveness = new Map(res.liveness);
    }
    // The same rule the background applied (settings "auto": ";" for Dutch, Excel in BE/NL).
    const delimiter = settings.csvDelimiter === 'auto' ? (req.lang === 'nl' ? ';' : ',') : settings.csvDelimiter;
    return {
      ok: true,
      result: {
        ...writeExport(req.items, { campaign: req.campaign, liveness, delimiter, bom: settings.csvBom }),
        fileName: exportFileName(req.esp, req.campaign, new Date()),
        domainsUnchecked: liveness ? [...liveness.values()].filter((l) => l.state === 'unknown').length : 0,
      },
    };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}
