// A Vite plugin for the panel's second stage (lib/platform/shared-modules.ts): 'preact',
// 'preact/hooks' and 'preact/jsx-runtime' resolve to modules that re-export what the panel put on
// globalThis, so the second stage bundles no Preact of its own. They export the listed names only:
// an import of another one fails the build, and a listed name the installed Preact lacks fails it too.
import type { Plugin } from 'vite';
import { SHARED_PREACT, SHARED_PREACT_KEY, type SharedPreactModule } from '../lib/platform/shared-modules';

const PREFIX = '\0dl-shared:';

export function sharedPreact(): Plugin {
  const shared = new Set<string>(Object.keys(SHARED_PREACT));
  return {
    name: 'dl-shared-preact',
    enforce: 'pre',
    resolveId(id) {
      return shared.has(id) ? PREFIX + id : undefined;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return undefined;
      const spec = id.slice(PREFIX.length) as SharedPreactModule;
      const names: readonly string[] = SHARED_PREACT[spec];
      const real = (await import(spec)) as Record<string, unknown>;
      const unknown = names.filter((n) => typeof real[n] !== 'function' && typeof real[n] !== 'object');
      if (unknown.length) throw new Error(`${spec} has no ${unknown.join(', ')} to share`);
      if (!names.length) return 'export {};';
      const key = JSON.stringify(SHARED_PREACT_KEY);
      return [
        `const all = globalThis[Symbol.for(${key})];`,
        `if (!all) throw new Error('The panel tools need the panel: no shared Preact in this world');`,
        `export const { ${names.join(', ')} } = all[${JSON.stringify(spec)}];`,
      ].join('\n');
    },
  };
}
