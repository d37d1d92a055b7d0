// Wires the command line to the running node process (bin.mjs imports this).
import { main } from './main';
import { registerAllPacks } from '../i18n/packs/all';

/** Runs main with process.argv, stdout/stderr and the environment; resolves to the exit code. */
export async function runFromProcess(): Promise<number> {
  registerAllPacks(); // the reports speak every language (--lang)
  return main(
    process.argv.slice(2),
    {
      stdout: (s) => void process.stdout.write(s),
      stderr: (s) => void process.stderr.write(s),
      stderrIsTTY: !!process.stderr.isTTY,
    },
    process.env,
  );
}
