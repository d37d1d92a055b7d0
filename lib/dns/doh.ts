// RFC 8484 DNS-over-HTTPS client: GET with ?dns=<base64url>, Accept application/dns-message.
// Hedged (issue 12 §6): the first endpoint in order is asked; when it has not answered within
// `hedgeMs` the next one is asked in parallel, and the first valid answer wins (the others are
// cancelled). An endpoint that fails or is outrun is put at the back of the order for
// `demoteMs`, so a silent resolver costs one hedge delay per check, not one per query. Every
// endpoint is asked at most once per question (bounded retries). A SERVFAIL/REFUSED reply is
// kept as the answer of last resort while another endpoint may still give a real one.
import { encodeQuery, decodeResponse } from './wire';
import { endpointLabel, isDohEndpoint } from './endpoints';
import { DnsError, type DnsAnswer, type DnsProblem, type Resolver, type RRType } from './types';

export { DEFAULT_ENDPOINTS, endpointLabel, isDohEndpoint } from './endpoints';

export interface DohOptions {
  endpoints: readonly string[];
  /** Per-query, per-endpoint time-out. */
  timeoutMs?: number;
  /** Ask the next endpoint when the current one has not answered within this time. */
  hedgeMs?: number;
  /** How long an endpoint that failed or was outrun goes to the back of the order. */
  demoteMs?: number;
  /** Injected so the client is testable and runs in node, workers and pages alike. */
  fetch?: typeof fetch;
  now?: () => number;
}

/** RFC 4648 §5 base64url without padding, as RFC 8484 §4.1 requires. */
export function base64url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A resolver with the endpoints' health visible (for tests and the options page). */
export interface DohResolver extends Resolver {
  /** Endpoints currently at the back of the order, with the time they return to their place. */
  demoted(): { endpoint: string; until: number }[];
}

/** Creates a hedged resolver over the endpoints, in order of preference. */
export function createDohResolver(options: DohOptions): DohResolver {
  const endpoints = options.endpoints.filter(isDohEndpoint);
  const timeoutMs = options.timeoutMs ?? 4000;
  const hedgeMs = options.hedgeMs ?? 300;
  const demoteMs = options.demoteMs ?? 60_000;
  const now = options.now ?? (() => Date.now());
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  if (endpoints.length === 0) throw new DnsError('network: no endpoint', 'network');
  const demotedUntil = new Map<string, number>();

  async function ask(endpoint: string, name: string, type: RRType, ctl: AbortController): Promise<DnsAnswer> {
    const query = encodeQuery(name, type);
    const url = `${endpoint}${endpoint.includes('?') ? '&' : '?'}dns=${base64url(query)}`;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      ctl.abort();
    }, timeoutMs);
    const label = endpointLabel(endpoint);
    const timeout = () => new DnsError(`timeout: ${label} ${timeoutMs} ms`, 'timeout', label, { ms: timeoutMs });
    try {
      let res: Response;
      try {
        res = await doFetch(url, {
          headers: { accept: 'application/dns-message' },
          signal: ctl.signal,
          credentials: 'omit',
        });
      } catch {
        if (timedOut) throw timeout();
        if (ctl.signal.aborted) throw new DnsError('aborted', 'aborted', label);
        throw new DnsError(`network: ${label}`, 'network', label);
      }
      if (!res.ok) throw new DnsError(`http: ${label} ${res.status}`, 'http', label, { status: res.status });
      const ctype = res.headers.get('content-type') ?? '';
      if (!ctype.toLowerCase().startsWith('application/dns-message'))
        throw new DnsError(`malformed: ${label} content-type`, 'malformed', label, { detail: 'content-type' });
      const bytes = new Uint8Array(
        await res.arrayBuffer().catch(() => {
          throw timedOut ? timeout() : new DnsError('aborted', 'aborted', label);
        }),
      );
      try {
        return { ...decodeResponse(bytes, name, type), source: endpoint };
      } catch (e) {
        const err = e as DnsError;
        throw new DnsError(`${err.kind}: ${label}`, err.kind ?? 'malformed', label, { detail: err.problem?.detail });
      }
    } finally {
      clearTimeout(timer);
    }
  }

  /** Preferred order: endpoints in their configured order, demoted ones last. */
  function order(): string[] {
    const t = now();
    const fresh = endpoints.filter((e) => (demotedUntil.get(e) ?? 0) <= t);
    return [...fresh, ...endpoints.filter((e) => !fresh.includes(e))];
  }

  function demote(endpoint: string): void {
    demotedUntil.set(endpoint, now() + demoteMs);
  }

  function resolve(name: string, type: RRType, signal?: AbortSignal): Promise<DnsAnswer> {
    try {
      encodeQuery(name, type); // a name that cannot go on the wire fails before anyone is asked
    } catch (e) {
      return Promise.reject(e);
    }
    if (signal?.aborted) return Promise.reject(new DnsError('aborted', 'aborted'));
    const queue = order();
    return new Promise<DnsAnswer>((resolvePromise, reject) => {
      const failures: DnsProblem[] = [];
      const running = new Map<string, AbortController>();
      let fallback: DnsAnswer | undefined; // a SERVFAIL/REFUSED reply, used if nothing better comes
      let settled = false;
      let hedgeTimer: ReturnType<typeof setTimeout> | undefined;
      const finish = (fn: () => void, outrun = true) => {
        if (settled) return;
        settled = true;
        clearTimeout(hedgeTimer);
        signal?.removeEventListener('abort', onAbort);
        for (const [endpoint, ctl] of running) {
          ctl.abort();
          if (!outrun) continue; // the caller gave up: nobody was outrun
          demote(endpoint); // outrun: it had not answered within the hedge delay
          failures.push({ kind: 'timeout', endpoint: endpointLabel(endpoint), ms: hedgeMs });
        }
        running.clear();
        fn();
      };
      const onAbort = () => finish(() => reject(new DnsError('aborted', 'aborted')), false);
      signal?.addEventListener('abort', onAbort, { once: true });
      const next = () => {
        clearTimeout(hedgeTimer);
        const endpoint = queue.shift();
        if (!endpoint) {
          if (running.size > 0) return; // the ones still running may yet answer
          if (fallback) return finish(() => resolvePromise({ ...fallback!, failed: failures }));
          const last = failures[failures.length - 1]!;
          const err = new DnsError(
            `${last.kind}: ${failures.map((f) => f.endpoint).join(', ')}`,
            last.kind,
            last.endpoint,
            { ...last, others: failures },
          );
          return finish(() => reject(err));
        }
        const ctl = new AbortController();
        running.set(endpoint, ctl);
        hedgeTimer = setTimeout(next, hedgeMs);
        ask(endpoint, name, type, ctl).then(
          (answer) => {
            running.delete(endpoint);
            if (settled) return;
            demotedUntil.delete(endpoint);
            if (answer.rcode === 'SERVFAIL' || answer.rcode === 'REFUSED') {
              fallback ??= answer;
              failures.push({ kind: 'rcode', endpoint: endpointLabel(endpoint), detail: answer.rcode });
              return next();
            }
            finish(() => resolvePromise(failures.length ? { ...answer, failed: failures } : answer));
          },
          (e: unknown) => {
            running.delete(endpoint);
            if (settled) return;
            const err = e instanceof DnsError ? e : new DnsError('network', 'network', endpointLabel(endpoint));
            demote(endpoint);
            failures.push(err.problem);
            next(); // a failure hands over at once, without waiting for the hedge delay
          },
        );
      };
      next();
    });
  }

  return {
    resolve,
    demoted: () =>
      [...demotedUntil].filter(([, until]) => until > now()).map(([endpoint, until]) => ({ endpoint, until })),
  };
}
