// Typed, zod-validated messages between the content script / popup and the background, which
// owns every DNS query (house-style.md "Direction of dependencies").
import * as z from 'zod/mini';
import browser from 'webextension-polyfill';
import type { DomainCheck } from '../auth/types';

export const CheckDomainRequest = z.object({
  type: z.literal('check-domain'),
  domain: z.string().check(z.minLength(1), z.maxLength(253)),
  esp: z.optional(z.enum(['mailchimp', 'activecampaign', 'campaign-monitor', 'brevo', 'mailerlite', 'klaviyo'])),
  selectors: z.optional(z.array(z.string().check(z.maxLength(63))).check(z.maxLength(50))),
});
export type CheckDomainRequest = z.infer<typeof CheckDomainRequest>;

export type CheckDomainResponse = { ok: true; check: DomainCheck } | { ok: false; error: string };

const Response = z.union([
  z.object({ ok: z.literal(true), check: z.object({ domain: z.string(), checkedAt: z.string() }) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/** Asks the background to check a sender domain. Never rejects: failures come back as values. */
export async function requestDomainCheck(req: Omit<CheckDomainRequest, 'type'>): Promise<CheckDomainResponse> {
  try {
    const res: unknown = await browser.runtime.sendMessage({ type: 'check-domain', ...req });
    if (!Response.safeParse(res).success) return { ok: false, error: 'the background answered with something unexpected' };
    return res as CheckDomainResponse;
  } catch (e) {
    return { ok: false, error: `the extension background did not answer (${(e as Error).message})` };
  }
}

export const ReportContextRequest = z.object({ type: z.literal('get-report-context') });

/** What the active tab's report tells the popup: its sender domain and ESP, when known. */
export interface ReportContext {
  domain?: string;
  esp?: DomainCheckEsp;
  /** The ESP account, so the popup can show its history. */
  accountKey?: string;
}
type DomainCheckEsp = NonNullable<CheckDomainRequest['esp']>;

const ReportContextResponse = z.object({
  domain: z.optional(z.string().check(z.maxLength(253))),
  accountKey: z.optional(z.string().check(z.maxLength(300))),
  esp: CheckDomainRequest.shape.esp,
});

/** Asks the content script of the active tab for its report context; undefined when there is none. */
export async function requestReportContext(): Promise<ReportContext | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return undefined;
    const res: unknown = await browser.tabs.sendMessage(tab.id, { type: 'get-report-context' });
    const parsed = ReportContextResponse.safeParse(res);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // no content script on this tab: not an ESP report
  }
}

export const RegisterOriginRequest = z.object({
  type: z.literal('register-esp-origin'),
  origin: z.string().check(z.regex(/^https:\/\/[a-z0-9.-]+$/)),
});

/**
 * Asks for the optional host permission (must run in a click handler) and has the background
 * run the content script on that origin from now on.
 */
export async function addAccountOrigin(origin: string): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
    if (!granted) return { ok: false, error: 'permission not granted' };
    const res = (await browser.runtime.sendMessage({ type: 'register-esp-origin', origin })) as { ok: boolean; error?: string } | undefined;
    return res?.ok ? { ok: true } : { ok: false, error: res?.error ?? 'the background did not answer' };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

const Bounced = z.object({
  email: z.string().check(z.maxLength(320)),
  espType: z.enum(['hard', 'soft', 'syntax', 'unknown']),
  code: z.optional(z.string().check(z.maxLength(40))),
  reason: z.optional(z.string().check(z.maxLength(2000))),
  date: z.optional(z.string().check(z.maxLength(40))),
  reasonUrl: z.optional(z.string().check(z.maxLength(2000))),
  espLabel: z.optional(z.string().check(z.maxLength(200))),
});

export const BuildExportRequest = z.object({
  type: z.literal('build-export'),
  items: z.array(Bounced).check(z.maxLength(1_000_000)),
  esp: z.string().check(z.maxLength(40)),
  campaign: z.optional(z.string().check(z.maxLength(500))),
  lang: z.enum(['en', 'nl', 'fr']),
});

export interface ExportResult {
  csv: string;
  fileName: string;
  rows: number;
  byAction: Record<string, number>;
  suppression: string;
  disagreements: number;
  /** Domains whose liveness could not be checked (DNS failed): never called dead. */
  domainsUnchecked: number;
}

/** Has the background triage, flag and write the export. */
export async function requestExport(req: Omit<z.infer<typeof BuildExportRequest>, 'type'>): Promise<{ ok: true; result: ExportResult } | { ok: false; error: string }> {
  try {
    const res = (await browser.runtime.sendMessage({ type: 'build-export', ...req })) as { ok: true; result: ExportResult } | { ok: false; error: string } | undefined;
    return res ?? { ok: false, error: 'the background did not answer' };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

export const OpenWhyRequest = z.object({ type: z.literal('open-why'), id: z.string().check(z.regex(/^[a-zA-Z0-9-]{1,60}$/)) });

/** Opens the bundled explanation page at a finding ("why?" links). */
export async function openWhy(id: string): Promise<void> {
  await browser.runtime.sendMessage({ type: 'open-why', id }).catch(() => undefined);
}

export const TestResolverRequest = z.object({ type: z.literal('test-resolver'), url: z.string().check(z.maxLength(2000)) });

/** Asks the background to try a DoH endpoint with one query; the answer names what happened. */
export async function testResolver(url: string): Promise<{ ok: true; ms: number } | { ok: false; error: string }> {
  try {
    return ((await browser.runtime.sendMessage({ type: 'test-resolver', url })) as { ok: true; ms: number } | { ok: false; error: string }) ?? { ok: false, error: 'no answer' };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** Asks for host permission for a custom resolver that is not on this machine (needs a click). */
export async function requestResolverPermission(url: string): Promise<boolean> {
  const u = new URL(url);
  if (u.protocol !== 'https:') return true; // loopback resolvers answer with CORS, no permission needed
  try {
    return await browser.permissions.request({ origins: [`${u.origin}/*`] });
  } catch {
    return false;
  }
}

/** The loader content script asks for the panel to be injected into its tab. */
export const LoadPanelRequest = z.object({ type: z.literal('load-panel') });
