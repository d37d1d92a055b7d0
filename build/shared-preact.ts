// A Vite plugin for the panel's second stage (lib/platform/shared-modules.ts): 'preact',
// 'preact/hooks' and 'preact/jsx-runtime' resolve to modules that re-export what the panel put on
// globalThis, so the second stage bundles no Preact of its own. The export names are read from the
// installed Preact itself, so an upgrade cannot leave one out.
import type { Plugin } from 'vite';
import { SHARED_PREACT_KEY, SHARED_PREACT_MODULES } from '../lib/platform/shared-modules';

const PREFIX = '\0dl-shared:';

export function sharedPreact(): Plugin {
  const shared = new Set<string>(SHARED_PREACT_MODULES);
  return {
    name: 'dl-shared-preact',
    enforce: 'pre',
    resolveId(id) {
      return shared.has(id) ? PREFIX + id : undefined;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return undefined;
      const spec = id.slice(PREFIX.length);
      const names = Object.keys(await import(spec)).filter((n) => n !== 'default' && /^[A-Za-z_$][\w$]*$/.test(n));
      const key = JSON.stringify(SHARED_PREACT_KEY);
      return [
        `const all = globalThis[Symbol.for(${key})];`,
        `if (!all) throw new Error('The panel tools need the panel: no shared Preact in this world');`,
        `export const { ${names.join(', ')} } = all[${JSON.stringify(spec)}];`,
      ].join('\n');
    },
  };
}
