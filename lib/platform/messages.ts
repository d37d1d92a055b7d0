// One typed map of the messages between the extension's parts (issue 11 §3). The background owns
// every DNS query (house-style.md "Direction of dependencies"): the content script and the popup
// send one coarse request ("check this domain") instead of one message per query.
//
// Each message has a request and a response type (ProtocolMap, @webext-core/messaging), a zod
// schema that the background validates the request against (size limits included), and a sender
// rule (lib/platform/sender.ts) that says which part of the extension may send it.
import * as z from 'zod/mini';
import browser from 'webextension-polyfill';
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { DomainCheck } from '../auth/types';
import { reason, type Reason } from '../auth/reason';
import type { DnsProblem } from '../dns/types';
import { sayProblem, sayReason } from '../i18n/auth';
import type { Lang } from '../i18n/langs';
import { ESP_IDS } from '../esp/providers';
import { LANGS } from '../i18n/langs';
import type { SenderRule } from './sender';
import { languageOf, loadSettings } from './storage';
import { hasPack, loadedLangs } from '../i18n/pack';
import { TEACH_ESPS } from '../teach/layout';
import type { TeachAnswer } from './teach-messages';
import { DOMAIN_BATCH } from '../export/local-export';
import type { DomainFact } from '../export/domain-facts';

/** DNS facts per recipient domain for the export, or why they could not be had. */
export type DomainFactsResponse =
  | { ok: true; disposable: string[]; facts?: Record<string, DomainFact> }
  | { ok: false; error: { kind: 'no-answer' | 'bad-answer'; detail?: string } };

export type CheckDomainResponse = { ok: true; check: DomainCheck } | { ok: false; error: string };
type Ok = { ok: true } | { ok: false; error: string };

/** A resolver test: the time it took, or why it failed as data (the options page words it). */
export type ResolverTestResponse =
  { ok: true; ms: number } | { ok: false; error: string; reason?: Reason; problem?: DnsProblem };

const TEACH_ORIGIN = z.string().check(z.maxLength(300), z.regex(/^https:\/\/[a-z0-9.-]+(:\d{1,5})?$/));

/** The request schema of every message, validated at the boundary (issue 11 §3). */
export const REQUESTS = {
  'check-domain': z.object({
    domain: z.string().check(z.minLength(1), z.maxLength(253)),
    esp: z.optional(z.enum(ESP_IDS)),
    selectors: z.optional(z.array(z.string().check(z.maxLength(63))).check(z.maxLength(50))),
  }),
  // The export's DNS facts for distinct recipient domains, in batches (lib/platform/export-messages.ts):
  // the rows stay in the panel, so a list of any size never crosses the runtime as one message.
  'export-domain-facts': z.object({
    domains: z.array(z.string().check(z.minLength(1), z.maxLength(253))).check(z.maxLength(DOMAIN_BATCH)),
    // false: the user turned the DNS check of recipient domains off; the disposable check stays.
    dns: z.boolean(),
  }),
  'open-why': z.object({ id: z.string().check(z.regex(/^[a-zA-Z0-9-]{1,60}$/)) }),
  'test-resolver': z.object({ url: z.string().check(z.maxLength(2000)) }),
  'register-esp-origin': z.object({ origin: z.string().check(z.regex(/^https:\/\/[a-z0-9.-]{1,253}$/)) }),
  'load-panel': z.optional(z.object({})),
  // A language pack for the panel when the user switches language (lib/platform/language-pack.ts).
  'load-language': z.object({ lang: z.enum(LANGS), part: z.optional(z.enum(['tab', 'tools'])) }),
  // The panel's second stage (entrypoints/esp-panel-tools.tsx) with its texts, when the user opens
  // the clean-up list, the export or the restart plan (lib/platform/panel-tools.ts).
  'load-tools': z.object({ lang: z.enum(LANGS) }),
  // Teach mode (issue 18, lib/platform/teach-messages.ts): the picker and the taught panel.
  'teach-start': z.object({ origin: TEACH_ORIGIN, esp: z.enum(TEACH_ESPS) }),
  'teach-here': z.object({ esp: z.enum(TEACH_ESPS) }),
  'teach-save': z.object({ layout: z.unknown() }),
  'teach-load': z.optional(z.object({})),
  'teach-import': z.object({ origin: TEACH_ORIGIN, text: z.string().check(z.maxLength(64_000)) }),
  'get-report-context': z.optional(z.object({})),
  // The focus-panel shortcut, handed by the background to the tab's panel (lib/platform/lifecycle.ts).
  'focus-panel': z.optional(z.object({})),
} as const;

export type MessageName = keyof typeof REQUESTS;
export type RequestOf<K extends MessageName> = z.infer<(typeof REQUESTS)[K]>;

/** Who may send each message (lib/platform/sender.ts). */
export const SENDERS: Record<MessageName, SenderRule> = {
  'check-domain': 'page-or-granted-tab',
  'export-domain-facts': 'page-or-granted-tab',
  'open-why': 'page-or-granted-tab',
  'load-panel': 'granted-tab',
  'load-language': 'granted-tab',
  'load-tools': 'granted-tab',
  // The popup starts teach mode on a tab, and imports a layout a colleague sent.
  'teach-start': 'extension-page',
  'teach-import': 'extension-page',
  // The panel, the picker and the loader on a granted ESP page.
  'teach-here': 'granted-tab',
  'teach-save': 'granted-tab',
  'teach-load': 'granted-tab',
  // Makes the service worker fetch a URL: only the options page, where the user typed it.
  'test-resolver': 'extension-page',
  'register-esp-origin': 'extension-page',
  // Sent by the popup to the tab's panel.
  'get-report-context': 'extension-page',
  'focus-panel': 'extension-page',
};

export type CheckDomainRequest = RequestOf<'check-domain'>;

/** What the active tab's report tells the popup: its sender domain and ESP, when known. */
export interface ReportContext {
  domain?: string;
  esp?: NonNullable<CheckDomainRequest['esp']>;
  /** The ESP account, so the popup can show its history. */
  accountKey?: string;
}

/** Request → response of every message (@webext-core/messaging's protocol map). */
export interface ProtocolMap {
  'check-domain'(data: CheckDomainRequest): CheckDomainResponse;
  'export-domain-facts'(data: RequestOf<'export-domain-facts'>): DomainFactsResponse;
  'open-why'(data: RequestOf<'open-why'>): Ok;
  'test-resolver'(data: RequestOf<'test-resolver'>): ResolverTestResponse;
  'register-esp-origin'(data: RequestOf<'register-esp-origin'>): Ok;
  'load-panel'(data?: RequestOf<'load-panel'>): Ok;
  'load-language'(data: RequestOf<'load-language'>): Ok;
  'load-tools'(data: RequestOf<'load-tools'>): Ok;
  'teach-start'(data: RequestOf<'teach-start'>): TeachAnswer;
  'teach-here'(data: RequestOf<'teach-here'>): TeachAnswer;
  'teach-save'(data: RequestOf<'teach-save'>): TeachAnswer;
  'teach-load'(data?: RequestOf<'teach-load'>): TeachAnswer;
  'teach-import'(data: RequestOf<'teach-import'>): TeachAnswer;
  'get-report-context'(data?: RequestOf<'get-report-context'>): ReportContext;
  'focus-panel'(data?: RequestOf<'focus-panel'>): void;
}

export const messenger = defineExtensionMessaging<ProtocolMap>();

const ReportContextResponse = z.object({
  domain: z.optional(z.string().check(z.maxLength(253))),
  accountKey: z.optional(z.string().check(z.maxLength(300))),
  esp: REQUESTS['check-domain'].shape.esp,
});

function failure(e: unknown): { ok: false; error: string } {
  return { ok: false, error: e instanceof Error ? e.message : String(e) };
}

/** An unexpected failure of a domain check, its technical detail kept (lib/i18n words the rest). */
export function failedCheck(e: unknown): Reason {
  return reason('check-failed', { detail: String((e as Error)?.message ?? e).slice(0, 200) });
}

/**
 * Asks the background to check a sender domain. Never rejects: failures come back as values, in
 * the user's language.
 */
export async function requestDomainCheck(req: CheckDomainRequest): Promise<CheckDomainResponse> {
  try {
    const r = await messenger.sendMessage('check-domain', req);
    // The background has no texts of its own (no language pack): it sends the detail, worded here.
    return r.ok ? r : { ok: false, error: await sayFailure(failedCheck(r.error)) };
  } catch (e) {
    return { ok: false, error: await sayFailure(failedCheck(e)) };
  }
}

/**
 * A failure in words, in the settings' language where this world has its texts, else in one it has
 * (a report tab carries one language's pack; the pages have all three).
 */
export async function sayFailure(why: Reason): Promise<string> {
  const wanted = await loadSettings().then(languageOf, () => undefined);
  return sayReason(wanted && hasPack(wanted) ? wanted : (loadedLangs()[0] ?? 'en'), why);
}

/** Asks the panel of the active tab for its report context; undefined when there is none. */
export async function requestReportContext(): Promise<ReportContext | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return undefined;
    const parsed = ReportContextResponse.safeParse(await messenger.sendMessage('get-report-context', {}, tab.id));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // no panel on this tab: not an ESP report
  }
}

/**
 * Asks for the optional host permission (must run in a click handler) and has the background
 * run the content script on that origin from now on.
 */
export async function addAccountOrigin(origin: string): Promise<Ok> {
  try {
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
    if (!granted) return { ok: false, error: 'permission not granted' };
    return await messenger.sendMessage('register-esp-origin', { origin });
  } catch (e) {
    return failure(e);
  }
}

/** Opens the bundled explanation page at a finding ("why?" links). */
export async function openWhy(id: string): Promise<void> {
  await messenger.sendMessage('open-why', { id }).catch(() => undefined);
}

/** Asks the background to try a DoH endpoint with one query; the answer names what happened, in `lang`. */
export async function testResolver(
  url: string,
  lang: Lang,
): Promise<{ ok: true; ms: number } | { ok: false; error: string }> {
  try {
    const r = await messenger.sendMessage('test-resolver', { url });
    if (r.ok) return r;
    return {
      ok: false,
      error: r.reason ? sayReason(lang, r.reason) : r.problem ? sayProblem(lang, r.problem) : r.error,
    };
  } catch (e) {
    return failure(e);
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
