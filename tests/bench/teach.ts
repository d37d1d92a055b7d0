// Applying a taught layout to a report page in Chromium (issue 18 "Speed": goal ≤ 20 ms). The
// Brevo-like fixture is padded with a 200-item menu and 1,000 table rows, as a real single-page
// app's DOM is; the layout is taught on it the way the picker does (buildLayout on the elements a
// user clicks), then applied again and again. The time covers the whole self-check: every
// alternative of every figure, the parsing and the cross-checks. Benchmarks never fail on time.
// Run alone: node --import tsx tests/bench/teach.ts
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../support/browser';
import { BREVO_PICKS, BREVO_URL, teachFixtureHtml } from '../support/teach-fixture';
import { summarize, type BenchResult } from './stats';

function paddedPage(): string {
  const rows = Array.from(
    { length: 1000 },
    (_, i) =>
      `<tr class="Row_row__${i % 7}aB3c"><td>contact${i}@example.org</td><td>${(i * 7) % 97}</td><td>Opened</td></tr>`,
  ).join('');
  const menu = Array.from(
    { length: 200 },
    (_, i) => `<li class="Menu_item__Qw${i % 9}x"><a href="/list/${i}">List ${i}</a></li>`,
  ).join('');
  return teachFixtureHtml('brevo-report.html')
    .replace('<main', `<aside><ul>${menu}</ul></aside><main`)
    .replace('</main>', `<section><table><tbody>${rows}</tbody></table></section></main>`);
}

async function teachBundle(): Promise<string> {
  const contents = [
    "import { applyLayout } from './lib/teach/apply';",
    "import { buildLayout } from './lib/teach/session';",
    '(globalThis as any).__dlTeach = { applyLayout, buildLayout };',
  ].join('\n');
  const r = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
  });
  return r.outputFiles[0]!.text;
}

/** The benchmark: median, min and max of applying the taught layout, in milliseconds. */
export async function benchTeach(runs = 31): Promise<BenchResult> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const html = paddedPage();
    await page.route('**/*', (route) =>
      route.request().url() === BREVO_URL
        ? route.fulfill({ status: 200, contentType: 'text/html', body: html })
        : route.abort(),
    );
    await page.goto(BREVO_URL);
    await page.addScriptTag({ content: await teachBundle() });
    // Passed as a string: tsx would wrap a function declared here with a __name helper.
    const times = (await page.evaluate(`(() => {
      const picks = ${JSON.stringify(BREVO_PICKS)};
      const fold = (s) => (s || '').replace(/\\s+/g, ' ').trim();
      const byText = (t) => [...document.body.querySelectorAll('*')].filter((e) => fold(e.textContent) === t)
        .find((e) => ![...e.children].some((c) => fold(c.textContent) === t));
      const els = Object.fromEntries(Object.entries(picks).map(([f, t]) => [f, byText(t)]));
      const { applyLayout, buildLayout } = globalThis.__dlTeach;
      const built = buildLayout(document, location.href, els, 'brevo', new Date());
      if (!built.ok) throw new Error('could not teach the bench page: ' + JSON.stringify(built.problem));
      const times = [];
      for (let i = 0; i < ${runs + 3}; i++) {
        const t = performance.now();
        const r = applyLayout(document, location.href, built.layout);
        times.push(performance.now() - t);
        if (!r.ok) throw new Error('the taught layout does not read the bench page');
      }
      return times.slice(3);
    })()`)) as number[];
    const s = summarize(times);
    return {
      name: 'apply a taught layout (Brevo-like page + 1,000 rows, Chromium)',
      medianMs: s.median,
      minMs: s.min,
      maxMs: s.max,
      runs: s.runs,
    };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void benchTeach().then((r) => console.log(JSON.stringify(r)));
