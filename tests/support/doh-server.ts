// A local RFC 8484 DoH server for end-to-end tests and the demo. It answers GET and POST
// application/dns-message from a declarative zone (lib/dns/zone.ts), with latency and faults
// injectable per name and type (lib/dns/zone.ts `Fault`: time-out, SERVFAIL, REFUSED, garbage,
// cut short, padded, wrong id, wrong question, TC bit, HTTP 500/429, 5 s slow, CNAME loop, huge
// TXT). Negative answers carry an SOA (RFC 2308 §3) so negative caching can be exercised.
// Like public DoH endpoints it sends Access-Control-Allow-Origin: *.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { createZoneLookup, type Fault, type Zone } from '../../lib/dns/zone';
import { encodeResponse } from '../../lib/dns/wire';
import * as packet from '@leichtgewicht/dns-packet';
import type { DnsRecord, RRType } from '../../lib/dns/types';

export interface DohServer {
  url: string;
  /** Every question asked, in arrival order. */
  log: { name: string; type: string; at: number }[];
  setZone(zone: Zone): void;
  /** Makes every query meet this fault (undefined: back to the zone's own faults). */
  setFault(fault: Fault | undefined): void;
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

/**
 * Starts the server on 127.0.0.1 (a free port unless one is given). With `http2`, it serves
 * HTTPS with a self-signed certificate and offers HTTP/2 by ALPN (HTTP/1.1 still allowed), as
 * public DoH endpoints do; clients must then accept the certificate (the bench's Chromium does).
 */
export async function startDohServer(initial: Zone, port = 0, options: { http2?: boolean } = {}): Promise<DohServer> {
  let lookup = createZoneLookup(initial);
  let negativeTtl = initial.negativeTtl ?? 300;
  /** When set, every query gets this fault (a whole resolver failing). */
  let everything: Fault | undefined;
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
    const query =
      req.method === 'POST'
        ? await readBody(req)
        : url.searchParams.has('dns')
          ? fromBase64url(url.searchParams.get('dns')!)
          : undefined;
    let q: packet.Question | undefined;
    try {
      q = query ? packet.decode(query).questions?.[0] : undefined;
    } catch {
      q = undefined;
    }
    if (!query || !q) return res.writeHead(400).end('bad query');
    log.push({ name: q.name.toLowerCase(), type: q.type, at: Date.now() });
    const found = lookup(q.name, q.type as RRType);
    const out: {
      fault?: Fault;
      latencyMs: number;
      answer?: { rcode: 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL' | 'REFUSED'; records: DnsRecord[] };
    } =
      everything && everything !== 'slow'
        ? { ...found, fault: everything }
        : everything === 'slow'
          ? { ...found, latencyMs: found.latencyMs + 5000 }
          : found;
    if (out.latencyMs > 0) await new Promise((r) => setTimeout(r, out.latencyMs));
    if (out.fault === 'timeout') {
      pending.add(res); // never answered; closed when the client gives up or the server stops
      res.on('close', () => pending.delete(res));
      return;
    }
    if (out.fault === 'http-500') return res.writeHead(500).end('internal error');
    if (out.fault === 'http-429') return res.writeHead(429, { 'retry-after': '5' }).end('too many requests');
    const fault = out.fault;
    const answer: { rcode: 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL' | 'REFUSED'; records: DnsRecord[] } = (fault !==
      'servfail' &&
      fault !== 'refused' &&
      out.answer) || {
      rcode:
        fault === 'refused'
          ? ('REFUSED' as const)
          : fault === 'servfail'
            ? ('SERVFAIL' as const)
            : ('NOERROR' as const),
      records: [],
    };
    const negative =
      answer.rcode === 'NXDOMAIN' || (answer.rcode === 'NOERROR' && !answer.records.some((r) => r.type === q!.type));
    const apex = q.name.toLowerCase().split('.').slice(-2).join('.');
    const asked =
      fault === 'wrong-question'
        ? (() => {
            const d = packet.decode(query);
            return packet.encode({ ...d, questions: [{ ...d.questions![0]!, name: `other.${apex}` }] });
          })()
        : query;
    let bytes = encodeResponse(
      asked,
      answer,
      negative ? { zone: apex, ttl: negativeTtl, minimum: negativeTtl } : undefined,
    );
    if (fault === 'garbage') bytes = new Uint8Array(Buffer.from('<html>this is not a DNS message</html>'));
    if (fault === 'truncated') bytes = bytes.slice(0, Math.max(12, bytes.length - 7));
    if (fault === 'padded') bytes = new Uint8Array([...bytes, 0, 0, 0, 0]);
    if (fault === 'tc') {
      bytes = bytes.slice();
      bytes[2] = bytes[2]! | 0x02;
    }
    if (fault === 'wrong-id') {
      bytes = bytes.slice();
      bytes[0] = (bytes[0]! + 1) & 0xff;
    }
    res
      .writeHead(200, { 'content-type': 'application/dns-message', 'cache-control': 'max-age=0' })
      .end(Buffer.from(bytes));
  }

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((e) => res.writeHead(500).end(String(e)));
  };
  let server: ReturnType<typeof createServer> | ReturnType<typeof createSecureServer>;
  if (options.http2) {
    const { generate } = await import('selfsigned');
    const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }]);
    server = createSecureServer({ key: pems.private, cert: pems.cert, allowHTTP1: true }, onRequest as never);
  } else server = createServer(onRequest);
  const sessions = new Set<{ destroy(): void }>();
  server.on(options.http2 ? 'session' : 'connection', (s: { destroy(): void; on(e: string, f: () => void): void }) => {
    sessions.add(s);
    s.on('close', () => sessions.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `${options.http2 ? 'https' : 'http'}://127.0.0.1:${bound}/dns-query`,
    log,
    setZone(zone) {
      lookup = createZoneLookup(zone);
      negativeTtl = zone.negativeTtl ?? 300;
    },
    setFault(fault) {
      everything = fault;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const r of pending) r.destroy();
        for (const x of sessions) x.destroy();
        server.close(() => resolve());
      }),
  };
}
