// ActiveCampaign's own JSON on the account's origin (esp-pages.md: `GET /api/3/campaigns/{id}`
// answered with cookie authentication; fields send_amt, uniqueopens, uniquelinkclicks, opens,
// linkclicks, hardbounces, softbounces, unsubscribes — seen in code, one source). Whether an
// ordinary logged-in session is accepted is unverified, so this is tried first and the page is
// read when it is refused. Sent with the user's session only (credentials: 'include'), never a
// token; the fetch is injected so the logic is tested without a network.
import * as z from 'zod/mini';
import { readCount } from './numbers';
import { validateReport } from './validate';
import type { CampaignReport, ExtractResult } from './types';

/** The API's figures: strings of digits or numbers (v3 sends strings). */
const Figure = z.optional(z.union([z.string().check(z.maxLength(20)), z.number()]));
const CampaignJson = z.object({
  campaign: z.object({
    id: z.optional(z.union([z.string(), z.number()])),
    name: z.optional(z.string()),
    send_amt: Figure,
    uniqueopens: Figure,
    opens: Figure,
    uniquelinkclicks: Figure,
    linkclicks: Figure,
    hardbounces: Figure,
    softbounces: Figure,
    unsubscribes: Figure,
  }),
});

export type ApiOutcome =
  | { ok: true; result: ExtractResult<CampaignReport> }
  | { ok: false; refused: 'status' | 'not-json' | 'shape' | 'network'; status?: number };

/** The API path of one campaign. */
export function campaignApiUrl(origin: string, id: string): string {
  return `${origin}/api/3/campaigns/${encodeURIComponent(id)}`;
}

/** Reads one campaign from the account's own JSON; `refused` when the session is not accepted. */
export async function readActiveCampaignApi(
  origin: string,
  id: string,
  fetchFn: typeof fetch,
  signal?: AbortSignal,
): Promise<ApiOutcome> {
  let res: Response;
  try {
    res = await fetchFn(campaignApiUrl(origin, id), {
      credentials: 'include',
      headers: { Accept: 'application/json' },
      redirect: 'error',
      signal,
    });
  } catch {
    return { ok: false, refused: 'network' };
  }
  if (!res.ok) return { ok: false, refused: 'status', status: res.status };
  let body: unknown;
  try {
    // A login page answered with 200 is HTML, not JSON: that is a refusal too.
    body = JSON.parse(await res.text());
  } catch {
    return { ok: false, refused: 'not-json' };
  }
  const parsed = CampaignJson.safeParse(body);
  if (!parsed.success) return { ok: false, refused: 'shape' };
  return { ok: true, result: parseCampaignJson(parsed.data.campaign, origin, id) };
}

/** The CampaignReport in the API's answer, every figure parsed strictly. */
export function parseCampaignJson(
  c: z.infer<typeof CampaignJson>['campaign'],
  origin: string,
  id: string,
): ExtractResult<CampaignReport> {
  const refused: { figure: string; text: string }[] = [];
  const n = (figure: string, v: string | number | undefined) => {
    if (v === undefined) return undefined;
    const r = readCount(String(v));
    if (r && 'refused' in r) refused.push({ figure, text: String(v).slice(0, 60) });
    return r && 'value' in r ? r.value : undefined;
  };
  const hard = n('bounces.hard', c.hardbounces);
  const soft = n('bounces.soft', c.softbounces);
  const report: CampaignReport = {
    provider: 'activecampaign',
    campaignId: id,
    campaignName: c.name,
    recipients: n('recipients', c.send_amt),
    opens: { unique: n('opens.unique', c.uniqueopens), total: n('opens.total', c.opens) },
    clicks: { unique: n('clicks.unique', c.uniquelinkclicks), total: n('clicks.total', c.linkclicks) },
    bounces: { hard, soft, total: hard !== undefined && soft !== undefined ? hard + soft : undefined },
    unsubscribes: { count: n('unsubscribes.count', c.unsubscribes) },
    accountKey: `activecampaign:${new URL(origin).hostname}`,
  };
  return validateReport(
    report,
    ['recipients', 'bounces.total', 'opens.unique'],
    refused.map((params) => ({ id: 'refused-number', params })),
  );
}
