// Rendering Preact components into happy-dom for component tests, with helpers to type and
// click the way a user does.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export function mount(ui: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(ui, root));
  return root;
}

export async function type(input: Element | null, value: string): Promise<void> {
  const el = input as HTMLInputElement;
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** A user's event: happy-dom has no isTrusted, which the panel's guards insist on (lib/platform/trusted.ts). */
function asUser<E extends Event>(event: E): E {
  return Object.defineProperty(event, 'isTrusted', { value: true });
}

export async function submit(form: Element | null): Promise<void> {
  await act(() => {
    form!.dispatchEvent(asUser(new Event('submit', { bubbles: true, cancelable: true })));
  });
}

export async function click(el: Element | null | undefined): Promise<void> {
  await act(async () => {
    (el as HTMLElement).dispatchEvent(asUser(new MouseEvent('click', { bubbles: true, cancelable: true })));
  });
}
