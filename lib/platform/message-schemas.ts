// The request schema and the sender rule of every message in messages.ts (issue 11 §3), apart from
// the messages' senders: only the background's router and the check stream's server validate, so
// the scripts of a report tab, which only send, carry none of these schemas (issue 15 §8).
import * as z from 'zod/mini';
import { ADAPTER_ESP_IDS, ESP_IDS } from '../esp/providers';
import { LANGS } from '../i18n/langs';
import type { SenderRule } from './sender';
import { TEACH_ESPS } from '../teach/layout';
import { DOMAIN_BATCH } from '../export/local-export';
import { StoredReading } from './readings-schema';
import { HistoryEntrySchema } from './history-schema';
import { UiStateSchema } from './storage';

const ACCOUNT = z.string().check(z.minLength(1), z.maxLength(300));
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
  'load-panel': z.object({ esp: z.enum(ADAPTER_ESP_IDS) }),
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
  // The stores of a report tab's scripts (the panel, the taught panel, the picker), read and written
  // by the background (lib/platform/tab-stores.ts): the tab carries no storage schemas, and every
  // write from a tab is validated here as the stored value is on read (readings, history, layout).
  'store-settings': z.optional(z.object({})),
  'store-panel': z.optional(z.object({})),
  'store-readings': z.object({ key: z.string().check(z.minLength(1), z.maxLength(600)) }),
  'store-save-reading': z.object({ reading: StoredReading }),
  'store-record-history': z.object({ account: ACCOUNT, entry: HistoryEntrySchema }),
  'store-sender-domain': z.object({ account: ACCOUNT, domain: z.string().check(z.minLength(1), z.maxLength(253)) }),
  'store-ui': z.object({ state: UiStateSchema }),
  'store-collapsed': z.object({ collapsed: z.boolean() }),
  'store-dismiss': z.object({ key: z.string().check(z.minLength(1), z.maxLength(700)) }),
  'store-message-check': z.object({ domain: z.string().check(z.minLength(1), z.maxLength(253)) }),
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
  // The settings also word a page's failures (messages.ts sayFailure), on any page.
  'store-settings': 'page-or-granted-tab',
  'store-panel': 'granted-tab',
  'store-readings': 'granted-tab',
  'store-save-reading': 'granted-tab',
  'store-record-history': 'granted-tab',
  'store-sender-domain': 'granted-tab',
  'store-ui': 'granted-tab',
  'store-collapsed': 'granted-tab',
  'store-dismiss': 'granted-tab',
  'store-message-check': 'granted-tab',
};
