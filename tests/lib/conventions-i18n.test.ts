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

/** Does this text read like a sentence for people (four words or more, spaced)? */
export function isSentence(text: string): boolean {
  if (!/\s/.test(text)) return false;
  if (/^[\w.-]+(\/[\w.-]+)+$/.test(text)) return false; // a path
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
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' x ');
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

  it('finds no user-facing sentence literal in lib/ outside lib/i18n', () => {
    const all = [...files(LIB)].flatMap(sentencesIn);
    expect(all).toEqual([]);
  });
});
