// Findings of an SPF audit, each with a severity and a one-line reason (RFC 7208; knowledge.md
// §5 and, for ESP includes, §4).
import { ESP_DNS } from './esp-dns';
import type { SpfAuditNode } from './spf-audit';
import type { AreaResult, AuthFinding, EspId } from './types';

interface Totals {
  totalLookups: number;
  voidLookups: number;
  esp?: EspId;
  maxLookups: number;
  maxVoid: number;
}

function* nodes(n: SpfAuditNode): Generator<SpfAuditNode> {
  yield n;
  for (const t of n.terms) if (t.child) yield* nodes(t.child);
}

const TERM_START = /^[+\-~?]?(all|include|a|mx|ptr|ip4|ip6|exists)([:/]|$)|^(redirect|exp)=/i;

/**
 * Two character-strings glued without a space where a space was meant: RFC 7208 §3.3 joins
 * them as they are, so "…example.com" + "include:…" becomes one (often still valid) domain.
 */
function badJoin(strings: string[] | undefined): boolean {
  if (!strings || strings.length < 2) return false;
  return strings.slice(1).some((right, i) => !strings[i]!.endsWith(' ') && TERM_START.test(right.split(' ')[0]!));
}

/** Turns an audited tree into findings and an area status. */
export function spfFindings(root: SpfAuditNode, t: Totals): AreaResult {
  const f: AuthFinding[] = [];
  const add = (id: string, severity: AuthFinding['severity'], message: string) => f.push({ id, severity, message });
  if (root.state === 'unreachable') return { status: 'unknown', summary: "Couldn't check SPF.", findings: [], error: root.error };
  if (root.state === 'none') {
    add('spf-missing', 'error', `${root.domain} publishes no SPF record: receivers cannot tell which servers may send for it.`);
    return { status: 'fail', summary: `No SPF record on ${root.domain}.`, findings: f };
  }
  if (root.state === 'multiple') {
    add('spf-multiple', 'error', `${root.domain} has more than one SPF record; every SPF check then ends in permerror (RFC 7208 §4.5).`);
    return { status: 'fail', summary: `${root.domain} has more than one SPF record; there must be exactly one.`, findings: f };
  }
  let unreachable = 0;
  for (const n of nodes(root)) {
    const where = n === root ? '' : ` (in ${n.domain})`;
    if (n.state === 'syntax') add('spf-syntax', 'error', `Syntax error${where}: ${n.error}. Receivers treat the record as broken (permerror).`);
    if (n.state === 'loop') add('spf-loop', 'error', `${n.error}.`);
    if (n.state === 'unreachable') unreachable++;
    if (n !== root && (n.state === 'none' || n.state === 'multiple'))
      add('spf-include-no-spf', 'error', `${n.domain} is included but has ${n.state === 'none' ? 'no' : 'more than one'} SPF record: that is a permerror.`);
    if (badJoin(n.strings)) add('spf-string-join', 'error', `The record${where} is split into strings that are joined without a space (RFC 7208 §3.3), which breaks a term.`);
    if (n.strings?.some((s) => new TextEncoder().encode(s).length > 255)) add('spf-string-too-long', 'error', `A string in the record${where} is longer than 255 characters; DNS cannot carry it.`);
    if ((n.answerBytes ?? 0) > 512) add('spf-answer-size', 'warning', `The TXT answer for ${n.domain} is about ${n.answerBytes} bytes, over 512: some receivers will not get it over UDP.`);
    else if ((n.answerBytes ?? 0) > 450) add('spf-answer-size', 'info', `The TXT answer for ${n.domain} is about ${n.answerBytes} bytes, close to 512.`);
    for (const term of n.terms) {
      if (/^[+]?ptr\b/i.test(term.text) || /^[-~?]ptr\b/i.test(term.text)) add('spf-ptr', 'warning', `"${term.text}"${where} uses ptr, which is slow and unreliable; RFC 7208 §5.5 says not to.`);
      if ((term.mxHosts ?? 0) > 10) add('spf-mx-too-many', 'error', `"${term.text}"${where} has ${term.mxHosts} mail hosts; more than 10 is a permerror.`);
    }
  }
  if (t.totalLookups > t.maxLookups)
    add('spf-too-many-lookups', 'error', `The record needs ${t.totalLookups} DNS lookups; receivers stop at ${t.maxLookups} and fail SPF (permerror).`);
  else if (t.totalLookups >= t.maxLookups - 1) add('spf-lookups-near-limit', 'warning', `The record needs ${t.totalLookups} of at most ${t.maxLookups} DNS lookups; one more include breaks it.`);
  if (t.voidLookups > t.maxVoid) add('spf-void-lookups', 'error', `${t.voidLookups} terms point at names that do not exist; more than ${t.maxVoid} is a permerror.`);
  else if (t.voidLookups > 0) add('spf-void-lookups', 'warning', `${t.voidLookups} term${t.voidLookups > 1 ? 's point' : ' points'} at a name without addresses; remove ${t.voidLookups > 1 ? 'them' : 'it'}.`);
  const last = [...root.terms].reverse().find((x) => /^[+\-~?]?all$/i.test(x.text));
  const redirect = root.terms.some((x) => /^redirect=/i.test(x.text));
  if (last && /^\+?all$/i.test(last.text)) add('spf-all-pass', 'error', '"+all" lets every server in the world send as your domain.');
  else if (last && /^\?all$/i.test(last.text)) add('spf-all-neutral', 'warning', '"?all" says nothing about other servers; use "~all" or "-all".');
  else if (!last && !redirect) add('spf-no-all', 'warning', 'The record does not end in "-all" or "~all", so other servers are not flagged.');
  if (t.esp) {
    const inc = ESP_DNS[t.esp].spfInclude;
    const term = inc && !inc.needed ? root.terms.find((x) => x.text.toLowerCase().replace(/^\+/, '') === `include:${inc.domain}`) : undefined;
    if (term && inc) {
      const saved = term.total - (root.terms[root.terms.indexOf(term) - 1]?.total ?? 0);
      add('spf-esp-include-unneeded', 'info', `include:${inc.domain} is not needed for ${ESP_DNS[t.esp].name} (it sends with its own envelope domain); removing it saves ${saved} lookup${saved === 1 ? '' : 's'}.`);
    }
  }
  const errors = f.filter((x) => x.severity === 'error');
  const status = errors.length ? 'fail' : unreachable ? 'unknown' : f.some((x) => x.severity === 'warning') ? 'warn' : 'pass';
  const summary = errors.length
    ? errors[0]!.message
    : unreachable
      ? `Part of the SPF tree could not be fetched (${unreachable} name${unreachable > 1 ? 's' : ''}); the count of ${t.totalLookups} lookups may be low.`
      : `One valid SPF record using ${t.totalLookups} of ${t.maxLookups} DNS lookups.`;
  const error = unreachable ? [...nodes(root)].find((n) => n.state === 'unreachable')?.error : undefined;
  return { status, summary, findings: f, ...(error ? { error } : {}) };
}
