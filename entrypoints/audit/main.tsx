// List audit page: wiring only. The dropped file is read here, in slices, and never sent to the
// background (issue 14 "Speed and memory"); DNS goes straight from this page to the user's DoH
// resolvers, with the same cache the background uses.
import { render } from 'preact';
import { AuditApp } from '../../components/AuditApp';
import { auditFile } from '../../lib/audit/session';
import { createCachingResolver } from '../../lib/dns/cache';
import { createDohResolver } from '../../lib/dns/doh';
import { blobSource } from '../../lib/import/bytes';
import { inspectCsv } from '../../lib/import/csv';
import { auditTexts } from '../../lib/i18n/audit';
import { languageOf, loadSettings } from '../../lib/platform/storage';
import { AUDIT_DNS_CONCURRENCY } from '../../lib/audit/run';
import '../esp-panel/style.css';
import '../esp-panel/pages.css';
import './audit.css';
import { registerAllPacks } from '../../lib/i18n/packs/all';

async function start() {
  const settings = await loadSettings();
  const lang = languageOf(settings);
  document.documentElement.lang = lang;
  const t = auditTexts(lang);
  document.title = t.title;
  const resolver = createCachingResolver(createDohResolver({ endpoints: settings.resolvers }), {
    maxConcurrent: AUDIT_DNS_CONCURRENCY,
  });
  const delimiter = settings.csvDelimiter === 'auto' ? (t.csvDelimiter as ',' | ';') : settings.csvDelimiter;
  let urls: string[] = [];
  render(
    <AuditApp
      t={t}
      actions={{
        inspect: (file) => inspectCsv(blobSource(file)),
        run: async (file, layout, columns, onProgress, signal) => {
          const r = await auditFile(file, layout, columns, {
            now: Date.now(),
            resolver,
            signal,
            onProgress,
            delimiter,
            bom: settings.csvBom,
          });
          for (const u of urls) URL.revokeObjectURL(u);
          const files = r.files.map((f) => ({ name: f.name, href: URL.createObjectURL(f.blob) }));
          urls = files.map((f) => f.href);
          return { run: r.run, flagged: r.flagged, files };
        },
      }}
    />,
    document.getElementById('app')!,
  );
}

registerAllPacks(); // an extension page has every language: the user may switch at any time
void start();
