// npm run bench: every benchmark, several runs each, written to BENCHMARKS.md. Benchmarks are
// not tests: they never fail on time.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchDns } from './dns';
import { benchDnsBrowser } from './dns-browser';
import { benchSizes } from './sizes';
import { benchPage } from './page';
import { benchThroughput } from './throughput';
import { benchAuditSection } from './audit';
import { benchListsMerge } from './lists';
import { benchMessage } from './message';
import { benchTeach } from './teach';
import { machine, resultsSection } from './stats';
import { registerAllPacks } from '../../lib/i18n/packs/all';

// The texts (CSV headers and values among them) are read from the registered language packs.
registerAllPacks();

async function main() {
  const sections = [
    await benchDns(),
    await benchDnsBrowser(),
    benchSizes(),
    await benchPage(),
    benchThroughput(),
    await benchAuditSection(),
    resultsSection('Dropped ESP export file (issue 17)', [{ ...(await benchListsMerge()), goal: '≤ 1,000 ms' }]),
    resultsSection('Message source (issue 16)', [
      { ...(await benchMessage()), goal: '≤ 100 ms after the keys are in' },
    ]),
    resultsSection('Teach mode (issue 18)', [{ ...(await benchTeach()), goal: '≤ 20 ms' }]),
  ];
  const text = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Machine: ${machine()}.`,
    'Times in milliseconds: median (min–max) over the stated runs.',
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n');
  writeFileSync(join(process.cwd(), 'BENCHMARKS.md'), text);
  console.log(text);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
