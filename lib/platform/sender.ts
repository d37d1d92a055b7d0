// Who may send a message to the background (issue 11 §3). Pure: the caller passes in what it
// knows about the extension and the granted origins, so the rule is unit-tested without a browser.

/**
 * - extension-page: a page of this extension (popup, options, audit …), never a web page.
 * - granted-tab: a content script in a tab whose origin the extension holds a host permission for.
 * - page-or-granted-tab: either of the two.
 */
export type SenderRule = 'extension-page' | 'granted-tab' | 'page-or-granted-tab';

/** What a message's sender says about itself (the subset of runtime.MessageSender we read). */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface SenderEnvironment {
  /** This extension's id (runtime.id). */
  extensionId: string;
  /** This extension's own origin, e.g. chrome-extension://abc (runtime.getURL('') without the slash). */
  extensionOrigin: string;
  /** Does the extension hold a host permission for this https origin? */
  isGrantedOrigin(origin: string): Promise<boolean>;
}

export type SenderVerdict =
  { ok: true } | { ok: false; reason: 'other-extension' | 'not-extension-page' | 'origin-not-granted' };

/**
 * scheme://host[:port] of a URL. Written out because URL.origin is "null" for schemes the URL
 * standard does not know (chrome-extension:, moz-extension: outside a browser).
 */
export function originOf(url: string | undefined): string | undefined {
  const m = url ? /^([a-z][a-z0-9+.-]*:\/\/[^/?#]+)/i.exec(url) : null;
  return m?.[1]?.toLowerCase();
}

/** Checks a sender against a rule. Messages from other extensions are always refused. */
export async function checkSender(
  rule: SenderRule,
  sender: SenderInfo,
  env: SenderEnvironment,
): Promise<SenderVerdict> {
  if (sender.id !== env.extensionId) return { ok: false, reason: 'other-extension' };
  const origin = sender.origin ?? originOf(sender.url);
  const fromPage = origin === env.extensionOrigin;
  if (fromPage) return rule === 'granted-tab' ? { ok: false, reason: 'origin-not-granted' } : { ok: true };
  if (rule === 'extension-page') return { ok: false, reason: 'not-extension-page' };
  // A content script: it runs in a tab, on an https page whose origin we were granted.
  if (sender.tab === undefined || !origin || !origin.startsWith('https://'))
    return { ok: false, reason: 'origin-not-granted' };
  return (await env.isGrantedOrigin(origin)) ? { ok: true } : { ok: false, reason: 'origin-not-granted' };
}

/**
 * `contains`, remembered per origin until the granted permissions change (`onChange` hands over the
 * function to call then: permissions.onAdded / onRemoved). A report tab's panel sends a few
 * messages per page, and each would otherwise ask the browser again: one more round trip on the
 * way to the panel (issue 17 "Speed"). A failed question is not remembered.
 */
export function rememberGrants(
  contains: (origin: string) => Promise<boolean>,
  onChange: (forget: () => void) => void,
): (origin: string) => Promise<boolean> {
  const known = new Map<string, Promise<boolean>>();
  onChange(() => known.clear());
  return (origin) => {
    let answer = known.get(origin);
    if (!answer) {
      answer = contains(origin);
      known.set(origin, answer);
      answer.catch(() => known.delete(origin));
    }
    return answer;
  };
}
