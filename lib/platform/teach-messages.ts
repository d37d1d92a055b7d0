// Teach mode's background messages (issue 18): their zod schemas, the senders used by the popup,
// panel and picker, and the background's handlers. The picker and the taught panel are injected
// on demand with browser.scripting, so pages where teach mode is not open get nothing; a small
// loader is registered only on hosts that have a taught layout. Registered in background.ts with
// one line (the lead ports it to the typed message map).
import * as z from 'zod/mini';
import browser from 'webextension-polyfill';
import { adapterForUrl } from '../esp';
import { TEACH_ESPS, parseLayout, parseLayoutFile, type LayoutProblem, type TeachEsp } from '../teach/layout';
import { peekLayoutFor, saveLayout, taughtHosts } from './teach-store';

const Origin = z.string().check(z.maxLength(300), z.regex(/^https:\/\/[a-z0-9.-]+(:\d{1,5})?$/));
export const TeachStartRequest = z.object({ type: z.literal('teach-start'), origin: Origin, esp: z.enum(TEACH_ESPS) });
export const TeachHereRequest = z.object({ type: z.literal('teach-here'), esp: z.enum(TEACH_ESPS) });
export const TeachSaveRequest = z.object({ type: z.literal('teach-save'), layout: z.unknown() });
export const TeachLoadRequest = z.object({ type: z.literal('teach-load') });
export const TeachImportRequest = z.object({
  type: z.literal('teach-import'),
  origin: Origin,
  text: z.string().check(z.maxLength(64_000)),
});

/** Answers of teach messages: failures are values, worded by the caller (lib/i18n/teach.ts). */
export type TeachAnswer =
  | { ok: true; host?: string }
  | { ok: false; error: 'no-permission' | 'not-there' | 'no-tab' | 'inject-failed' | 'other-host'; detail?: string }
  | { ok: false; error: 'layout'; problem: LayoutProblem };

const PICKER = '/teach-picker.js';
const PANEL = '/teach-panel.js';
const LOADER = 'teach-loader.js';

async function inject(tabId: number, file: string, esp?: TeachEsp): Promise<TeachAnswer> {
  try {
    if (esp)
      await browser.scripting.executeScript({
        target: { tabId },
        func: (e: string) => void ((window as unknown as { __dlTeachEsp?: string }).__dlTeachEsp = e),
        args: [esp],
      });
    await browser.scripting.executeScript({ target: { tabId }, files: [file] });
    return { ok: true };
  } catch (e) {
    return { ok: false, error: 'inject-failed', detail: (e as Error).message };
  }
}

/** Runs the loader on a host with a taught layout from now on (the user granted that origin). */
async function registerLoader(host: string): Promise<void> {
  const pattern = `https://${host}/*`;
  if (!(await browser.permissions.contains({ origins: [pattern] }))) return;
  const id = `teach-${host}`;
  const script = { id, matches: [pattern], js: [LOADER], runAt: 'document_idle' as const, persistAcrossSessions: true };
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/** The background's handler for teach messages; undefined when the message is not one of them. */
export function handleTeachMessage(
  message: unknown,
  sender: browser.Runtime.MessageSender,
): Promise<TeachAnswer> | undefined {
  const start = TeachStartRequest.safeParse(message);
  if (start.success)
    return (async () => {
      const { origin, esp } = start.data;
      if (!(await browser.permissions.contains({ origins: [`${origin}/*`] })))
        return { ok: false, error: 'no-permission' };
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true, url: `${origin}/*` });
      const target = tab ?? (await browser.tabs.query({ active: true, url: `${origin}/*` }))[0];
      if (target?.id === undefined) return { ok: false, error: 'not-there' };
      return inject(target.id, PICKER, esp);
    })();
  const here = TeachHereRequest.safeParse(message);
  if (here.success)
    return sender.tab?.id === undefined
      ? Promise.resolve({ ok: false, error: 'no-tab' })
      : inject(sender.tab.id, PICKER, here.data.esp);
  const save = TeachSaveRequest.safeParse(message);
  if (save.success)
    return (async () => {
      const r = parseLayout(save.data.layout);
      if (!r.ok) return { ok: false, error: 'layout', problem: r.problem };
      const tabUrl = sender.tab?.url;
      if (sender.tab?.id === undefined || !tabUrl) return { ok: false, error: 'no-tab' };
      // A page may only teach its own host.
      if (new URL(tabUrl).hostname !== r.layout.host) return { ok: false, error: 'other-host' };
      await saveLayout(r.layout);
      await registerLoader(r.layout.host);
      const shown = adapterForUrl(tabUrl) ? { ok: true as const } : await inject(sender.tab.id, PANEL);
      return shown.ok ? { ok: true, host: r.layout.host } : shown;
    })();
  if (TeachLoadRequest.safeParse(message).success)
    return (async () => {
      const url = sender.tab?.url;
      if (sender.tab?.id === undefined || !url) return { ok: false, error: 'no-tab' };
      // A built-in adapter always comes first (issue 18 §3): its panel reads the page.
      if (adapterForUrl(url)) return { ok: true };
      const layout = await peekLayoutFor(url);
      return layout ? inject(sender.tab.id, PANEL) : { ok: true };
    })();
  const imp = TeachImportRequest.safeParse(message);
  if (imp.success)
    return (async () => {
      const host = new URL(imp.data.origin).hostname;
      const r = parseLayoutFile(imp.data.text, host);
      if (!r.ok) return { ok: false, error: 'layout', problem: r.problem };
      await saveLayout(r.layout);
      await registerLoader(host);
      return { ok: true, host };
    })();
  return undefined;
}

/** Re-registers the loader on every taught host (after an update, or a profile copied in). */
export async function registerTaughtHosts(): Promise<void> {
  for (const host of await taughtHosts()) await registerLoader(host).catch(() => undefined);
}

/** Sends a teach message; never rejects. */
export async function sendTeach(
  message:
    | z.infer<typeof TeachStartRequest>
    | z.infer<typeof TeachHereRequest>
    | z.infer<typeof TeachSaveRequest>
    | z.infer<typeof TeachLoadRequest>
    | z.infer<typeof TeachImportRequest>,
): Promise<TeachAnswer> {
  try {
    return (
      ((await browser.runtime.sendMessage(message)) as TeachAnswer | undefined) ?? {
        ok: false,
        error: 'inject-failed',
        detail: 'no answer',
      }
    );
  } catch (e) {
    return { ok: false, error: 'inject-failed', detail: (e as Error).message };
  }
}

/** Asks for the optional host permission of an ESP origin; call straight from a click. */
export async function requestOriginAccess(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [`${origin}/*`] });
  } catch {
    return false;
  }
}
