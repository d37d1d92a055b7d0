import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAuditExportWriter, segmentFileName } from '../../../lib/audit/exports';
import { createRowJudge } from '../../../lib/audit/audit';
import { buildRestartPlan } from '../../../lib/audit/plan';
import { createStagedOutput } from '../../../lib/cli/out-dir';

const now = Date.parse('2026-11-30T00:00:00Z');
const layout = { headers: ['E-mail Address', 'First', 'Last', 'Note'], hasHeader: true };
const rows = [
  ['jan@telenet.be', 'Jan', 'Peeters', '=HYPERLINK("http://x")'],
  ['jan@telnet.be', 'Jan', 'Peeters', ''],
  ['marie@atelier.be', 'Marie', 'Dubois', 'klant; sinds "2019"'],
];

function write(format?: 'activecampaign' | 'campaign-monitor') {
  const files = new Map<string, string>();
  const w = createAuditExportWriter(
    (name) => ({ write: (s) => void files.set(name, (files.get(name) ?? '') + s) }),
    layout,
    { email: 0, firstName: 1, lastName: 2 },
    { delimiter: ';', bom: true, ...(format ? { format } : {}) },
  );
  const judge = createRowJudge({ columns: { email: 0 }, now });
  for (const r of rows) w.add(r, judge(r));
  const names = w.close(buildRestartPlan({ segments: { undated: 2 } }));
  return { files, names };
}

describe('audit exports', () => {
  it('CRM files keep the CRM columns, neutralise formulas, quote delimiters; removed rows carry reason and fix', () => {
    const { files, names } = write();
    expect(names).toEqual(['cleaned.csv', 'removed.csv', 'segment-5-undated.csv', 'plan.csv']);
    expect(files.get('cleaned.csv')).toBe(
      '\uFEFFE-mail Address;First;Last;Note;segment;provider\r\n' +
        // The formula gets a leading apostrophe (OWASP CSV injection), then RFC 4180 quoting.
        `jan@telenet.be;Jan;Peeters;"'=HYPERLINK(""http://x"")";undated;telenet\r\n` +
        'marie@atelier.be;Marie;Dubois;"klant; sinds ""2019""";undated;unknown\r\n',
    );
    expect(files.get('removed.csv')).toBe(
      '\uFEFFemail;reason;flags;suggestion;E-mail Address;First;Last;Note\r\njan@telnet.be;typo;typo;jan@telenet.be;jan@telnet.be;Jan;Peeters;\r\n',
    );
    expect(files.get('segment-5-undated.csv')).toBe(
      'Email Address,First Name,Last Name\r\njan@telenet.be,Jan,Peeters\r\nmarie@atelier.be,Marie,Dubois\r\n',
    );
    expect(files.get('plan.csv')).toBe('\uFEFFsend;day;volume;added;joins;growth;caps\r\n1;0;2;2;undated:2;;\r\n');
  });

  it('writes each ESP its own import columns', () => {
    expect(write('activecampaign').files.get('segment-5-undated.csv')!.split('\r\n')[0]).toBe(
      'Email,First Name,Last Name',
    );
    expect(write('campaign-monitor').files.get('segment-5-undated.csv')).toBe(
      'Email Address,Name\r\njan@telenet.be,Jan Peeters\r\nmarie@atelier.be,Marie Dubois\r\n',
    );
    expect(segmentFileName('reconfirm')).toBe('segment-0-reconfirm.csv');
  });
});

describe('--out staging: nothing half-written', () => {
  it('discarding leaves an existing folder as it was; committing moves complete files in', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'dl-out-')), 'uit');
    mkdirSync(dir);
    writeFileSync(join(dir, 'cleaned.csv'), 'old');
    const a = createStagedOutput(dir);
    a.open('cleaned.csv').write('half');
    a.discard();
    expect(readdirSync(join(dir, '..'))).toEqual(['uit']);
    expect(readFileSync(join(dir, 'cleaned.csv'), 'utf8')).toBe('old');
    const b = createStagedOutput(dir);
    b.open('cleaned.csv').write('new');
    b.open('plan.csv').write('p');
    b.commit();
    expect(readdirSync(dir).sort()).toEqual(['cleaned.csv', 'plan.csv']);
    expect(readFileSync(join(dir, 'cleaned.csv'), 'utf8')).toBe('new');
    expect(readdirSync(join(dir, '..'))).toEqual(['uit']);
  });
});
