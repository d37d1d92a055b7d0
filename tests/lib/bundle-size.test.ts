// Size budget (issue 8 §2): the content script that runs on every ESP page stays under 25 KB
// gzipped; the panel is injected only on report pages. Reads the production build, which
// `npm test` makes before the unit tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../support/browser';

describe('bundle budget', () => {
  const manifestPath = join(EXTENSION_DIR, 'manifest.json');
  it('has a production build to measure', () => expect(existsSync(manifestPath), `no build in ${EXTENSION_DIR}: run npm run build`).toBe(true));

  it('keeps every manifest content script under 25 KB gzipped', () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { content_scripts: { js: string[] }[] };
    const files = manifest.content_scripts.flatMap((c) => c.js);
    expect(files).toEqual(['content-scripts/esp-report.js']);
    for (const f of files) expect(gzipSync(readFileSync(join(EXTENSION_DIR, f)), { level: 9 }).length).toBeLessThanOrEqual(25 * 1024);
  });

  it('does not ship the panel inside the content script', () => {
    const loader = readFileSync(join(EXTENSION_DIR, 'content-scripts/esp-report.js'), 'utf8');
    expect(loader).not.toContain('createShadowRootUi');
    expect(loader).not.toContain('Deliverability Lens');
    expect(existsSync(join(EXTENSION_DIR, 'esp-panel.js'))).toBe(true);
  });
});
