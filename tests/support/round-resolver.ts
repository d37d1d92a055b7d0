// A resolver over a zone that answers in rounds: every query asked while a round is pending
// waits, then the whole round is answered at once. The number of rounds a check needs is its
// dependency depth — measured exactly, with no clock involved.
import { createZoneResolver, type Zone } from '../../lib/dns/zone';
import type { DnsAnswer, Resolver, RRType } from '../../lib/dns/types';

export function createRoundResolver(zone: Zone) {
  const inner = createZoneResolver({ ...zone, latencyMs: 0 });
  let pending: (() => void)[] = [];
  const rounds: string[][] = [];
  let current: string[] = [];
  const resolver: Resolver = {
    resolve(name: string, type: RRType, signal?: AbortSignal): Promise<DnsAnswer> {
      current.push(`${name.toLowerCase()} ${type}`);
      return new Promise<void>((r) => pending.push(r)).then(() => inner.resolve(name, type, signal));
    },
  };
  /** Runs `work`, answering queries round by round; returns its result and the rounds. */
  async function run<T>(work: (r: Resolver) => Promise<T>): Promise<{ value: T; rounds: string[][] }> {
    let done = false;
    const p = work(resolver).finally(() => (done = true));
    while (!done) {
      await new Promise((r) => setImmediate(r)); // let every query of this round be asked
      if (pending.length === 0) continue;
      rounds.push(current);
      current = [];
      const release = pending;
      pending = [];
      release.forEach((r) => r());
    }
    return { value: await p, rounds };
  }
  return { run, queries: inner.queries };
}
