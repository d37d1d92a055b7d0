// Registered by the background only on hosts that have a taught layout (lib/platform/teach-messages.ts):
// asks the background once per URL whether a layout fits, and the background injects the taught
// panel when one does. Nothing else runs on these pages.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { requestTaughtPanel } from '../lib/platform/load-panel';

export default defineUnlistedScript(() => {
  let last = '';
  const check = () => {
    const w = window as unknown as { __dlTaughtPanel?: boolean };
    if (w.__dlTaughtPanel || location.href === last) return;
    last = location.href;
    void requestTaughtPanel();
  };
  check();
  // Single-page apps reach a report without a page load; stop once the panel follows itself.
  const id = setInterval(
    () => ((window as unknown as { __dlTaughtPanel?: boolean }).__dlTaughtPanel ? clearInterval(id) : check()),
    1000,
  );
});
