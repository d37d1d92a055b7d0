// The focus-panel shortcut (manifest `commands`, lib/platform/lifecycle.ts): the panel is the last
// thing in the ESP's page, after every control of a busy app, so the keyboard gets a way in.
// Shows the panel again if it was closed, then puts the focus on its header (the drag handle,
// which takes arrow keys), where a screen reader announces the panel's title.
import type { ShadowUi } from './shadow-ui';

/** Re-mounts the panel when it is gone, then focuses its header. */
export async function showAndFocusPanel(
  current: () => ShadowUi | undefined,
  remount: () => Promise<void>,
): Promise<void> {
  if (!current()?.shadowHost.isConnected) await remount();
  const ui = current();
  const target =
    ui?.shadow.querySelector<HTMLElement>('[data-testid=dl-handle]') ??
    ui?.shadow.querySelector<HTMLElement>('[data-testid=dl-panel]');
  target?.focus();
}
