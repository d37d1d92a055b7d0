// A panel's shadow root on the ESP's page: @webext-core/isolated-element, which WXT's
// createShadowRootUi builds on, and the few lines of mounting an inline panel appended to <body>
// needs. WXT's helper also carries its auto-mount machinery (@1natsu/wait-element, defu,
// many-keys-map) and its CSS splitting, which such a panel never uses: about 2.5 KB gzipped of the
// panel's 45 KB (issue 15 §8). Used by every UI of a report tab: the panel, the taught panel, the picker.
// WXT moved @font-face and @property rules to the document (they do not apply inside a shadow root);
// none of the stylesheets here has one, and one added later would need that again.
import { createIsolatedElement } from '@webext-core/isolated-element';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface ShadowUi {
  /** The element in the page (the custom element named by `name`). */
  shadowHost: HTMLElement;
  shadow: ShadowRoot;
  /** Where the UI renders. */
  uiContainer: HTMLElement;
  /** Takes the UI out of the page (also when the context is invalidated); safe to call twice. */
  remove(): void;
}

export interface ShadowUiOptions {
  name: string;
  css: string;
  onMount(container: HTMLElement): void;
  onRemove?(container: HTMLElement): void;
}

/**
 * Creates the shadow root, appends it to <body> and renders into it. `onMount` runs before this
 * returns: what it renders may call the returned `remove` only later (from a click, say).
 */
export async function mountShadowUi(ctx: ContentScriptContext, options: ShadowUiOptions): Promise<ShadowUi> {
  const { parentElement, isolatedElement, shadow } = await createIsolatedElement({
    name: options.name,
    // WXT's reset: nothing the page sets on <body> is inherited into the panel.
    css: { textContent: `:host{all:initial !important;}\n${options.css}` },
    mode: 'open',
  });
  let removed = false;
  // Registered first, so a UI whose mounting throws still leaves the page with the context.
  const forget = ctx.onInvalidated(() => ui.remove());
  const ui: ShadowUi = {
    shadowHost: parentElement,
    shadow,
    uiContainer: isolatedElement,
    remove() {
      if (removed) return;
      removed = true;
      forget();
      options.onRemove?.(isolatedElement);
      parentElement.remove();
    },
  };
  document.body.append(parentElement);
  options.onMount(isolatedElement);
  return ui;
}
