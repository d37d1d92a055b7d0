// What the report concludes, as { id, severity, params } in the order the page shows them:
// the message itself, DKIM, DMARC, one-click unsubscribe (knowledge.md §3, §10), what the
// receivers said where it differs from our own verification, and ARC.
import { isAligned } from './dmarc-eval';
import type { DkimSignatureReport, MessageFinding, MessageReport } from './types';

type Facts = Omit<MessageReport, 'findings'> & {
  fromCount: number;
  malformed: number;
  hasHeaders: boolean;
  prefaceSkipped?: boolean;
  tooLarge?: { bytes: number; limit: number };
  postValue?: string;
};

const f = (
  id: MessageFinding['id'],
  severity: MessageFinding['severity'],
  params: MessageFinding['params'] = {},
): MessageFinding => ({ id, severity, params });

function dkimFindings(r: Facts): MessageFinding[] {
  const out: MessageFinding[] = [];
  const from = r.from?.domain;
  if (r.dkim.length === 0) return [f('dkim-none', 'error')];
  const aligned = r.dkim.filter((s) => s.aligned);
  const alignedPass = aligned.find((s) => s.result === 'pass');
  // With DMARC passing through aligned SPF the mail is accepted; DKIM of the domain is still advised.
  const sev = r.dmarc?.result === 'pass' ? 'warning' : 'error';
  if (alignedPass)
    out.push(f('dkim-aligned-pass', 'ok', { domain: alignedPass.domain, selector: alignedPass.selector }));
  else if (from && !aligned.some((s) => s.result === 'temperror' || s.result === 'neutral')) {
    const others = [...new Set(r.dkim.filter((s) => s.result === 'pass').map((s) => s.domain))];
    out.push(
      others.length
        ? f('dkim-only-esp', sev, { from, domains: others.join(', ') })
        : f('dkim-no-aligned-pass', sev, { from }),
    );
  }
  for (const s of r.dkim) {
    if (s.result === 'temperror' || s.result === 'neutral')
      out.push(f('dkim-unchecked', 'warning', { domain: s.domain, selector: s.selector }));
    if (s.bodyLength !== undefined && s.result === 'pass')
      out.push(f('dkim-l-tag', 'warning', { domain: s.domain, l: s.bodyLength }));
    if (s.testing) out.push(f('dkim-testing', 'warning', { domain: s.domain, selector: s.selector }));
    // RFC 8301 §3.2: 1024 is the floor; knowledge.md §5: 2048 is the norm.
    if (s.result === 'pass' && s.keyBits !== undefined && s.algorithm === 'rsa-sha256' && s.keyBits < 2048)
      out.push(f('dkim-key-1024', 'warning', { domain: s.domain, selector: s.selector, bits: s.keyBits }));
  }
  return out;
}

function dmarcFindings(r: Facts): MessageFinding[] {
  if (!r.dmarc || !r.from) return [];
  const domain = r.from.domain;
  const policy = r.dmarc.policy ?? '';
  switch (r.dmarc.result) {
    case 'pass':
      return [
        f('dmarc-pass', 'ok', {
          domain,
          policy,
          via: r.dmarc.via?.kind ?? 'dkim',
          viaDomain: r.dmarc.via?.domain ?? '',
        }),
      ];
    case 'fail':
      return [f('dmarc-fail', 'error', { domain, policy })];
    case 'none':
      return [f('dmarc-none', 'error', { domain })];
    case 'temperror':
      return [f('dmarc-temperror', 'warning', { domain })];
    case 'permerror':
      return [f('dmarc-permerror', 'error', { domain })];
  }
}

function unsubscribeFindings(r: Facts): MessageFinding[] {
  const u = r.listUnsubscribe;
  if (!u.present) return [f('unsubscribe-missing', 'error')];
  const out: MessageFinding[] = [];
  if (!u.https) out.push(f('unsubscribe-no-https', 'error'));
  if (!u.postPresent) out.push(f('unsubscribe-no-post', 'error'));
  else if (!/^List-Unsubscribe=One-Click$/i.test((r.postValue ?? '').trim()))
    out.push(f('unsubscribe-post-invalid', 'error', { value: (r.postValue ?? '').slice(0, 60) }));
  const needPost = !!u.postPresent;
  if (!u.signed) {
    const inH = u.inH ?? { list: false, post: false };
    let missing: 'both' | 'list' | 'post' | undefined;
    if (!needPost) missing = inH.list ? undefined : 'list';
    else if (!inH.list && !inH.post) missing = 'both';
    else if (!inH.post) missing = 'post';
    else if (!inH.list) missing = 'list';
    if (missing) out.push(f('unsubscribe-not-signed', 'error', { which: missing }));
    else {
      const sig = r.dkim.find((s) => s.signedHeaders.includes('list-unsubscribe'));
      if (sig?.result === 'temperror') out.push(f('unsubscribe-unchecked', 'warning', { domain: sig.domain }));
      else out.push(f('unsubscribe-unverified', 'error', { domain: sig?.domain ?? '' }));
    }
  }
  if (out.length === 0) out.push(f('unsubscribe-ok', 'ok'));
  return out;
}

function ours(r: Facts, theirs: { domain?: string; selector?: string; b?: string }): DkimSignatureReport | undefined {
  if (theirs.b && theirs.b.length >= 8) {
    const byB = r.dkim.find((s) => s.b && s.b === theirs.b!.slice(0, 8));
    if (byB) return byB;
  }
  const byDomain = r.dkim.filter(
    (s) => s.domain === theirs.domain && (!theirs.selector || s.selector === theirs.selector),
  );
  return byDomain.length === 1 ? byDomain[0] : undefined;
}

function receiverFindings(r: Facts): MessageFinding[] {
  if (r.authenticationResults.length === 0) return r.hasHeaders ? [f('receiver-none', 'info')] : [];
  const out: MessageFinding[] = [];
  const decided = (x: string | undefined) => x === 'pass' || x === 'fail' || x === 'permerror';
  for (const ar of r.authenticationResults) {
    for (const d of ar.dkimResults ?? []) {
      const mine = ours(r, d);
      // Gmail writes dkim=neutral for a body hash that did not verify: for them that is "not a pass".
      if (!mine || !decided(mine.result) || !(decided(d.result) || d.result === 'neutral')) continue;
      if ((mine.result === 'pass') !== (d.result === 'pass'))
        out.push(
          f('receiver-disagrees-dkim', 'warning', {
            authserv: ar.authserv,
            domain: mine.domain,
            theirs: d.result,
            ours: mine.result,
          }),
        );
    }
    const dm = r.dmarc?.result;
    if (ar.dmarc && (dm === 'pass' || dm === 'fail') && (ar.dmarc === 'pass' || ar.dmarc === 'fail') && ar.dmarc !== dm)
      if (!ar.dmarcFrom || !r.from || isAligned(ar.dmarcFrom, r.from.domain, 's'))
        out.push(f('receiver-disagrees-dmarc', 'warning', { authserv: ar.authserv, theirs: ar.dmarc, ours: dm }));
  }
  return out;
}

/** Every finding for a report, in display order. */
export function collectFindings(r: Facts): MessageFinding[] {
  if (!r.hasHeaders) return [f('not-a-message', 'error')];
  const out: MessageFinding[] = [];
  if (r.tooLarge)
    out.push(
      f('too-large', 'error', {
        mb: Math.round(r.tooLarge.bytes / 2 ** 20),
        limit: Math.round(r.tooLarge.limit / 2 ** 20),
      }),
    );
  if (r.prefaceSkipped) out.push(f('preface-skipped', 'info'));
  if (r.malformed > 0) out.push(f('malformed-lines', 'warning', { count: r.malformed }));
  if (r.fromCount === 0) out.push(f('from-missing', 'error'));
  if (r.fromCount > 1) out.push(f('from-multiple', 'error', { count: r.fromCount }));
  out.push(...dkimFindings(r), ...dmarcFindings(r), ...unsubscribeFindings(r), ...receiverFindings(r));
  if (r.arc.length)
    out.push(
      f('arc-present', 'info', {
        count: r.arc.length,
        sealers: [...new Set(r.arc.map((a) => a.sealer ?? '?'))].join(', '),
      }),
    );
  return out;
}
