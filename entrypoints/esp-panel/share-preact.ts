// The panel's Preact, handed to its second stage (lib/platform/shared-modules.ts): two copies of
// Preact in one tree would each keep their own hook state and render queue. Named one by one (not
// `import * as`), so the panel keeps only what it and the stage use.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Fragment, jsx, jsxDEV, jsxs } from 'preact/jsx-runtime';
import { SHARED_PREACT_KEY, type SharedPreact } from '../../lib/platform/shared-modules';

export function sharePreact(): void {
  const g = globalThis as unknown as Record<symbol, SharedPreact | undefined>;
  g[Symbol.for(SHARED_PREACT_KEY)] ??= {
    preact: {},
    'preact/hooks': { useEffect, useMemo, useRef, useState },
    'preact/jsx-runtime': { Fragment, jsx, jsxs },
    'preact/jsx-dev-runtime': { Fragment, jsxDEV },
  } satisfies SharedPreact;
}
