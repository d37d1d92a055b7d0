// RFC 8484 DNS-over-HTTPS client: GET with ?dns=<base64url>, Accept application/dns-message.
// Endpoints are tried in order; an endpoint that fails (time-out, HTTP error, unusable bytes)
// hands the query to the next one, and the error that finally rejects names every endpoint.
import { encodeQuery, decodeResponse } from './wire';
import { endpointLabel, isDohEndpoint } from './endpoints';
import { DnsError, type DnsAnswer, type Resolver, type RRType } from './types';

export { DEFAULT_ENDPOINTS, endpointLabel, isDohEndpoint } from './endpoints';

export interface DohOptions {
  endpoints: readonly string[];
  /** Per-query, per-endpoint time-out. */
  timeoutMs?: number;
  /** Injected so the client is testable and runs in node, workers and pages alike. */
  fetch?: typeof fetch;
}

/** RFC 4648 §5 base64url without padding, as RFC 8484 §4.1 requires. */
export function base64url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Creates a resolver that asks the endpoints in order over DoH. */
export function createDohResolver(options: DohOptions): Resolver {
  const endpoints = options.endpoints.filter(isDohEndpoint);
  const timeoutMs = options.timeoutMs ?? 4000;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  if (endpoints.length === 0) throw new DnsError('no usable DNS-over-HTTPS endpoint is configured', 'network');

  async function ask(endpoint: string, name: string, type: RRType, signal?: AbortSignal): Promise<DnsAnswer> {
    const query = encodeQuery(name, type);
    const url = `${endpoint}${endpoint.includes('?') ? '&' : '?'}dns=${base64url(query)}`;
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), timeoutMs);
    const onAbort = () => ctl.abort();
    signal?.addEventListener('abort', onAbort);
    const label = endpointLabel(endpoint);
    try {
      let res: Response;
      try {
        res = await doFetch(url, { headers: { accept: 'application/dns-message' }, signal: ctl.signal, credentials: 'omit' });
      } catch {
        if (signal?.aborted) throw new DnsError('query cancelled', 'aborted', label);
        if (ctl.signal.aborted) throw new DnsError(`${label} did not answer within ${timeoutMs} ms`, 'timeout', label);
        throw new DnsError(`${label} could not be reached`, 'network', label);
      }
      if (!res.ok) throw new DnsError(`${label} answered HTTP ${res.status}`, 'http', label);
      const ctype = res.headers.get('content-type') ?? '';
      if (!ctype.toLowerCase().startsWith('application/dns-message'))
        throw new DnsError(`${label} answered with ${ctype || 'no content type'}, not a DNS message`, 'malformed', label);
      const bytes = new Uint8Array(await res.arrayBuffer().catch(() => {
        throw new DnsError(`${label} did not answer within ${timeoutMs} ms`, 'timeout', label);
      }));
      try {
        return { ...decodeResponse(bytes, name, type), source: endpoint };
      } catch (e) {
        const err = e as DnsError;
        throw new DnsError(`${label}: ${err.message}`, err.kind ?? 'malformed', label);
      }
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    async resolve(name, type, signal) {
      const errors: DnsError[] = [];
      for (const endpoint of endpoints) {
        if (signal?.aborted) throw new DnsError('query cancelled', 'aborted');
        try {
          return await ask(endpoint, name, type, signal);
        } catch (e) {
          const err = e instanceof DnsError ? e : new DnsError(String(e), 'network', endpointLabel(endpoint));
          if (err.kind === 'bad-name' || err.kind === 'aborted') throw err;
          errors.push(err);
        }
      }
      const last = errors[errors.length - 1]!;
      throw new DnsError(errors.map((e) => e.message).join('; '), last.kind, last.endpoint);
    },
  };
}
