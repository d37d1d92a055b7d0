// WXT's ContentScriptContext, minus the part the ESP's page can forge (issue 15 §5). A new
// context announces itself with window.postMessage and every older one that hears a matching
// announcement invalidates itself, which removes its shadow-root UI. The page sees that message
// (same window) and can replay it with a fresh messageId, so any page script could remove the
// panel for good. The panel needs no such handover: it is injected at most once per document
// (the flag in main.tsx lives in the extension's isolated world, out of the page's reach), and
// an orphaned copy after an update is still caught by the runtime check WXT runs on `isValid`.
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** A content-script context that neither announces itself nor obeys announcements. */
export class PanelContext extends ContentScriptContext {
  override stopOldScripts(): void {}
  override listenForNewerScripts(): void {}
}
