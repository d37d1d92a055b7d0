// Command-line arguments: a command, positionals and --options (`--name value` or `--name=value`;
// --json is a flag). Unknown options are an error value, so a typo never runs a different check.

export interface ParsedArgs {
  command?: string;
  positionals: string[];
  options: Record<string, string>;
  flags: Set<string>;
}

const FLAGS = new Set(['json', 'help', 'no-dns']);
const VALUED = new Set([
  'esp',
  'resolver',
  'column',
  'out',
  'lang',
  'today',
  'activity-column',
  'created-column',
  'order-column',
  'customer-column',
]);

/** Parses argv (without node and the script), or names the option that is wrong. */
export function parseArgs(argv: string[]): { ok: true; args: ParsedArgs } | { ok: false; option: string } {
  const args: ParsedArgs = { positionals: [], options: {}, flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h') {
      args.flags.add('help');
      continue;
    }
    if (!a.startsWith('--')) {
      if (args.command === undefined) args.command = a;
      else args.positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (FLAGS.has(name) && eq < 0) args.flags.add(name);
    else if (VALUED.has(name)) {
      const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') return { ok: false, option: a };
      args.options[name] = value;
    } else return { ok: false, option: a };
  }
  return { ok: true, args };
}
