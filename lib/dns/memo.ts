// One question once per check (issue 12 §8): every area of a check asks through this wrapper,
// so a (name, type) is put to the resolver once — in flight or answered — however many areas
// need it (the SPF `mx` term and the MX area, DKIM CNAME targets, shared includes).
import { endpointLabel } from './endpoints';
import { DnsError, normalizeName, type DnsAnswer, type Resolver, type RRType } from './types';

export interface MemoResolver extends Resolver {
  /** How many questions went to the wrapped resolver. */
  readonly asked: number;
  /** Endpoints that answered, and endpoints that failed, over the whole check (by label). */
  endpoints(): { answered: string[]; failed: string[] };
}

/** Wraps a resolver for the length of one check; failures are remembered too. */
export function createMemoResolver(inner: Resolver): MemoResolver {
  const seen = new Map<string, Promise<DnsAnswer>>();
  let asked = 0;
  const answered = new Set<string>();
  const failed = new Set<string>();
  const label = (e: string) => endpointLabel(e);
  return {
    endpoints: () => ({ answered: [...answered], failed: [...failed] }),
    get asked() {
      return asked;
    },
    resolve(name: string, type: RRType, signal?: AbortSignal) {
      const key = `${normalizeName(name)}|${type}`;
      let p = seen.get(key);
      if (!p) {
        asked++;
        p = inner.resolve(name, type, signal);
        p.then(
          (a) => {
            if (a.source && a.source !== 'zone') answered.add(label(a.source));
            for (const f of a.failed ?? []) if (f.endpoint) failed.add(f.endpoint);
          },
          (e: unknown) => {
            const pr = e instanceof DnsError ? e.problem : undefined;
            for (const f of pr?.others ?? (pr ? [pr] : [])) if (f.endpoint) failed.add(f.endpoint);
          },
        ); // handled by every caller; never an unhandled rejection here
        seen.set(key, p);
      }
      if (!signal) return p;
      return new Promise<DnsAnswer>((resolve, reject) => {
        const onAbort = () => reject(new DnsError('aborted', 'aborted'));
        if (signal.aborted) return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        p!.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
      });
    },
  };
}
