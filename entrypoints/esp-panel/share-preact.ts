// The panel's Preact, handed to its second stage (lib/platform/shared-modules.ts): two copies of
// Preact in one tree would each keep their own hook state and render queue.
import * as preact from 'preact';
import * as hooks from 'preact/hooks';
import * as jsxRuntime from 'preact/jsx-runtime';
import { SHARED_PREACT_KEY, type SharedPreactModule } from '../../lib/platform/shared-modules';

export function sharePreact(): void {
  const g = globalThis as unknown as Record<symbol, Record<SharedPreactModule, object> | undefined>;
  g[Symbol.for(SHARED_PREACT_KEY)] ??= { preact, 'preact/hooks': hooks, 'preact/jsx-runtime': jsxRuntime };
}
