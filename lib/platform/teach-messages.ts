// Teach mode's background messages (issue 18): the background's handlers (the senders used by the
// popup, panel and picker are teach-requests.ts; the schemas are in message-schemas.ts). The picker
// and the taught panel are injected on demand with browser.scripting, so pages where teach mode is
// not open get nothing; a small loader is registered only on hosts that have a taught layout. The
// messages are in the typed map of lib/platform/messages.ts; the router checks their senders and
// schemas before these handlers.
import browser from 'webextension-polyfill';
import { adapterForUrl } from '../esp';
import { parseLayout, parseLayoutFile, type LayoutProblem, type TeachEsp } from '../teach/layout';
import type { Handlers } from './router';
import { peekLayoutFor, saveLayout, taughtHosts } from './teach-store';
import { languageFiles } from './language-pack';
import { loadSettings } from './storage';

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
    // The picker and the taught panel carry no catalogue: their language's pack goes in first.
    const files = [...languageFiles(await loadSettings()), file];
    await browser.scripting.executeScript({ target: { tabId }, files });
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

type TeachName = 'teach-start' | 'teach-here' | 'teach-save' | 'teach-load' | 'teach-import';

/** The background's handlers for the teach messages (validated and sender-checked by the router). */
export function createTeachHandlers(): Required<Pick<Handlers, TeachName>> {
  return {
    'teach-start': async ({ origin, esp }) => {
      if (!(await browser.permissions.contains({ origins: [`${origin}/*`] })))
        return { ok: false, error: 'no-permission' };
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true, url: `${origin}/*` });
      const target = tab ?? (await browser.tabs.query({ active: true, url: `${origin}/*` }))[0];
      if (target?.id === undefined) return { ok: false, error: 'not-there' };
      return inject(target.id, PICKER, esp);
    },
    'teach-here': ({ esp }, sender) =>
      sender.tab?.id === undefined ? { ok: false, error: 'no-tab' } : inject(sender.tab.id, PICKER, esp),
    'teach-save': async ({ layout }, sender) => {
      const r = parseLayout(layout);
      if (!r.ok) return { ok: false, error: 'layout', problem: r.problem };
      const tabUrl = sender.tab?.url;
      if (sender.tab?.id === undefined || !tabUrl) return { ok: false, error: 'no-tab' };
      // A page may only teach its own host.
      if (new URL(tabUrl).hostname !== r.layout.host) return { ok: false, error: 'other-host' };
      await saveLayout(r.layout);
      await registerLoader(r.layout.host);
      const shown = adapterForUrl(tabUrl) ? { ok: true as const } : await inject(sender.tab.id, PANEL);
      return shown.ok ? { ok: true, host: r.layout.host } : shown;
    },
    'teach-load': async (_req, sender) => {
      const url = sender.tab?.url;
      if (sender.tab?.id === undefined || !url) return { ok: false, error: 'no-tab' };
      // A built-in adapter always comes first (issue 18 §3): its panel reads the page.
      if (adapterForUrl(url)) return { ok: true };
      const layout = await peekLayoutFor(url);
      return layout ? inject(sender.tab.id, PANEL) : { ok: true };
    },
    'teach-import': async ({ origin, text }) => {
      const host = new URL(origin).hostname;
      const r = parseLayoutFile(text, host);
      if (!r.ok) return { ok: false, error: 'layout', problem: r.problem };
      await saveLayout(r.layout);
      await registerLoader(host);
      return { ok: true, host };
    },
  };
}

/** Re-registers the loader on every taught host (after an update, or a profile copied in). */
export async function registerTaughtHosts(): Promise<void> {
  for (const host of await taughtHosts()) await registerLoader(host).catch(() => undefined);
}
