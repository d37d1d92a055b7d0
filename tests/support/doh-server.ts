// A local RFC 8484 DoH server for end-to-end tests and the demo. It answers GET and POST
// application/dns-message from a declarative zone (lib/dns/zone.ts), with latency and faults
// (time-out, SERVFAIL, garbage bytes, wrong id, HTTP 500, truncation) injectable per name.
// Like public DoH endpoints it sends Access-Control-Allow-Origin: *.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createZoneLookup, type Zone } from '../../lib/dns/zone';
import { encodeResponse } from '../../lib/dns/wire';
import * as packet from '@leichtgewicht/dns-packet';
import type { RRType } from '../../lib/dns/types';

export interface DohServer {
  url: string;
  /** Every question asked, in arrival order. */
  log: { name: string; type: string; at: number }[];
  setZone(zone: Zone): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

function fromBase64url(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
}

/** Starts the server on 127.0.0.1 (a free port unless one is given). */
export async function startDohServer(initial: Zone, port = 0): Promise<DohServer> {
  let lookup = createZoneLookup(initial);
  const log: DohServer['log'] = [];
  const pending = new Set<ServerResponse>();

  async function handle(req: IncomingMessage, res: ServerResponse) {
    res.setHeader('access-control-allow-origin', '*');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'OPTIONS') {
      res.setHeader('access-control-allow-headers', 'accept, content-type');
      return res.writeHead(204).end();
    }
    if (url.pathname !== '/dns-query') return res.writeHead(404).end();
    const query = req.method === 'POST' ? await readBody(req) : url.searchParams.has('dns') ? fromBase64url(url.searchParams.get('dns')!) : undefined;
    let q: packet.Question | undefined;
    try {
      q = query ? packet.decode(query).questions?.[0] : undefined;
    } catch {
      q = undefined;
    }
    if (!query || !q) return res.writeHead(400).end('bad query');
    log.push({ name: q.name.toLowerCase(), type: q.type, at: Date.now() });
    const out = lookup(q.name, q.type as RRType);
    if (out.latencyMs > 0) await new Promise((r) => setTimeout(r, out.latencyMs));
    if (out.fault === 'timeout') {
      pending.add(res); // never answered; closed when the client gives up or the server stops
      res.on('close', () => pending.delete(res));
      return;
    }
    if (out.fault === 'http-500') return res.writeHead(500).end('internal error');
    const answer = out.fault === undefined ? out.answer : { rcode: out.fault === 'refused' ? ('REFUSED' as const) : ('SERVFAIL' as const), records: [] };
    let bytes = encodeResponse(query, answer);
    if (out.fault === 'garbage') bytes = new Uint8Array(Buffer.from('<html>this is not a DNS message</html>'));
    if (out.fault === 'truncated') bytes = bytes.slice(0, Math.max(12, bytes.length - 7));
    if (out.fault === 'wrong-id') {
      bytes = bytes.slice();
      bytes[0] = (bytes[0]! + 1) & 0xff;
    }
    res.writeHead(200, { 'content-type': 'application/dns-message', 'cache-control': 'max-age=0' }).end(Buffer.from(bytes));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => res.writeHead(500).end(String(e)));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/dns-query`,
    log,
    setZone(zone) {
      lookup = createZoneLookup(zone);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const r of pending) r.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
