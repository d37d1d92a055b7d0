// analyzeMessage (../shared/docs/api-contract.md, "Message source"): a received copy read the way
// the inbox read it — every DKIM-Signature verified (RFC 6376, RFC 8301, RFC 8463) with WebCrypto,
// DMARC for the From domain (RFC 7489), each receiver's Authentication-Results (RFC 8601), the
// one-click unsubscribe fields (RFC 8058) and ARC sets (RFC 8617). Nothing leaves the machine
// but the DNS questions for the keys and the DMARC record, all asked at once.
import type { Resolver } from '../dns/types';
import { parseAddressList } from './address';
import { parseArcSets } from './arc';
import { parseAuthResults } from './auth-results';
import { toBinary } from './bytes';
import { parseDkimSignature, type ParsedSignature } from './dkim-signature';
import { createBodyHasher, verifySignature } from './dkim-verify';
import { evaluateMessageDmarc, isAligned, lookupPolicy, type PolicyLookup } from './dmarc-eval';
import { collectFindings } from './findings';
import { displayValue, fieldsNamed, parseMessage, type HeaderField } from './headers';
import { fetchKeyRecord, importKey } from './key';
import type { DkimSignatureReport, MessageReport } from './types';
import { evaluateUnsubscribe } from './unsubscribe';

export type * from './types';
export { MESSAGE_FINDING_IDS } from './types';

export interface AnalyzeOptions {
  signal?: AbortSignal;
  /** The verification time (x= expiry); now by default. */
  now?: Date;
  /** Above this many bytes no signature is verified (a paste that big is no newsletter). */
  maxBytes?: number;
}

/** 16 MiB: far above any newsletter (Gmail clips at 102 KB), low enough to keep a page responsive. */
export const MAX_MESSAGE_BYTES = 16 * 2 ** 20;
/** More signatures than this are not looked up: each costs DNS questions. */
export const MAX_SIGNATURES = 10;

type Job = { field: HeaderField; parsed: ParsedSignature; key?: ReturnType<typeof fetchKeyRecord> };

async function verifyOne(
  job: Job,
  headers: HeaderField[],
  hasher: ReturnType<typeof createBodyHasher>,
  fromDomain: string | undefined,
): Promise<DkimSignatureReport> {
  const l = job.parsed.label;
  const report: DkimSignatureReport = {
    domain: l.domain,
    selector: l.selector,
    algorithm: l.algorithm,
    result: 'permerror',
    signedHeaders: l.signedHeaders,
    aligned: !!fromDomain && !!l.domain && isAligned(l.domain, fromDomain),
    ...(l.canonicalization ? { canonicalization: l.canonicalization } : {}),
    ...(l.length !== undefined ? { bodyLength: l.length } : {}),
    ...(l.expires !== undefined ? { expires: new Date(l.expires * 1000).toISOString() } : {}),
    ...(l.b ? { b: l.b } : {}),
  };
  const done = (r: Partial<DkimSignatureReport>) => Object.assign(report, r);
  if (!job.parsed.ok)
    return done({ reason: job.parsed.reason, ...(job.parsed.params ? { reasonParams: job.parsed.params } : {}) });
  const rec = await job.key!;
  if (rec.via.length) report.keyVia = rec.via;
  if (!rec.ok)
    return done({ result: rec.result, reason: rec.reason, ...(rec.params ? { reasonParams: rec.params } : {}) });
  const key = await importKey(rec.text, job.parsed.sig);
  if (key.testing) report.testing = true;
  if (key.bits) report.keyBits = key.bits;
  if (!key.ok)
    return done({
      ...(key.unsupported ? { result: 'neutral' as const } : {}),
      reason: key.reason,
      ...(key.params ? { reasonParams: key.params } : {}),
    });
  const v = await verifySignature(headers, job.field, job.parsed.sig, key.key, hasher);
  return done({
    result: v.result,
    ...(v.reason ? { reason: v.reason } : {}),
    ...(v.params ? { reasonParams: v.params } : {}),
  });
}

async function analyze(raw: string | Uint8Array, resolver: Resolver, options: AnalyzeOptions): Promise<MessageReport> {
  const binary = toBinary(raw);
  const limit = options.maxBytes ?? MAX_MESSAGE_BYTES;
  const tooLarge = binary.length > limit ? { bytes: binary.length, limit } : undefined;
  const msg = parseMessage(binary);
  const { headers } = msg;
  const froms = fieldsNamed(headers, 'from').flatMap((h) => parseAddressList(displayValue(h)));
  const fromDomains = [...new Set(froms.map((a) => a.domain))];
  const from = froms[0];
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const jobs: Job[] = fieldsNamed(headers, 'dkim-signature').map((field, i) => {
    const parsed = parseDkimSignature(field, now);
    if (parsed.ok && tooLarge)
      return {
        field,
        parsed: {
          ok: false,
          label: parsed.label,
          reason: 'message-too-large',
          params: { bytes: binary.length, limit },
        },
      };
    if (parsed.ok && i >= MAX_SIGNATURES)
      return {
        field,
        parsed: { ok: false, label: parsed.label, reason: 'too-many-signatures', params: { max: MAX_SIGNATURES } },
      };
    return { field, parsed };
  });
  // The key questions and the DMARC question go out together (issue 16 "Speed").
  for (const job of jobs)
    if (job.parsed.ok)
      job.key = fetchKeyRecord(job.parsed.sig.domain, job.parsed.sig.selector, resolver, options.signal);
  const policy: Promise<PolicyLookup> | undefined =
    from && fromDomains.length === 1 ? lookupPolicy(from.domain, resolver, options.signal) : undefined;
  const hasher = createBodyHasher(msg.body);
  const dkim = await Promise.all(jobs.map((j) => verifyOne(j, headers, hasher, from?.domain)));
  const authenticationResults = fieldsNamed(headers, 'authentication-results')
    .slice(0, 50)
    .map((h) => parseAuthResults(displayValue(h)));
  const receiver = authenticationResults[0];
  let dmarc: MessageReport['dmarc'];
  if (from && fromDomains.length > 1)
    dmarc = { result: 'permerror' }; // RFC 7489 §6.6.1: several From domains
  else if (from && policy) dmarc = evaluateMessageDmarc(from.domain, await policy, dkim, receiver);
  const { postValue, ...listUnsubscribe } = evaluateUnsubscribe(headers, dkim);
  const subjectField = fieldsNamed(headers, 'subject')[0];
  const facts = {
    ...(from ? { from } : {}),
    dkim,
    ...(dmarc ? { dmarc } : {}),
    listUnsubscribe,
    authenticationResults,
    arc: parseArcSets(headers),
    ...(subjectField ? { subject: displayValue(subjectField) } : {}),
  };
  const findings = collectFindings({
    ...facts,
    fromCount: froms.length,
    malformed: msg.malformed,
    hasHeaders: headers.length > 0,
    prefaceSkipped: msg.prefaceSkipped,
    tooLarge,
    postValue,
  });
  return { ...facts, findings };
}

/** Reads a received message and verifies what it claims. Never rejects: problems are results. */
export async function analyzeMessage(
  raw: string | Uint8Array,
  resolver: Resolver,
  options: AnalyzeOptions = {},
): Promise<MessageReport> {
  try {
    return await analyze(raw, resolver, options);
  } catch (e) {
    return {
      dkim: [],
      listUnsubscribe: { present: false, https: false, oneClick: false, signed: false },
      authenticationResults: [],
      arc: [],
      findings: [
        { id: 'internal-error', severity: 'error', params: { detail: String((e as Error)?.name ?? e).slice(0, 80) } },
      ],
    };
  }
}
