// One typed map of the messages between the extension's parts (issue 11 §3). The background owns
// every DNS query (house-style.md "Direction of dependencies"): the content script and the popup
// send one coarse request ("check this domain") instead of one message per query.
//
// Each message has a request and a response type (ProtocolMap, @webext-core/messaging), a zod
// schema that the background validates the request against (size limits included), and a sender
// rule (lib/platform/sender.ts) that says which part of the extension may send it; the schemas and
// rules are in message-schemas.ts, which only the background's side imports.
import * as z from 'zod/mini';
import browser from 'webextension-polyfill';
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { DomainCheck } from '../auth/types';
import { reason, type Reason } from '../auth/reason';
import type { DnsProblem } from '../dns/types';
import { sayProblem, sayReason } from '../i18n/auth';
import type { Lang } from '../i18n/langs';
import { ESP_IDS } from '../esp/providers';
import { languageOf } from './language';
import { hasPack, loadedLangs } from '../i18n/pack';
import type { TeachAnswer } from './teach-messages';
import type { DomainFact } from '../export/domain-facts';
import type { MessageName, RequestOf } from './message-schemas';
import type { Refusal } from './router';
import type { RecordedHistory, Settings, UiState } from './storage';
import type { SavedReadings } from './readings-store';
import type { PanelState } from './panel-state';
import type { History, HistoryEntry } from '../history/entries';
import type { TabReading } from '../esp/merge';
import type { MessageCheckSummary } from '../message/summary';

export type { MessageName, RequestOf } from './message-schemas';

/** DNS facts per recipient domain for the export, or why they could not be had. */
export type DomainFactsResponse =
  | { ok: true; disposable: string[]; facts?: Record<string, DomainFact> }
  | { ok: false; error: { kind: 'no-answer' | 'bad-answer'; detail?: string } };

export type CheckDomainResponse = { ok: true; check: DomainCheck } | { ok: false; error: string };
type Ok = { ok: true } | { ok: false; error: string };

/** A resolver test: the time it took, or why it failed as data (the options page words it). */
export type ResolverTestResponse =
  { ok: true; ms: number } | { ok: false; error: string; reason?: Reason; problem?: DnsProblem };

export type CheckDomainRequest = RequestOf<'check-domain'>;

/** What the active tab's report tells the popup: its sender domain and ESP, when known. */
export interface ReportContext {
  domain?: string;
  esp?: NonNullable<CheckDomainRequest['esp']>;
  /** The ESP account, so the popup can show its history. */
  accountKey?: string;
}

/** What the panel reads from the stores once a report's figures settle (lib/platform/tab-stores.ts). */
export interface PanelStores {
  senderDomains: Record<string, string>;
  history: History;
  panelState: PanelState;
  uiState: UiState;
}

/** Request → response of every message (@webext-core/messaging's protocol map). */
export interface ProtocolMap {
  'check-domain'(data: CheckDomainRequest): CheckDomainResponse;
  'export-domain-facts'(data: RequestOf<'export-domain-facts'>): DomainFactsResponse;
  'open-why'(data: RequestOf<'open-why'>): Ok;
  'test-resolver'(data: RequestOf<'test-resolver'>): ResolverTestResponse;
  'register-esp-origin'(data: RequestOf<'register-esp-origin'>): Ok;
  'load-panel'(data: RequestOf<'load-panel'>): Ok;
  'load-language'(data: RequestOf<'load-language'>): Ok;
  'load-tools'(data: RequestOf<'load-tools'>): Ok;
  'teach-start'(data: RequestOf<'teach-start'>): TeachAnswer;
  'teach-here'(data: RequestOf<'teach-here'>): TeachAnswer;
  'teach-save'(data: RequestOf<'teach-save'>): TeachAnswer;
  'teach-load'(data?: RequestOf<'teach-load'>): TeachAnswer;
  'teach-import'(data: RequestOf<'teach-import'>): TeachAnswer;
  'get-report-context'(data?: RequestOf<'get-report-context'>): ReportContext;
  'focus-panel'(data?: RequestOf<'focus-panel'>): void;
  'store-settings'(data?: RequestOf<'store-settings'>): Settings;
  'store-panel'(data?: RequestOf<'store-panel'>): PanelStores;
  'store-readings'(data: RequestOf<'store-readings'>): TabReading[];
  // What a tab sends is wider than what the background stores (figures only: message-schemas.ts).
  'store-save-reading'(data: { reading: TabReading }): SavedReadings;
  'store-record-history'(data: { account: string; entry: HistoryEntry }): RecordedHistory;
  'store-sender-domain'(data: RequestOf<'store-sender-domain'>): Ok;
  'store-ui'(data: RequestOf<'store-ui'>): Ok;
  'store-collapsed'(data: RequestOf<'store-collapsed'>): Ok;
  'store-dismiss'(data: RequestOf<'store-dismiss'>): Ok;
  'store-message-check'(data: RequestOf<'store-message-check'>): { summary?: MessageCheckSummary };
}

export const messenger = defineExtensionMessaging<ProtocolMap>();

/** What a panel may answer the popup; built where it is used, so a report tab never carries it. */
const reportContextResponse = () =>
  z.object({
    domain: z.optional(z.string().check(z.maxLength(253))),
    accountKey: z.optional(z.string().check(z.maxLength(300))),
    esp: z.optional(z.enum(ESP_IDS)),
  });

/** Is this answer the router's refusal (router.ts Refusal), which comes back as a value, not a throw? */
export function isRefusal(answer: unknown): answer is Refusal {
  return !!answer && typeof answer === 'object' && 'refused' in answer;
}

/** An exception as the `{ ok: false, error }` a message answers with. */
export function asFailure(e: unknown): { ok: false; error: string } {
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
  // The settings through the background, as a report tab reads them (tab-stores.ts).
  const wanted = await messenger.sendMessage('store-settings', {}).then(
    (s) => (isRefusal(s) ? undefined : languageOf(s)),
    () => undefined,
  );
  return sayReason(wanted && hasPack(wanted) ? wanted : (loadedLangs()[0] ?? 'en'), why);
}

/** Asks the panel of the active tab for its report context; undefined when there is none. */
export async function requestReportContext(): Promise<ReportContext | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return undefined;
    const parsed = reportContextResponse().safeParse(await messenger.sendMessage('get-report-context', {}, tab.id));
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
    return asFailure(e);
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
    return asFailure(e);
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
