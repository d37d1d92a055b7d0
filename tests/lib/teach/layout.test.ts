// A layout file is validated strictly (issue 18 §4): bounded, plain JSON, no unknown keys, anchors
// as plain words, and the host it describes must be the one it is imported for.
import { describe, expect, it } from 'vitest';
import { matchPath, parseLayout, parseLayoutFile, serializeLayout, type TaughtLayout } from '../../../lib/teach/layout';
import { parseStoredLayouts, layoutForUrl } from '../../../lib/teach/stored';

const layout: TaughtLayout = {
  format: 'deliverability-lens/taught-layout',
  version: 1,
  host: 'app.brevo.com',
  path: '/camp/report/{n}',
  kind: 'overview',
  esp: 'brevo',
  taughtAt: '2026-12-01T09:00:00Z',
  figures: {
    recipients: {
      locators: [{ anchor: { by: 'label', text: 'Recipients', nth: 0, up: 1 }, down: [{ tag: 'span', nth: 1 }] }],
    },
    bounces: { locators: [{ anchor: { by: 'href', path: '/camp/report/{n}/bounces', nth: 0 }, down: [] }] },
  },
};
const file = serializeLayout(layout);
const edit = (f: (l: Record<string, any>) => void) => {
  const l = JSON.parse(file);
  f(l);
  return JSON.stringify(l);
};

describe('layout files', () => {
  it('round-trips', () => expect(parseLayoutFile(file, 'app.brevo.com')).toEqual({ ok: true, layout }));

  it('refuses hostile or broken files, saying why', () => {
    expect(parseLayoutFile(file, 'dashboard.mailerlite.com')).toEqual({
      ok: false,
      problem: { kind: 'other-host', host: 'app.brevo.com', expected: 'dashboard.mailerlite.com' },
    });
    expect(parseLayoutFile('{"format":', 'app.brevo.com')).toEqual({ ok: false, problem: { kind: 'not-json' } });
    expect(parseLayoutFile(' '.repeat(70_000), 'app.brevo.com')).toEqual({
      ok: false,
      problem: { kind: 'too-large', bytes: 70_000 },
    });
    expect(
      parseLayoutFile(
        edit((l) => (l.version = 2)),
        'app.brevo.com',
      ),
    ).toEqual({ ok: false, problem: { kind: 'newer-version', version: 2 } });
    expect(
      parseLayoutFile(
        edit((l) => (l.figures = {})),
        'app.brevo.com',
      ),
    ).toEqual({ ok: false, problem: { kind: 'no-figures' } });
    const invalid = (f: (l: Record<string, any>) => void) =>
      (parseLayoutFile(edit(f), 'app.brevo.com') as { problem: { kind: string } }).problem.kind;
    // No selectors, scripts or extra keys: every one of these is refused as invalid.
    expect(
      invalid((l) => (l.figures.bounces.locators[0].anchor = { by: 'css', selector: 'img[src=x] onerror=alert(1)' })),
    ).toBe('invalid');
    expect(invalid((l) => (l.figures.bounces.locators[0].down = [{ tag: 'img onerror=alert(1)', nth: 0 }]))).toBe(
      'invalid',
    );
    expect(invalid((l) => (l.figures.bounces.locators[0].anchor.path = 'https://evil.example/x'))).toBe('invalid');
    expect(invalid((l) => (l.figures.bounces.locators[0].anchor.path = '/(a+)+$'))).toBe('invalid');
    expect(invalid((l) => (l.onload = 'fetch("https://evil.example")'))).toBe('invalid');
    const proto = file.replace('"figures":{', '"figures":{"__proto__":{"locators":[]},');
    expect(parseLayoutFile(proto, 'app.brevo.com')).toEqual({ ok: false, problem: { kind: 'invalid', at: 'figures' } });
    expect(invalid((l) => (l.figures.bounces.locators = Array(7).fill(l.figures.bounces.locators[0])))).toBe('invalid');
    expect(invalid((l) => (l.figures.bounces.locators[0].down = Array(25).fill({ tag: 'div', nth: 0 })))).toBe(
      'invalid',
    );
    expect(invalid((l) => (l.host = 'app.brevo.com/../evil'))).toBe('invalid');
    expect(invalid((l) => (l.figures.recipients.locators[0].anchor.text = 'x'.repeat(81)))).toBe('invalid');
  });

  it('matches URLs by path template and gives the campaign id', () => {
    expect(matchPath('/camp/report/{n}', '/camp/report/123')).toEqual(['123']);
    expect(matchPath('/camp/report/{n}', '/camp/report/123/links')).toBeUndefined();
    expect(matchPath('/camp/report/{n}', '/camp/report/abc')).toBeUndefined();
    expect(matchPath('/campaigns/{n}/reports/overview', '/campaigns/88/reports/overview/')).toEqual(['88']);
  });
});

describe('stored layouts', () => {
  it('drops a corrupted entry alone and names it', () => {
    const raw = {
      'app.brevo.com/camp/report/{n}': layout,
      'app.brevo.com/x': { format: 'nope' },
      'evil.example/camp/report/{n}': layout,
    };
    const r = parseStoredLayouts(raw);
    expect(Object.keys(r.layouts)).toEqual(['app.brevo.com/camp/report/{n}']);
    expect(r.dropped).toEqual(['app.brevo.com/x', 'evil.example/camp/report/{n}']);
    expect(parseStoredLayouts('garbage')).toEqual({ layouts: {}, dropped: ['(all)'] });
    expect(parseStoredLayouts(undefined)).toEqual({ layouts: {}, dropped: [] });
    expect(layoutForUrl(r.layouts, 'https://app.brevo.com/camp/report/5')).toEqual(layout);
    expect(layoutForUrl(r.layouts, 'https://my.sendinblue.com/camp/report/5')).toBeUndefined();
  });

  it('parses a stored entry the same way as a file', () => expect(parseLayout(layout)).toEqual({ ok: true, layout }));
});
