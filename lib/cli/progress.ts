// A progress bar on stderr, only when stderr is a terminal (issue 14 "a progress bar on stderr
// for long audits"): redrawn at most 10 times a second, cleared when done.

/** A bar writer; `update(fraction, label)` draws, `done()` clears the line. */
export function createProgressBar(write: (s: string) => void, enabled: boolean, now: () => number = Date.now) {
  let last = 0;
  let drawn = false;
  return {
    update(fraction: number, label: string): void {
      if (!enabled) return;
      const t = now();
      if (t - last < 100 && fraction < 1) return;
      last = t;
      const f = Math.max(0, Math.min(1, fraction));
      const width = 24;
      const full = Math.round(f * width);
      write(
        `\r[${'#'.repeat(full)}${' '.repeat(width - full)}] ${String(Math.round(f * 100)).padStart(3)}% ${label}\x1b[K`,
      );
      drawn = true;
    },
    done(): void {
      if (enabled && drawn) write('\r\x1b[K');
      drawn = false;
    },
  };
}
