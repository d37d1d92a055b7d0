// Issue 11 §1: what lib/ concludes is data ({ id, severity, params }); the words live only in
// lib/i18n. This walks every TypeScript file in lib/ outside lib/i18n and fails on string
// literals that read as a user-facing sentence. Page text an adapter matches against (its
// labels, in the one selectors object at the top of the file, house-style.md) is data, not a
// sentence we show, and is exempt by the name of the object that holds it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const LIB = join(ROOT, 'lib');

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (p === join(LIB, 'i18n')) continue;
      yield* files(p);
    } else if (/\.tsx?$/.test(name)) yield p;
  }
}

/** Objects that hold text read from pages or files, never shown by us (house-style.md). */
const DATA_HOLDERS = /(SELECTORS|LABELS|PATTERNS|HEADERS|TAXONOMY|REASON_TEXT|KEYWORDS|MARKERS|SAMPLE)/;

/** Words of two or more letters, in any of our languages. */
const WORD = /[A-Za-zÀ-ÖØ-öø-ÿ]{2,}/g;

/** HTML element names that occur in our selector lists (a list of only these is no sentence). */
const TAGS = new Set([
  'a',
  'p',
  'li',
  'ul',
  'ol',
  'div',
  'span',
  'small',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'button',
]);
/** One compound CSS selector: an element name and/or attribute selectors (`[role=row]`). */
const COMPOUND = /^([a-z][a-z0-9]*)?(\[[\w-]+([~^$*|]?=[^\]\s]*)?\])*$/;

/** A CSS selector list: every part a known element or an attribute selector, and it has a comma or a bracket. */
function isSelectorList(text: string): boolean {
  if (!/[,[]/.test(text)) return false;
  return text
    .split(/\s*,\s*|\s+/)
    .every((t) => t !== '' && COMPOUND.test(t) && (t.includes('[') || TAGS.has(t.replace(/\[.*$/, ''))));
}

/** A DNS record a user copies: DMARC/DKIM tag=value pairs (no spaces in a value), or SPF terms. */
function isRecordSyntax(text: string): boolean {
  const parts = text
    .trim()
    .replace(/;$/, '')
    .split(/\s*;\s*/);
  if (/^v=(DMARC1|DKIM1)$/.test(parts[0]!) && parts.length >= 2)
    return parts.every((t) => /^[A-Za-z]\w*=[^\s;]*$/.test(t));
  const terms = text.trim().split(/\s+/);
  const term = /^([+~?-]?(all|(a|mx|ptr|include|exists|ip4|ip6)([:/]\S*)?)|(redirect|exp)=\S+)$/;
  return terms[0] === 'v=spf1' && terms.slice(1).every((t) => term.test(t));
}

/** Does this text read like a sentence for people (four words or more, spaced)? */
export function isSentence(text: string): boolean {
  if (!/\s/.test(text)) return false;
  if (/^[\w.-]+(\/[\w.-]+)+$/.test(text)) return false; // a path
  // Our own HTML comment marker heading a generated file (the redacted page of a bug report,
  // lib/esp/redact.ts), read by maintainers, never shown in the UI. Only comments that name us.
  if (/^<!-- Deliverability Lens [^]*-->(\n\$\{x\})?$/.test(text)) return false;
  if (isSelectorList(text) || isRecordSyntax(text)) return false;
  return (text.match(WORD) ?? []).length >= 4;
}

function holderName(node: ts.Node): string | undefined {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name)) {
      if (DATA_HOLDERS.test(n.name.text)) return n.name.text;
    }
  }
  return undefined;
}

function sentencesIn(path: string): string[] {
  const src = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node))
      text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('${x}'); // a URL template stays space-free
    const p = node.parent;
    const inType = !!p && (ts.isLiteralTypeNode(p) || ts.isImportDeclaration(p) || ts.isExportDeclaration(p));
    if (text !== undefined && !inType && isSentence(text) && !holderName(node)) {
      const { line } = src.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${relative(ROOT, path)}:${line + 1}: ${text.slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return found;
}

describe('words live only in lib/i18n', () => {
  it('recognises a sentence and leaves ids and paths alone', () => {
    expect(isSentence('has more than one SPF record')).toBe(true);
    expect(isSentence('spf-multiple-records')).toBe(false);
    expect(isSentence('content-scripts/esp-report.js')).toBe(false);
    expect(isSentence('a[href^="/reports/show"]')).toBe(false);
  });

  it('exempts selector lists, URL templates, HTML comments and DNS records, and nothing more', () => {
    expect(isSentence('table, [role=table], [role=grid]')).toBe(false);
    expect(isSentence('p, span, div, small, li')).toBe(false);
    expect(isSentence('tbody tr, [role=rowgroup] [role=row]')).toBe(false);
    expect(isSentence('[role=button], a[aria-label], a[rel~=next]')).toBe(false);
    expect(isSentence('${x}/reports/activity/bounced?id=${x}')).toBe(false);
    expect(isSentence('<!-- Deliverability Lens page structure of ${x}; texts redacted${x} -->\n${x}')).toBe(false);
    expect(isSentence('v=DMARC1; p=none; rua=mailto:dmarc-reports@${x}')).toBe(false);
    expect(isSentence('v=spf1 include:_spf.google.com ~all')).toBe(false);
    // …but a sentence that merely mentions these stays a sentence.
    expect(isSentence('a table, a list, and a div are missing')).toBe(true);
    expect(isSentence('p, span, div or some other text')).toBe(true);
    expect(isSentence('${x} is not a valid domain, [sic]')).toBe(true);
    expect(isSentence('not an https:// DNS-over-HTTPS address')).toBe(true);
    expect(isSentence('v=DKIM1 must come first when present')).toBe(true);
    expect(isSentence('v=DMARC1; p=none; this record is wrong')).toBe(true);
    expect(isSentence('v=spf1 does not start the record')).toBe(true);
    expect(isSentence('the record must start with v=DMARC1')).toBe(true);
    expect(isSentence('<!-- a comment --> and then a sentence for people')).toBe(true);
    expect(isSentence('<!-- please check your records before sending -->')).toBe(true);
  });

  it('finds no user-facing sentence literal in lib/ outside lib/i18n', () => {
    const all = [...files(LIB)].flatMap(sentencesIn);
    expect(all).toEqual([]);
  });
});
