// Findings of an SPF audit, each with a severity and a one-line reason (RFC 7208; knowledge.md
// §5 and, for ESP includes, §4).
import { ESP_DNS } from './esp-dns';
import type { SpfAuditNode } from './spf-audit';
import type { AreaResult, AuthFinding, EspId } from './types';
import type { DnsProblem } from '../dns/types';

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
  const add = (id: string, severity: AuthFinding['severity'], params?: AuthFinding['params']) =>
    f.push({ id, severity, ...(params ? { params } : {}) });
  const domain = root.domain;
  if (root.state === 'unreachable')
    return {
      status: 'unknown',
      summary: { id: 'spf-unchecked', params: { domain } },
      findings: [],
      error: root.problem,
    };
  if (root.state === 'none') {
    add('spf-missing', 'error', { domain });
    return { status: 'fail', summary: { id: 'spf-missing', params: { domain } }, findings: f };
  }
  if (root.state === 'multiple') {
    add('spf-multiple', 'error', { domain, count: root.records?.length });
    return {
      status: 'fail',
      summary: { id: 'spf-multiple', params: { domain, count: root.records?.length } },
      findings: f,
    };
  }
  const unreachable: DnsProblem[] = [];
  for (const n of nodes(root)) {
    const where = n === root ? undefined : n.domain;
    if (n.state === 'syntax') add('spf-syntax', 'error', { where, problem: n.error });
    if (n.state === 'loop') add('spf-loop', 'error', { domain: n.domain, path: n.path });
    if (n.state === 'unreachable' && n.problem) unreachable.push({ ...n.problem, name: n.domain });
    if (n !== root && (n.state === 'none' || n.state === 'multiple'))
      add('spf-include-no-spf', 'error', { domain: n.domain, multiple: n.state === 'multiple' });
    if (badJoin(n.strings)) add('spf-string-join', 'error', { where });
    if (n.strings?.some((s) => new TextEncoder().encode(s).length > 255))
      add('spf-string-too-long', 'error', { where });
    if ((n.answerBytes ?? 0) > 512) add('spf-answer-size', 'warning', { domain: n.domain, bytes: n.answerBytes });
    else if ((n.answerBytes ?? 0) > 450) add('spf-answer-size', 'info', { domain: n.domain, bytes: n.answerBytes });
    for (const term of n.terms) {
      if (/^[+\-~?]?ptr\b/i.test(term.text)) add('spf-ptr', 'warning', { term: term.text, where });
      if ((term.mxHosts ?? 0) > 10) add('spf-mx-too-many', 'error', { term: term.text, where, hosts: term.mxHosts });
      if (term.problem) unreachable.push(term.problem);
    }
  }
  if (t.totalLookups > t.maxLookups)
    add('spf-too-many-lookups', 'error', { lookups: t.totalLookups, max: t.maxLookups });
  else if (t.totalLookups >= t.maxLookups - 1)
    add('spf-lookups-near-limit', 'warning', { lookups: t.totalLookups, max: t.maxLookups });
  if (t.voidLookups > t.maxVoid) add('spf-void-lookups', 'error', { count: t.voidLookups, max: t.maxVoid });
  else if (t.voidLookups > 0) add('spf-void-lookups', 'warning', { count: t.voidLookups, max: t.maxVoid });
  const last = [...root.terms].reverse().find((x) => /^[+\-~?]?all$/i.test(x.text));
  const redirect = root.terms.some((x) => /^redirect=/i.test(x.text));
  if (last && /^\+?all$/i.test(last.text)) add('spf-all-pass', 'error');
  else if (last && /^\?all$/i.test(last.text)) add('spf-all-neutral', 'warning');
  else if (!last && !redirect) add('spf-no-all', 'warning');
  if (t.esp) {
    const inc = ESP_DNS[t.esp].spfInclude;
    const term =
      inc && !inc.needed
        ? root.terms.find((x) => x.text.toLowerCase().replace(/^\+/, '') === `include:${inc.domain}`)
        : undefined;
    if (term && inc) {
      const saved = term.total - (root.terms[root.terms.indexOf(term) - 1]?.total ?? 0);
      add('spf-esp-include-unneeded', 'info', { include: inc.domain, esp: ESP_DNS[t.esp].name, saved });
    }
  }
  const errors = f.filter((x) => x.severity === 'error');
  // Part of the tree unread: a syntax error found elsewhere is still an error, but no "fine"
  // and no count-based verdict can be given (house-style "Errors").
  const countBased = new Set(['spf-too-many-lookups', 'spf-void-lookups']);
  const hardErrors = unreachable.length ? errors.filter((e) => !countBased.has(e.id)) : errors;
  const status = hardErrors.length
    ? 'fail'
    : unreachable.length
      ? 'unknown'
      : f.some((x) => x.severity === 'warning')
        ? 'warn'
        : 'pass';
  const summary = hardErrors.length
    ? { id: hardErrors[0]!.id, params: hardErrors[0]!.params }
    : unreachable.length
      ? { id: 'spf-partly-unchecked', params: { names: unreachable.length, lookups: t.totalLookups } }
      : { id: 'spf-ok', params: { lookups: t.totalLookups, max: t.maxLookups } };
  return { status, summary, findings: f, ...(unreachable[0] ? { error: unreachable[0] } : {}) };
}
