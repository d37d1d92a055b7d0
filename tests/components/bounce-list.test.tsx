// The bounce-list panel (issue 17 §4, issue 13 §5 §6): "10 of 392 read" and the ways to the rest,
// pages kept per campaign, the dropped export file (and the refusal of a bad one), reasons over
// every known row, bounces per provider, and the export stating its coverage in panel and file.
// Real lib code throughout: the store on an in-memory area, DNS on the fixture zone.
// @vitest-environment happy-dom
import { isDisposableDomain } from '../../lib/hygiene/disposable';
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The second stage defines its storage items on load: a fake runtime holds them.
const fakeBrowser = await vi.hoisted(async () => (await import('../support/fake-browser')).installFakeBrowser());
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

import { PanelApp } from '../../components/PanelApp';
import { BounceList } from '../../components/BounceList';
import { PANEL_TOOLS } from '../../components/panel-tools';
import { toolsHere } from '../support/panel-tools';
import type { ExportActions } from '../../components/ExportControls';
import { messages } from '../../lib/i18n';
import type { BouncedAddress } from '../../lib/esp/types';
import { buildLocalExport, localDomainAnswers, resolveDomains } from '../../lib/export/local-export';
import { gatherBounceReasons, type GatherProgress } from '../../lib/esp/bounce-reason';
import { addBouncePage, loadBouncePages, type KeyValueArea } from '../../lib/platform/bounce-pages-store';
import { createZoneResolver } from '../../lib/dns/zone';
import { MAILBOX_PROVIDERS } from '../fixtures/zones/mailbox-providers';
import { click, mount } from '../support/render';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => new Uint8Array(readFileSync(join(here, '../fixtures/esp-exports', name)));
const settle = () => act(async () => new Promise((r) => setTimeout(r, 30)));

function memoryArea(): KeyValueArea {
  const data: Record<string, unknown> = {};
  return {
    get: async (k) => ({ [k]: structuredClone(data[k]) }),
    set: async (items) => void Object.assign(data, structuredClone(items)),
  };
}

const pageRows: BouncedAddress[] = [
  {
    email: 'marc.janssens1974@gmail.com',
    espType: 'hard',
    reasonUrl: 'https://us21.admin.mailchimp.com/reports/bounce-reason?e=1',
  },
  {
    email: 'tom.peeters@outlook.com',
    espType: 'soft',
    reasonUrl: 'https://us21.admin.mailchimp.com/reports/bounce-reason?e=2',
  },
  {
    email: 'info@drukkerij-lambrecht.be',
    espType: 'soft',
    reasonUrl: 'https://us21.admin.mailchimp.com/reports/bounce-reason?e=3',
  },
];
const REASONS: Record<string, string> = {
  '1': 'Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.',
  '2': 'Diagnostic-Code: smtp; 550 5.7.515 Access denied, sending domain atelier-example.be does not meet the required authentication level.',
  '3': 'Diagnostic-Code: smtp; 550 5.7.515 Access denied, sending domain atelier-example.be does not meet the required authentication level.',
};

function setup(opts: { stated?: number; lang?: 'en' | 'nl' | 'fr' } = {}) {
  const area = memoryArea();
  const key = 'mailchimp|https://us21.admin.mailchimp.com|9000001';
  const resolver = createZoneResolver({ nodes: MAILBOX_PROVIDERS });
  const downloads: { text: string; name: string }[] = [];
  const watchers: ((rows: BouncedAddress[]) => void)[] = [];
  const lookup = localDomainAnswers(isDisposableDomain, resolver);
  const actions: ExportActions = {
    lang: opts.lang ?? 'en',
    stated: opts.stated,
    runExport: async (items, coverage, onProgress, signal) => {
      const out = await buildLocalExport(items, {
        lookup,
        coverage,
        signal,
        onProgress,
        lang: opts.lang,
        campaign: 'Lente-actie 2026',
      });
      downloads.push({ text: out.csv, name: 'mailchimp-lente.csv' });
      return { ok: true, result: { ...out, fileName: 'mailchimp-lente.csv' } };
    },
    copyText: async () => true,
    lookupProviders: (items, onProgress, signal) => resolveDomains(items, { lookup, onProgress, signal }),
    pages: {
      load: () => loadBouncePages(key, area),
      add: (rows, stated) => addBouncePage(key, rows, stated, area),
      forget: async () => undefined,
      watch: (onRows) => (watchers.push(onRows), onRows(pageRows), () => undefined),
    },
  };
  let items = pageRows;
  const gather = (list: BouncedAddress[], onProgress: (p: GatherProgress) => void, signal: AbortSignal) =>
    gatherBounceReasons(list, async (u) => REASONS[new URL(u).searchParams.get('e')!]!, {
      concurrency: 4,
      signal,
      onProgress,
    });
  const root = mount(
    <PanelApp
      t={messages(opts.lang ?? 'en')}
      lang={opts.lang ?? 'en'}
      position={{ top: 100, right: 16 }}
      sections={{}}
      history={[]}
      page={{ kind: 'bounces', items }}
      esp="mailchimp"
      domain={{}}
      // The second stage as built, its list given this test's actions (store and DNS in memory).
      tools={toolsHere({
        ...PANEL_TOOLS,
        BouncePage: ({ wiring: _page, ...list }) => <BounceList {...list} exportActions={actions} />,
      })}
      actions={{
        checkDomain: async () => ({ ok: false, error: 'x' }),
        rememberDomain: () => undefined,
        copyStructure: async () => true,
        close: () => undefined,
        gatherReasons: (l, p, s) => gather(l, p, s),
      }}
    />,
  );
  return { root, downloads, watchers, area, key, setItems: (v: BouncedAddress[]) => (items = v) };
}

const text = (root: HTMLElement, id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';

async function dropFile(root: HTMLElement, bytes: Uint8Array, name: string) {
  const input = root.querySelector<HTMLInputElement>('[data-testid="dl-export-file"]')!;
  const file = new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
}

describe('bounce list panel', () => {
  it('says "3 of 392 read", offers the ways to the rest, and exports saying "incomplete" in panel and file', async () => {
    const { root, downloads } = setup({ stated: 392 });
    await settle();
    expect(text(root, 'dl-coverage')).toBe('3 of 392 read');
    expect(root.querySelector('[data-testid="dl-coverage"]')!.getAttribute('data-complete')).toBe('false');
    expect(text(root, 'dl-ways')).toContain('open the next pages of the list here');
    expect(text(root, 'dl-export-button')).toBe('Export the clean-up list (3 of 392 — incomplete)');
    await click(root.querySelector('[data-testid="dl-export-button"]'));
    await settle();
    expect(text(root, 'dl-export-coverage')).toBe('Saved mailchimp-lente.csv — 3 of 392 — incomplete.');
    // No reasons read yet: "reason not read", never "retry later" (issue 13 §5).
    expect(text(root, 'dl-reasons-missing')).toBe(
      '3 bounces have no reason read: the file says “reason not read” for them, never “retry later”.',
    );
    const lines = downloads[0]!.text.split('\r\n').filter(Boolean);
    expect(lines.slice(1).map((l) => l.split(',').slice(-2))).toEqual([
      ['remove in CRM', '3 of 392 — incomplete'],
      ['read the bounce reason first', '3 of 392 — incomplete'],
      ['read the bounce reason first', '3 of 392 — incomplete'],
    ]);
  });

  it('keeps the rows of each page the user opens, for this campaign', async () => {
    const { root, watchers, area, key } = setup({ stated: 5 });
    await settle();
    await act(async () =>
      watchers[0]!([
        { email: 'k.wouters@telenet.be', espType: 'soft' },
        { email: 'lien.maes@skynet.be', espType: 'hard' },
      ]),
    );
    await settle();
    expect(text(root, 'dl-coverage')).toBe('5 of 5 read');
    expect(root.querySelector('[data-testid="dl-ways"]')).toBeNull();
    expect(text(root, 'dl-kept')).toContain('5 addresses kept from the pages you opened.');
    expect((await loadBouncePages(key, area))!.rows.map((r) => r.email)).toEqual([
      ...pageRows.map((r) => r.email),
      'k.wouters@telenet.be',
      'lien.maes@skynet.be',
    ]);
  });

  it('merges a dropped ESP export by address; refuses a bad file and changes nothing', async () => {
    const { root } = setup({ stated: 392, lang: 'nl' });
    await settle();
    await dropFile(root, fixture('crm-contacts.csv'), 'crm-contacts.csv');
    expect(text(root, 'dl-file-note')).toBe(
      'Dit lijkt geen export van Mailchimp, ActiveCampaign of Campaign Monitor (kolommen: Email, Name, Company, Customer since). Er is niets gewijzigd.',
    );
    expect(text(root, 'dl-coverage')).toBe('3 van 392 gelezen');
    await dropFile(root, fixture('renamed-spreadsheet.csv'), 'x.csv');
    expect(text(root, 'dl-file-note')).toContain('Dit is geen CSV-bestand');
    await dropFile(root, fixture('activecampaign-bounces.csv'), 'ac.csv');
    expect(text(root, 'dl-file-note')).toBe('ac.csv: 3 adressen gelezen, 1 nieuw, 2 aangevuld.');
    expect(text(root, 'dl-coverage')).toBe('4 van 392 gelezen');
  });

  it('a recipients export gives the audience mix for the bulk rules, and is not taken for bounces', async () => {
    const { root } = setup({ stated: 392 });
    await settle();
    await click(root.querySelector('[data-testid="dl-providers-button"]'));
    await settle();
    expect(text(root, 'dl-providers-bulk')).toContain('drop the recipients export to know it');
    await dropFile(root, fixture('mailchimp-sent-recipients.csv'), 'sent.csv');
    expect(text(root, 'dl-file-note')).toBe(
      'sent.csv: the 6 recipients of this campaign, used for the mix of mailbox providers.',
    );
    expect(text(root, 'dl-coverage')).toBe('3 of 392 read');
    await click(root.querySelector('[data-testid="dl-providers-button"]'));
    await settle();
    expect(text(root, 'dl-providers-bulk')).toContain(
      'Gmail: 1 of your recipients — below the 5,000 a day bulk line (if sent in one day).',
    );
  });

  it('gathers the reasons over every known row, then "Microsoft refused 2 of your 2 blocked mails"', async () => {
    const { root, watchers } = setup({ stated: 4 });
    await settle();
    await act(async () =>
      watchers[0]!([
        {
          email: 'bart.willems@gmail.com',
          espType: 'soft',
          reasonUrl: 'https://us21.admin.mailchimp.com/reports/bounce-reason?e=1',
        },
      ]),
    );
    await settle();
    expect(text(root, 'dl-gather')).toBe('Get the bounce reasons (4)');
    await click(root.querySelector('[data-testid="dl-gather"]'));
    await settle();
    expect(text(root, 'dl-gather-done')).toBe('Done: 4 of 4 read.');
    await click(root.querySelector('[data-testid="dl-providers-button"]'));
    await settle();
    expect(text(root, 'dl-providers-headline')).toBe('Microsoft refused 2 of your 2 blocked mails.');
    expect(
      Array.from(root.querySelectorAll('[data-testid="dl-providers-rows"] li')).map((li) =>
        li.getAttribute('data-provider'),
      ),
    ).toEqual(['gmail', 'microsoft-365', 'outlook-com']);
  });
});
