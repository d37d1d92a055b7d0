// One-click unsubscribe (RFC 2369, RFC 8058; knowledge.md §3 and §10): Gmail and Yahoo show
// their button for bulk mail only with an https: List-Unsubscribe URI, List-Unsubscribe-Post:
// List-Unsubscribe=One-Click, and both fields covered by a valid DKIM signature (RFC 8058 §4).
import { displayValue, fieldsNamed, type HeaderField } from './headers';
import type { DkimSignatureReport, MessageReport } from './types';

/** Reads the unsubscribe fields and whether a passing signature covers them. */
export function evaluateUnsubscribe(
  headers: HeaderField[],
  dkim: DkimSignatureReport[],
): MessageReport['listUnsubscribe'] & { postValue?: string } {
  const list = fieldsNamed(headers, 'list-unsubscribe');
  const post = fieldsNamed(headers, 'list-unsubscribe-post');
  const uris = list.flatMap((f) => [...displayValue(f).matchAll(/<\s*([^>]*?)\s*>/g)].map((m) => m[1]!));
  const https = uris.some((u) => /^https:\/\/[^\s/]+/i.test(u));
  const postValue = post[0] ? displayValue(post[0]) : undefined;
  // RFC 8058 §3.1: the field holds exactly the key/value pair the receiver POSTs.
  const postOk = postValue !== undefined && /^List-Unsubscribe=One-Click$/i.test(postValue.trim());
  const covers = (s: DkimSignatureReport, name: string) => s.signedHeaders.includes(name);
  const passing = dkim.filter((s) => s.result === 'pass');
  const both = passing.some((s) => covers(s, 'list-unsubscribe') && covers(s, 'list-unsubscribe-post'));
  return {
    present: list.length > 0,
    https,
    oneClick: https && postOk,
    signed: list.length > 0 && (post.length > 0 ? both : passing.some((s) => covers(s, 'list-unsubscribe'))),
    postPresent: post.length > 0,
    covered: {
      list: passing.some((s) => covers(s, 'list-unsubscribe')),
      post: passing.some((s) => covers(s, 'list-unsubscribe-post')),
    },
    inH: {
      list: dkim.some((s) => covers(s, 'list-unsubscribe')),
      post: dkim.some((s) => covers(s, 'list-unsubscribe-post')),
    },
    postValue,
  };
}
