// --out DIR without half-written files (issue 14 "Bad input"): every file goes to a temporary
// folder next to DIR first, buffered and written in large blocks; only when all are complete are
// they renamed into DIR (rename is atomic on one file system). On any failure the temporary
// folder is removed and DIR is left as it was.
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ExportSink } from '../audit/exports';

/** A staging folder for DIR; `commit` moves its files in, `discard` throws them away. */
export function createStagedOutput(dir: string) {
  const target = resolve(dir);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(join(parent, `.${basename(target)}.partial-`));
  const open: { fd: number; buf: string[]; size: number }[] = [];
  const flush = (f: (typeof open)[number]) => {
    if (f.buf.length) writeSync(f.fd, f.buf.join(''));
    f.buf = [];
    f.size = 0;
  };
  return {
    /** Opens a file in the staging folder. */
    open(name: string): ExportSink {
      const f = { fd: openSync(join(staging, name), 'w'), buf: [] as string[], size: 0 };
      open.push(f);
      return {
        write(text: string) {
          f.buf.push(text);
          f.size += text.length;
          if (f.size >= 1 << 16) flush(f);
        },
      };
    },
    /** Writes what is buffered and moves every file into DIR. */
    commit(): void {
      for (const f of open) {
        flush(f);
        closeSync(f.fd);
      }
      open.length = 0;
      if (!existsSync(target)) renameSync(staging, target);
      else {
        for (const name of readdirSync(staging)) renameSync(join(staging, name), join(target, name));
        rmSync(staging, { recursive: true, force: true });
      }
    },
    /** Removes the staging folder; DIR is untouched. */
    discard(): void {
      for (const f of open) {
        try {
          closeSync(f.fd);
        } catch {
          // already closed
        }
      }
      rmSync(staging, { recursive: true, force: true });
    },
    target,
  };
}
