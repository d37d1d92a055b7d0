// `deliverability-lens message <file.eml> [--resolver URL] [--lang en|nl|fr] [--json]` (issue 16 §3;
// api-contract.md "Command line"): the same analyzeMessage as the extension page. Exit codes as
// the other commands: 0 nothing wrong, 1 problems found, 2 could not check (unreadable file, not
// a message, or only DNS failures stood between us and a verdict).
import { readFile } from 'node:fs/promises';
import type { Resolver } from '../dns/types';
import type { Lang } from '../i18n';
import { findingText, messageTexts } from '../i18n/message';
import { analyzeMessage, type FindingSeverity, type MessageReport } from '../message';

export interface MessageCommandOptions {
  file: string;
  json: boolean;
  lang: Lang;
  /** Informational: the dispatcher builds `resolver` from it. */
  resolverUrl?: string;
}

export interface CommandIo {
  stdout(s: string): void;
  stderr(s: string): void;
}

/** Findings that mean "could not check" rather than "something is wrong". */
const UNCHECKED = new Set(['dkim-unchecked', 'dmarc-temperror', 'unsubscribe-unchecked']);
const MARK: Record<FindingSeverity, string> = { ok: '✓', info: 'i', warning: '!', error: '✗' };

/** The exit code for a report: problems → 1, otherwise unchecked → 2, otherwise 0. */
export function exitCodeOf(report: MessageReport): 0 | 1 | 2 {
  if (report.findings.some((f) => f.id === 'not-a-message' || f.id === 'internal-error')) return 2;
  if (report.findings.some((f) => (f.severity === 'error' || f.severity === 'warning') && !UNCHECKED.has(f.id)))
    return 1;
  return report.findings.some((f) => UNCHECKED.has(f.id)) ? 2 : 0;
}

/** The report as plain text lines in a language. */
export function formatMessageReport(report: MessageReport, file: string, lang: Lang): string {
  const t = messageTexts[lang];
  const out = [t.cli.heading(file)];
  if (report.from) out.push(t.page.from(report.from.address));
  if (report.subject !== undefined) out.push(t.page.subject(report.subject));
  out.push('', t.cli.findings, ...report.findings.map((f) => `  ${MARK[f.severity]} ${findingText(f, lang)}`));
  out.push(
    '',
    t.cli.signatures,
    ...(report.dkim.length
      ? report.dkim.map(
          (s) => `  ${s.result === 'pass' ? '✓' : s.result === 'temperror' ? '?' : '✗'} ${t.dkimLine(s, lang)}`,
        )
      : [`  ${t.page.noSignatures}`]),
  );
  if (report.authenticationResults.length)
    out.push('', t.cli.receivers, ...report.authenticationResults.map((a) => `  • ${t.receiverLine(a)}`));
  if (report.arc.length) out.push('', `${t.page.arcTitle}:`, ...report.arc.map((a) => `  • ${t.arcLine(a)}`));
  return `${out.join('\n')}\n`;
}

/** Runs the message command; never rejects. */
export async function runMessageCommand(
  opts: MessageCommandOptions,
  io: CommandIo,
  resolver: Resolver,
): Promise<number> {
  const t = messageTexts[opts.lang];
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(opts.file));
  } catch (e) {
    io.stderr(`${t.cli.unreadable(opts.file, (e as NodeJS.ErrnoException).code ?? (e as Error).message)}\n`);
    return 2;
  }
  const report = await analyzeMessage(bytes, resolver);
  io.stdout(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatMessageReport(report, opts.file, opts.lang));
  return exitCodeOf(report);
}
