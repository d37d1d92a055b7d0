// Reads the OpenSPF conformance suites from ../shared/testdata/spf/ (never copied into the repo)
// and turns each scenario's zonedata into an in-memory zone, following the suite's reference
// driver (../shared/testdata/spf/README.md): SPF entries are also published as TXT unless the
// name lists TXT itself; TYPE: NONE is no record; a bare TIMEOUT makes every type without data
// time out; names match case-insensitively.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import type { Zone, ZoneNode } from '../../lib/dns/zone';
import type { RRType } from '../../lib/dns/types';

export const SPF_SUITE_DIR =
  [
    process.env.SPF_SUITE_DIR,
    resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/testdata/spf'),
    '/work/shared/testdata/spf',
  ]
    .filter((d): d is string => !!d)
    .find((d) => existsSync(d)) ?? ''; // a worktree sits one level deeper than main

export interface SuiteTest {
  scenario: string;
  name: string;
  host: string;
  mailfrom: string;
  helo: string;
  result: string[];
  explanation?: string;
  zone: Zone;
}

type Entry = 'TIMEOUT' | Record<string, unknown>;
const TYPES: RRType[] = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'PTR', 'NS'];

function toZone(zonedata: Record<string, Entry[] | 'TIMEOUT'>): Zone {
  const nodes: Record<string, ZoneNode> = {};
  for (const [rawName, rawEntries] of Object.entries(zonedata ?? {})) {
    const entries: Entry[] = Array.isArray(rawEntries) ? rawEntries : [rawEntries];
    const node: ZoneNode & { TXT: (string | string[])[] } = { TXT: [] };
    const listed = new Set<string>();
    const spf: (string | string[])[] = [];
    let timeout = false;
    for (const e of entries) {
      if (e === 'TIMEOUT') {
        timeout = true;
        continue;
      }
      for (const [type, value] of Object.entries(e)) {
        listed.add(type);
        if (value === 'NONE') continue;
        if (value === 'TIMEOUT') {
          node.fault = { ...(typeof node.fault === 'object' ? node.fault : {}), [type as RRType]: 'timeout' };
          continue;
        }
        if (type === 'SPF') spf.push(value as string | string[]);
        else if (type === 'TXT') node.TXT.push(value as string | string[]);
        else if (type === 'A' || type === 'AAAA') (node[type] ??= []).push(String(value));
        else if (type === 'PTR') (node.PTR ??= []).push(String(value));
        else if (type === 'CNAME') node.CNAME = String(value);
        else if (type === 'MX') {
          const [preference, exchange] = value as [number, string];
          (node.MX ??= []).push({ preference, exchange });
        } else throw new Error(`suite zone type ${type} is not supported`);
      }
    }
    if (!listed.has('TXT')) node.TXT.push(...spf);
    if (timeout) {
      const fault: Partial<Record<RRType, 'timeout'>> = {};
      for (const t of TYPES) {
        const has =
          t === 'CNAME'
            ? !!node.CNAME
            : ((node as unknown as Record<string, unknown[] | undefined>)[t]?.length ?? 0) > 0;
        if (!has) fault[t] = 'timeout';
      }
      node.fault = { ...fault, ...(typeof node.fault === 'object' ? node.fault : {}) };
    }
    nodes[rawName.toLowerCase()] = node;
  }
  return { nodes };
}

/** The tests of a suite file, or undefined when ../shared/testdata/spf is not there. */
export function loadSpfSuite(file: string): SuiteTest[] | undefined {
  const path = join(SPF_SUITE_DIR, file);
  if (!existsSync(path)) return undefined;
  const out: SuiteTest[] = [];
  for (const doc of parseAllDocuments(readFileSync(path, 'utf8'))) {
    const s = doc.toJS() as {
      description: string;
      tests: Record<string, Record<string, unknown>>;
      zonedata: Record<string, Entry[]>;
    } | null;
    if (!s) continue;
    const zone = toZone(s.zonedata);
    for (const [name, t] of Object.entries(s.tests)) {
      out.push({
        scenario: s.description,
        name,
        host: String(t.host),
        mailfrom: String(t.mailfrom ?? ''),
        helo: String(t.helo ?? ''),
        result: Array.isArray(t.result) ? t.result.map(String) : [String(t.result)],
        explanation: t.explanation === undefined ? undefined : String(t.explanation),
        zone,
      });
    }
  }
  return out;
}
