// The command table: one entry per command, so a new command is one line here.
import type { EspId } from '../auth/domain';
import type { Resolver } from '../dns/types';
import type { Lang } from '../i18n';
import type { ParsedArgs } from './args';
import { runAuditCommand, type CliIo } from './audit-command';
import { runCheckCommand } from './check-command';
import { runMessageCommand } from './message-command';
import { ADAPTER_ESP_IDS, ESP_IDS } from '../esp/providers';
import type { SegmentFormat } from '../audit/exports';

export interface CommandContext {
  lang: Lang;
  json: boolean;
  resolverUrl?: string;
  /** The caching DoH resolver for --resolver (or the default endpoints). */
  resolver(): Resolver;
}

export type Command = (args: ParsedArgs, io: CliIo, ctx: CommandContext) => Promise<number>;

const ESPS: readonly string[] = ESP_IDS;
const ADAPTER_ESPS: readonly string[] = ADAPTER_ESP_IDS;

export const COMMANDS: Record<string, Command> = {
  message: (a, io, ctx) =>
    runMessageCommand(
      {
        file: a.positionals[0]!,
        json: ctx.json,
        lang: ctx.lang,
        ...(ctx.resolverUrl ? { resolverUrl: ctx.resolverUrl } : {}),
      },
      io,
      ctx.resolver(),
    ),
  check: (a, io, ctx) =>
    runCheckCommand(
      {
        domain: a.positionals[0]!,
        json: ctx.json,
        lang: ctx.lang,
        ...(a.options.esp ? { esp: a.options.esp as EspId } : {}),
      },
      io,
      ctx.resolver(),
    ),
  audit: (a, io, ctx) =>
    runAuditCommand(
      {
        file: a.positionals[0]!,
        json: ctx.json,
        lang: ctx.lang,
        ...(a.options.column ? { column: a.options.column } : {}),
        roleColumns: {
          ...(a.options['activity-column'] ? { lastActivity: a.options['activity-column'] } : {}),
          ...(a.options['created-column'] ? { created: a.options['created-column'] } : {}),
          ...(a.options['order-column'] ? { lastOrder: a.options['order-column'] } : {}),
          ...(a.options['customer-column'] ? { customer: a.options['customer-column'] } : {}),
        },
        ...(a.options.out ? { out: a.options.out } : {}),
        ...(a.options.esp ? { esp: a.options.esp as SegmentFormat } : {}),
        ...(a.options.today ? { today: a.options.today } : {}),
      },
      io,
      a.flags.has('no-dns') ? undefined : ctx.resolver(),
    ),
};

/** Whether an --esp value is one this command accepts. */
export function isValidEsp(command: string, esp: string): boolean {
  return command === 'audit' ? ADAPTER_ESPS.includes(esp) : ESPS.includes(esp);
}
