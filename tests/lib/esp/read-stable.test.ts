// Settle or say so (issue 17 §3): a reading still changing at the end of the bound is flagged
// unsettled; with a signature, the full read runs once the page is still.
import { describe, expect, it } from 'vitest';
import { readStable } from '../../../entrypoints/esp-panel/read-stable';
import type { ExtractResult } from '../../../lib/esp/types';

const ok = (n: number): ExtractResult<number> => ({ ok: true, value: n });
const signal = new AbortController().signal;
const fast = { intervalMs: 1, maxReads: 6 };

describe('readStable', () => {
  it('returns once two readings agree', async () => {
    const values = [0, 5, 8, 8, 9];
    let i = 0;
    expect(
      await readStable(
        () => ok(values[Math.min(i++, values.length - 1)]!),
        signal,
        (n) => n === 0,
        fast,
      ),
    ).toEqual(ok(8));
  });

  it('flags a page whose figures never settle', async () => {
    let i = 0;
    expect(
      await readStable(
        () => ok(i++),
        signal,
        () => false,
        fast,
      ),
    ).toEqual({ ok: true, value: 5, unsettled: true });
  });

  it('does not call a steady placeholder unsettled', async () => {
    expect(
      await readStable(
        () => ok(0),
        signal,
        (n) => n === 0,
        fast,
      ),
    ).toEqual(ok(0));
  });

  it('with a signature, reads the page once when it stands still', async () => {
    let reads = 0;
    const r = await readStable(
      () => ok(++reads),
      signal,
      () => false,
      { ...fast, signature: () => 'same' },
    );
    expect(r).toEqual(ok(1));
    expect(reads).toBe(1);
  });

  it('with a signature that keeps changing, reads at the end and says so', async () => {
    let s = 0;
    let reads = 0;
    const r = await readStable(
      () => ok(++reads),
      signal,
      () => false,
      { ...fast, signature: () => String(s++) },
    );
    expect(r).toEqual({ ok: true, value: 1, unsettled: true });
  });
});
