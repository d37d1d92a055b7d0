// analyzeMessage on a 2 MB received copy with three DKIM signatures (RSA 2048 relaxed, RSA 1024
// simple, Ed25519 relaxed) once the keys are in the cache (issue 16 "Speed", goal ≤ 100 ms).
// The message is signed here with generated keys; DNS is an in-memory zone behind the cache.
import { analyzeMessage } from '../../lib/message';
import { createCachingResolver } from '../../lib/dns/cache';
import { createZoneResolver } from '../../lib/dns/zone';
import { generateTestKey, keyRecord, newsletter, signMessage } from '../support/dkim-sign';
import { measure } from './stats';

export interface MessageBench {
  name: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
}

/** Builds the message, warms the key cache, then times analyzeMessage. */
export async function benchMessage(runs = 9): Promise<MessageBench> {
  const D = 'bakkerij-demol.be';
  const keys = { a: generateTestKey('rsa2048'), b: generateTestKey('rsa1024'), c: generateTestKey('ed25519') };
  const line = 'Deze week:  verse croissants, eclairs en   taart van het huis. Bestel voor donderdag!   \r\n';
  const body = line.repeat(Math.ceil((2 * 2 ** 20) / line.length));
  let msg = signMessage(newsletter({ body }), { domain: D, selector: 'a', key: keys.a, c: 'relaxed/relaxed' });
  msg = signMessage(msg, { domain: D, selector: 'b', key: keys.b, c: 'simple/simple' });
  msg = signMessage(msg, { domain: D, selector: 'c', key: keys.c, c: 'relaxed/relaxed' });
  const resolver = createCachingResolver(
    createZoneResolver({
      nodes: {
        [`a._domainkey.${D}`]: { TXT: [keyRecord(keys.a)] },
        [`b._domainkey.${D}`]: { TXT: [keyRecord(keys.b)] },
        [`c._domainkey.${D}`]: { TXT: [keyRecord(keys.c)] },
        [`_dmarc.${D}`]: { TXT: ['v=DMARC1; p=reject'] },
      },
    }),
  );
  const first = await analyzeMessage(msg, resolver);
  if (first.dkim.map((s) => s.result).join() !== 'pass,pass,pass')
    throw new Error(`bench message did not verify: ${first.dkim.map((s) => s.reason).join()}`);
  const stat = await measure(() => analyzeMessage(msg, resolver), runs, 1);
  return {
    name: `analyzeMessage, ${(msg.length / 2 ** 20).toFixed(1)} MB, 3 signatures, keys cached`,
    medianMs: stat.median,
    minMs: stat.min,
    maxMs: stat.max,
    runs: stat.runs,
  };
}
