// `deliverability-lens message <file.eml>` as a user runs it (the bin in a child process), with the
// keys and DMARC records of the message fixtures served by the local RFC 8484 server.
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDohServer, type DohServer } from '../../support/doh-server';
import { messageZone } from '../../fixtures/messages/zone';

let doh: DohServer;
beforeAll(async () => {
  doh = await startDohServer(messageZone);
});
afterAll(() => doh.close());

function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['lib/cli/bin.mjs', ...args],
      { env: { PATH: process.env.PATH ?? '', LANG: 'C', ...env } },
      (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    );
  });
}

describe('deliverability-lens message', () => {
  it('verifies the Mailchimp copy: exit 0, both signatures pass, in JSON', async () => {
    const r = await cli(['message', 'tests/fixtures/messages/mailchimp.eml', '--resolver', doh.url, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.dkim.map((d: { domain: string; result: string }) => [d.domain, d.result])).toEqual([
      ['bakkerij-demol.be', 'pass'],
      ['mcsv.net', 'pass'],
    ]);
    expect(report.listUnsubscribe).toMatchObject({ present: true, https: true, oneClick: true, signed: true });
  });

  it('names the unsigned List-Unsubscribe-Post of the ActiveCampaign copy in Dutch: exit 1', async () => {
    const r = await cli([
      'message',
      'tests/fixtures/messages/activecampaign.eml',
      '--resolver',
      doh.url,
      '--lang',
      'nl',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('List-Unsubscribe-Post');
  });

  it('cannot check without a resolver that answers: exit 2', async () => {
    const r = await cli([
      'message',
      'tests/fixtures/messages/mailchimp.eml',
      '--resolver',
      'http://127.0.0.1:9/dns-query',
    ]);
    expect(r.code).toBe(2);
  });

  it('an unreadable file: exit 2 with a message on stderr', async () => {
    const r = await cli(['message', 'tests/fixtures/messages/does-not-exist.eml']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toBe('');
  });
});
