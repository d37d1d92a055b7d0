import { describe, expect, it } from 'vitest';
import { createProgressBar } from '../../../lib/cli/progress';

describe('progress bar on stderr', () => {
  it('draws at most every 100 ms, always at 100 %, and clears its line', () => {
    const out: string[] = [];
    let t = 1000;
    const bar = createProgressBar(
      (s) => out.push(s),
      true,
      () => t,
    );
    bar.update(0.25, '500 rows read');
    t += 50;
    bar.update(0.3, 'skipped');
    t += 60;
    bar.update(1, '4 of 4 domains looked up');
    bar.done();
    expect(out).toEqual([
      '\r[######                  ]  25% 500 rows read\x1b[K',
      '\r[########################] 100% 4 of 4 domains looked up\x1b[K',
      '\r\x1b[K',
    ]);
  });
  it('writes nothing when stderr is not a terminal', () => {
    const out: string[] = [];
    const bar = createProgressBar((s) => out.push(s), false);
    bar.update(0.5, 'x');
    bar.done();
    expect(out).toEqual([]);
  });
});
