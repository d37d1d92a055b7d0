// The report analyzeMessage returns (../shared/docs/api-contract.md, "Message source"). The
// contract's fields keep their names and shapes; the fields marked "extension" add detail the
// page and the command line show. Everything is data: reasons and findings are ids with params,
// their words live in lib/i18n/message.ts.

export type DkimResult = 'pass' | 'fail' | 'neutral' | 'temperror' | 'permerror';
export type DmarcResult = 'pass' | 'fail' | 'none' | 'temperror' | 'permerror';

/** Why a signature did not pass: an id for lib/i18n/message.ts (`reason`), with its params. */
export type DkimReason =
  | 'body-hash-mismatch'
  | 'signature-mismatch'
  | 'signature-syntax'
  | 'missing-tags'
  | 'unsupported-version'
  | 'unknown-algorithm'
  | 'algorithm-rsa-sha1'
  | 'unknown-canonicalization'
  | 'unknown-query-method'
  | 'invalid-tag'
  | 'from-not-signed'
  | 'identity-mismatch'
  | 'signature-expired'
  | 'body-shorter-than-l'
  | 'key-not-found'
  | 'key-revoked'
  | 'key-syntax'
  | 'key-type-mismatch'
  | 'key-hash-mismatch'
  | 'key-service-mismatch'
  | 'key-strict-identity'
  | 'key-too-small'
  | 'key-import-failed'
  | 'algorithm-unsupported'
  | 'dns-error'
  | 'message-too-large'
  | 'too-many-signatures';

export interface DkimSignatureReport {
  domain: string;
  selector: string;
  algorithm: string;
  result: DkimResult;
  /** A DkimReason id (contract: a string naming why it did not pass). */
  reason?: DkimReason;
  /** Extension: values for the reason's text (tag names, dates, sizes). */
  reasonParams?: Record<string, string | number>;
  /** h=, lower-cased, in order (over-signed names repeat). */
  signedHeaders: string[];
  /** Relaxed alignment with the From domain (RFC 7489 §3.1.1). */
  aligned: boolean;
  /** Extension: c= as header/body. */
  canonicalization?: string;
  /** Extension: l= when present (the body may carry unsigned content after it). */
  bodyLength?: number;
  /** Extension: x= as an ISO date. */
  expires?: string;
  /** Extension: the key record's t=y (the domain is testing DKIM). */
  testing?: boolean;
  /** Extension: key size in bits. */
  keyBits?: number;
  /** Extension: CNAME chain followed to the key, first hop first. */
  keyVia?: string[];
  /** Extension: the first 8 characters of b= (what RFC 6008 header.b names). */
  b?: string;
}

export interface AuthResultsReport {
  /** The receiver's authserv-id ('' when it wrote none, as Microsoft does). */
  authserv: string;
  spf?: string;
  dkim?: string;
  dmarc?: string;
  /** Extension: smtp.mailfrom (or smtp.helo) domain the SPF result is for. */
  spfDomain?: string;
  /** Extension: every dkim= result with the signature it names. */
  dkimResults?: { result: string; domain?: string; selector?: string; b?: string }[];
  /** Extension: header.from of the dmarc= result. */
  dmarcFrom?: string;
  /** Extension: arc= result when given. */
  arc?: string;
}

export interface ArcSetReport {
  instance: number;
  /** ARC-Seal cv= (none / pass / fail). */
  cv?: string;
  sealer?: string;
  signer?: string;
  authserv?: string;
}

export type FindingSeverity = 'error' | 'warning' | 'info' | 'ok';

/** A conclusion as data; lib/i18n/message.ts has one text per id. */
export interface MessageFinding {
  id: MessageFindingId;
  severity: FindingSeverity;
  params: Record<string, string | number>;
}

/** Every finding id; the catalogue (lib/i18n/message.ts) has a text for each. */
export const MESSAGE_FINDING_IDS = [
  'not-a-message',
  'malformed-lines',
  'preface-skipped',
  'from-missing',
  'from-multiple',
  'too-large',
  'dkim-none',
  'dkim-aligned-pass',
  'dkim-no-aligned-pass',
  'dkim-only-esp',
  'dkim-l-tag',
  'dkim-testing',
  'dkim-key-1024',
  'dkim-unchecked',
  'dmarc-pass',
  'dmarc-fail',
  'dmarc-none',
  'dmarc-temperror',
  'dmarc-permerror',
  'unsubscribe-missing',
  'unsubscribe-no-https',
  'unsubscribe-no-post',
  'unsubscribe-post-invalid',
  'unsubscribe-not-signed',
  'unsubscribe-unverified',
  'unsubscribe-unchecked',
  'unsubscribe-ok',
  'receiver-disagrees-dkim',
  'receiver-disagrees-dmarc',
  'receiver-none',
  'arc-present',
  'internal-error',
] as const;
export type MessageFindingId = (typeof MESSAGE_FINDING_IDS)[number];

export interface MessageReport {
  from?: { address: string; domain: string };
  /** One entry per DKIM-Signature, in header order (top first). */
  dkim: DkimSignatureReport[];
  dmarc?: {
    result: DmarcResult;
    policy?: string;
    /** Extension: where the record was found (the From domain or its organisational domain). */
    recordDomain?: string;
    /** Extension: what gave the pass (aligned DKIM of d=, or aligned SPF of the receiver). */
    via?: { kind: 'dkim' | 'spf'; domain: string };
    /** Extension: the receiver's SPF result used, and for which domain. */
    spf?: { result: string; domain?: string; authserv: string };
  };
  listUnsubscribe: {
    present: boolean;
    https: boolean;
    oneClick: boolean;
    signed: boolean;
    /** Extension: List-Unsubscribe-Post present (any value). */
    postPresent?: boolean;
    /** Extension: covered by h= of a signature that passed. */
    covered?: { list: boolean; post: boolean };
    /** Extension: named in h= of any signature, whatever its result. */
    inH?: { list: boolean; post: boolean };
  };
  authenticationResults: AuthResultsReport[];
  /** Extension: ARC sets on forwarded mail (RFC 8617), listed, not verified. */
  arc: ArcSetReport[];
  /** Extension: everything concluded, in the order to show. */
  findings: MessageFinding[];
  /** Extension: Subject (decoded), for the page heading. */
  subject?: string;
}
