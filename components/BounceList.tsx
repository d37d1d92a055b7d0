// A bounce-list page (issue 17 §4, issue 13 §5 §6): what is listed and how much of the list that
// is ("10 of 392 read"), the ways to the rest (pages the user opens, kept per campaign; the ESP's
// export file dropped here), Mailchimp's reasons gathered over every known row (4 at a time,
// progress, cancel), bounces per mailbox provider, and the export with its coverage.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BouncedAddress } from '../lib/esp/types';
import type { GatherProgress } from '../lib/esp/bounce-reason';
import type { Messages } from '../lib/i18n';
import { listTexts } from '../lib/i18n/lists';
import { accumulateRows, coverageOf } from '../lib/esp/collect';
import { isBounceListFile, mergeBounces, readExportBlob } from '../lib/esp/export-file';
import {
  audienceMix,
  bulkSenderByProvider,
  providerBreakdown,
  type Breakdown,
  type BulkFinding,
} from '../lib/export/provider-breakdown';
import { isUserAction } from '../lib/platform/trusted';
import { ExportControls, type ExportActions } from './ExportControls';
import { ExportDrop } from './ExportDrop';
import { ProviderBreakdown } from './ProviderBreakdown';
import { classifyBounce, disagreementOf, isReputationSignal, type BounceCategory } from '../lib/bounces/classify';

export interface BounceListProps {
  t: Messages;
  items: BouncedAddress[];
  gather?: (
    onProgress: (p: GatherProgress) => void,
    signal: AbortSignal,
  ) => Promise<{ items: BouncedAddress[]; progress: GatherProgress; cancelled: boolean }>;
  onItems(items: BouncedAddress[]): void;
  exportActions?: ExportActions;
}

type Note = { kind: 'ok' | 'error'; text: string };

export function BounceList({ t, items, gather, onItems, exportActions }: BounceListProps) {
  const lang = exportActions?.lang ?? 'en';
  const L = listTexts(lang);
  const [progress, setProgress] = useState<GatherProgress & { running: boolean; cancelled?: boolean }>();
  const [stated, setStated] = useState(exportActions?.stated);
  const [fileComplete, setFileComplete] = useState(false);
  const [kept, setKept] = useState(0);
  const [note, setNote] = useState<Note>();
  const [audience, setAudience] = useState<BouncedAddress[]>();
  const [providers, setProviders] = useState<
    { breakdown: Breakdown; bulk: BulkFinding[] } | { done: number; total: number }
  >();
  const ctl = useRef<AbortController>();
  const current = useRef(items);
  current.current = items;
  const pages = exportActions?.pages;

  // Every page of the list the user opens is read and kept for this campaign.
  useEffect(() => {
    if (!pages) return undefined;
    let stop: (() => void) | undefined;
    let live = true;
    void pages.load().then((stored) => {
      if (!live) return;
      if (stored?.rows.length) onItems((current.current = accumulateRows(current.current, stored.rows)));
      if (stored?.stated !== undefined && stated === undefined) setStated(stored.stated);
      stop = pages.watch((rows) => {
        void pages.add(rows, exportActions?.stated).then((e) => {
          if (!live) return;
          setKept(e.rows.length);
          onItems((current.current = accumulateRows(current.current, e.rows)));
        });
      });
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [pages]);

  const coverage = coverageOf(items.length, stated, Boolean(exportActions?.pageComplete) || fileComplete);
  const onFile = async (file: Blob, name: string) => {
    const r = await readExportBlob(file);
    if (!r.ok) return setNote({ kind: 'error', text: L.panel.fileError(r.error.kind, r.error.detail) });
    if (!isBounceListFile(r.file, { rows: current.current, stated })) {
      setAudience(r.file.rows);
      setProviders(undefined);
      return setNote({ kind: 'ok', text: L.panel.audience(name, r.file.rows.length, lang) });
    }
    const m = mergeBounces(current.current, r.file.rows);
    // Without a stated count, the ESP's own export of the list is the list.
    if (stated === undefined) setFileComplete(true);
    onItems((current.current = m.rows));
    if (pages) void pages.add(m.rows, stated);
    setNote({ kind: 'ok', text: L.panel.merged(name, r.file.rows.length, m.added, m.completed, lang) });
  };

  const hard = items.filter((b) => b.espType === 'hard').length;
  const soft = items.filter((b) => b.espType === 'soft').length;
  const withReason = items.filter((b) => b.reason).length;
  const pending = items.filter((b) => b.reasonUrl && !b.reason).length;
  // Triage (knowledge.md §6) once there is more than the ESP's own label to go on.
  const triaged = items
    .filter((b) => b.reason || b.code)
    .map((b) => ({ b, c: classifyBounce({ espType: b.espType, code: b.code, reason: b.reason }) }));
  const byCategory = (cat: BounceCategory) => triaged.filter((x) => x.c.category === cat).length;
  const authBlocks = triaged.filter((x) => x.c.category === 'blocked' && x.c.subReason === 'auth').length;
  const disagreeing = triaged.filter((x) => disagreementOf(x.b.espType, x.c)).length;
  const lookup = exportActions?.lookupProviders;
  return (
    <div data-testid="dl-bounces">
      <p class="dl-headline" data-testid="dl-coverage" data-complete={String(coverage.complete)}>
        {L.panel.coverage(items.length, stated, lang)}
      </p>
      <p data-testid="dl-bounce-count">{t.bounces.listed(items.length, hard, soft, items.length - hard - soft)}</p>
      {!coverage.complete && (
        <p class="dl-muted" data-testid="dl-ways">
          {L.panel.waysToRest}
        </p>
      )}
      {kept > 0 && (
        <p class="dl-muted" data-testid="dl-kept">
          {L.panel.kept(kept, lang)}{' '}
          <button type="button" class="dl-link" onClick={() => void pages?.forget().then(() => setKept(0))}>
            {L.panel.forget}
          </button>
        </p>
      )}
      <ExportDrop lang={lang} onFile={onFile} />
      {note && (
        <p
          class={note.kind === 'error' ? 'dl-error' : 'dl-muted'}
          role={note.kind === 'error' ? 'alert' : 'status'}
          data-testid="dl-file-note"
        >
          {note.text}
        </p>
      )}
      <p class="dl-muted" data-testid="dl-reason-count">
        {t.bounces.reasons(withReason, items.length)}
      </p>
      {triaged.length > 0 && (
        <p data-testid="dl-triage">
          {t.bounces.triage(
            triaged.length,
            byCategory('hard'),
            triaged.filter((x) => x.c.category === 'blocked' || isReputationSignal(x.c)).length,
            authBlocks,
            byCategory('soft') + triaged.filter((x) => x.c.category === 'deferred' && !isReputationSignal(x.c)).length,
            byCategory('other'),
          )}
          {disagreeing > 0 && ` ${t.bounces.disagree(disagreeing)}`}
        </p>
      )}
      {gather && pending > 0 && !progress?.running && (
        <button
          type="button"
          class="dl-primary"
          data-testid="dl-gather"
          onClick={async (e) => {
            if (!isUserAction(e)) return; // only the user starts the fetches (issue 15 §5)
            ctl.current = new AbortController();
            setProgress({ done: 0, total: pending, failed: 0, running: true });
            const r = await gather((p) => setProgress({ ...p, running: true }), ctl.current.signal);
            onItems((current.current = accumulateRows(r.items, current.current)));
            setProgress({ ...r.progress, running: false, cancelled: r.cancelled });
          }}
        >
          {t.bounces.gather(pending)}
        </button>
      )}
      {progress?.running && (
        <p role="status" data-testid="dl-gather-progress">
          {t.bounces.progress(progress.done, progress.total)}{' '}
          <button type="button" class="dl-link" onClick={() => ctl.current?.abort()}>
            {t.bounces.cancel}
          </button>
        </p>
      )}
      {progress && !progress.running && (
        <p role="status" data-testid="dl-gather-done">
          {t.bounces.gathered(progress.done, progress.total, progress.failed, Boolean(progress.cancelled))}
        </p>
      )}
      {lookup && items.length > 0 && !providers && (
        <button
          type="button"
          class="dl-link"
          data-testid="dl-providers-button"
          onClick={async () => {
            setProviders({ done: 0, total: 0 });
            const r = await lookup(
              [...items, ...(audience ?? [])],
              (done, total) => setProviders({ done, total }),
              new AbortController().signal,
            );
            setProviders({
              breakdown: providerBreakdown(current.current, r.providers),
              bulk: bulkSenderByProvider(audience ? audienceMix(audience, r.providers) : undefined),
            });
          }}
        >
          {L.panel.providersButton}
        </button>
      )}
      {providers && 'done' in providers && (
        <p role="status">{L.panel.checkingDomains(providers.done, providers.total, lang)}</p>
      )}
      {providers && 'breakdown' in providers && (
        <ProviderBreakdown lang={lang} breakdown={providers.breakdown} bulk={providers.bulk} />
      )}
      {exportActions && !progress?.running && (
        <ExportControls t={t} items={items} coverage={coverage} actions={exportActions} />
      )}
    </div>
  );
}
