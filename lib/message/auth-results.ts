// Authentication-Results (RFC 8601 §2.2): what each receiver concluded. Comments are dropped,
// quoted values kept; a field without an authserv-id (Microsoft writes "spf=pass ..." straight
// away) is read with an empty one rather than thrown away.
import type { AuthResultsReport } from './types';

/** Removes (nested) comments outside quoted strings. */
function dropComments(v: string): string {
  let out = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < v.length; i++) {
    const c = v[i]!;
    if (c === '\\' && i + 1 < v.length && (quoted || depth)) {
      if (!depth) out += c + v[i + 1];
      i++;
    } else if (quoted) {
      out += c;
      if (c === '"') quoted = false;
    } else if (depth) {
      if (c === '(') depth++;
      else if (c === ')') depth--;
      if (!depth) out += ' ';
    } else if (c === '(') depth = 1;
    else {
      if (c === '"') quoted = true;
      out += c;
    }
  }
  return out;
}

/** Splits on ";" outside quoted strings. */
function splitResinfo(v: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (const c of v) {
    if (c === '"') quoted = !quoted;
    if (c === ';' && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts.map((p) => p.trim());
}

const unquote = (s: string) => (s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s);
const domainOf = (v: string) => v.slice(v.lastIndexOf('@') + 1).toLowerCase();

interface Resinfo {
  method: string;
  result: string;
  props: Map<string, string>;
}

function parseResinfo(text: string): Resinfo | undefined {
  const norm = text.replace(/\s*=\s*/g, '=').replace(/\s*\/\s*/g, '/');
  const tokens = norm.match(/(?:[^\s"]+|"(?:[^"\\]|\\.)*")+/g) ?? [];
  const m = /^([a-z0-9-]+)(?:\/\d+)?=([a-z0-9-]+)$/i.exec(tokens[0] ?? '');
  if (!m) return undefined;
  const props = new Map<string, string>();
  for (const t of tokens.slice(1)) {
    const eq = t.indexOf('=');
    if (eq > 0) props.set(t.slice(0, eq).toLowerCase(), unquote(t.slice(eq + 1)));
  }
  return { method: m[1]!.toLowerCase(), result: m[2]!.toLowerCase(), props };
}

/** Parses one Authentication-Results value (unfolded, display form). */
export function parseAuthResults(value: string): AuthResultsReport {
  const parts = splitResinfo(dropComments(value));
  const first = parts[0] ?? '';
  const hasId = !/^[a-z0-9-]+(\/\d+)?\s*=/i.test(first);
  const authserv = hasId ? unquote(first.split(/\s+/)[0] ?? '').toLowerCase() : '';
  const report: AuthResultsReport = { authserv };
  const dkimResults: NonNullable<AuthResultsReport['dkimResults']> = [];
  for (const part of hasId ? parts.slice(1) : parts) {
    const r = parseResinfo(part);
    if (!r) continue;
    if (r.method === 'spf' && report.spf === undefined) {
      report.spf = r.result;
      const d = r.props.get('smtp.mailfrom') ?? r.props.get('smtp.helo');
      if (d) report.spfDomain = domainOf(d);
    } else if (r.method === 'dkim') {
      const d = r.props.get('header.d') ?? r.props.get('header.i');
      dkimResults.push({
        result: r.result,
        ...(d ? { domain: domainOf(d) } : {}),
        ...(r.props.get('header.s') ? { selector: r.props.get('header.s')!.toLowerCase() } : {}),
        ...(r.props.get('header.b') ? { b: r.props.get('header.b') } : {}),
      });
    } else if (r.method === 'dmarc' && report.dmarc === undefined) {
      report.dmarc = r.result;
      const f = r.props.get('header.from');
      if (f) report.dmarcFrom = domainOf(f);
    } else if (r.method === 'arc' && report.arc === undefined) report.arc = r.result;
  }
  if (dkimResults.length) {
    report.dkimResults = dkimResults;
    report.dkim = dkimResults.some((d) => d.result === 'pass') ? 'pass' : dkimResults[0]!.result;
  }
  return report;
}
