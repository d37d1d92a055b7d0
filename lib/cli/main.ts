// The command-line dispatcher (api-contract.md "Command line"): parses the arguments, picks the
// language (--lang, else LC_ALL / LC_MESSAGES / LANG), builds the resolver, runs the command from
// the table in commands.ts. Exit codes: 0 nothing wrong, 1 problems found, 2 could not check.
import { createCachingResolver } from '../dns/cache';
import { createDohResolver, DEFAULT_ENDPOINTS, isDohEndpoint } from '../dns/doh';
import type { Resolver } from '../dns/types';
import { LANGS, pickLang, type Lang } from '../i18n';
import { auditTexts } from '../i18n/audit';
import { parseArgs } from './args';
import type { CliIo } from './audit-command';
import { COMMANDS, isValidEsp } from './commands';
import { AUDIT_DNS_CONCURRENCY } from '../audit/run';

/** The language from the environment's locale ("nl_BE.UTF-8" → nl); POSIX order LC_ALL, LC_MESSAGES, LANG. */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return pickLang(tag?.replace('_', '-'));
}

/** Runs one command line; returns the exit code. */
export async function main(
  argv: string[],
  io: CliIo,
  env: Record<string, string | undefined> = {},
  makeResolver: (url: string | undefined) => Resolver = (url) =>
    createCachingResolver(createDohResolver({ endpoints: url ? [url] : [...DEFAULT_ENDPOINTS] }), {
      maxConcurrent: AUDIT_DNS_CONCURRENCY,
    }),
): Promise<number> {
  const parsed = parseArgs(argv);
  const envLang = langFromEnv(env);
  if (!parsed.ok) {
    const t = auditTexts(envLang).cli;
    io.stderr(`${t.badOption} ${parsed.option}\n${t.usage}\n`);
    return 2;
  }
  const a = parsed.args;
  const wanted = a.options.lang;
  const lang: Lang = wanted && (LANGS as readonly string[]).includes(wanted) ? (wanted as Lang) : envLang;
  const t = auditTexts(lang).cli;
  if (wanted && lang !== wanted) {
    io.stderr(`${t.badOption} --lang ${wanted}\n${t.usage}\n`);
    return 2;
  }
  if (a.flags.has('help') || !a.command) {
    (a.command ? io.stdout : io.stderr)(`${t.usage}\n`);
    return a.flags.has('help') ? 0 : 2;
  }
  const run = COMMANDS[a.command];
  if (!run) {
    io.stderr(`${a.command === 'message' ? t.notAvailable : t.unknownCommand} ${a.command}\n${t.usage}\n`);
    return 2;
  }
  if (!a.positionals[0]) {
    io.stderr(`${t.missingArg}\n${t.usage}\n`);
    return 2;
  }
  const url = a.options.resolver;
  if ((url && !isDohEndpoint(url)) || (a.options.esp && !isValidEsp(a.command, a.options.esp))) {
    io.stderr(`${t.badOption} ${url && !isDohEndpoint(url) ? `--resolver ${url}` : `--esp ${a.options.esp}`}\n`);
    return 2;
  }
  let resolver: Resolver | undefined;
  return run(a, io, {
    lang,
    json: a.flags.has('json'),
    ...(url ? { resolverUrl: url } : {}),
    resolver: () => (resolver ??= makeResolver(url)),
  });
}
