// One click to the clean-up list (issue 7, issue 13 §5, issue 17 §4): export what is known, and
// from an overview collect the bounce pages first, gather Mailchimp's reasons for every row
// (4 at a time, progress, cancel) or say they are missing. Every export states its coverage
// ("392 of 392", "10 of 392 — incomplete") here and in the file.
import { useRef, useState } from 'preact/hooks';
import type { BouncedAddress } from '../lib/esp/types';
import type { CollectResult } from '../lib/esp/collect';
import type { Coverage } from '../lib/export/bounce-export';
import { coverageText } from '../lib/export/bounce-export';
import type { ExportActions, ExportSummary } from '../lib/export/actions';
import type { Messages } from '../lib/i18n';
import { bulkSenderByProvider, providerBreakdown } from '../lib/export/provider-breakdown';
import { ProviderBreakdown } from './ProviderBreakdown';
import { listTexts, type ActionId } from '../lib/i18n/lists';
import { isUserAction } from '../lib/platform/trusted';

export type { ExportActions, ExportSummary, PagesSource, Gather } from '../lib/export/actions';

type State =
  | { kind: 'idle' }
  | { kind: 'collecting'; pages: number; items: number }
  | { kind: 'partial'; collected: CollectResult }
  | { kind: 'gathering'; done: number; total: number }
  | { kind: 'exporting'; done: number; total: number }
  | { kind: 'done'; result: ExportSummary; rows: BouncedAddress[]; copied?: boolean }
  | { kind: 'error'; error: string };

const pendingReasons = (items: BouncedAddress[]) => items.filter((b) => b.reasonUrl && !b.reason).length;

export function ExportControls({
  t: _t,
  items,
  coverage,
  actions,
}: {
  t: Messages;
  items?: BouncedAddress[];
  coverage?: Coverage;
  actions: ExportActions;
}) {
  const lang = actions.lang ?? 'en';
  const L = listTexts(lang);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const ctl = useRef<AbortController>();
  const fresh = () => (ctl.current = new AbortController()).signal;
  const run = async (list: BouncedAddress[], cov: Coverage) => {
    const signal = fresh();
    setState({ kind: 'exporting', done: 0, total: 0 });
    const r = await actions.runExport(list, cov, (done, total) => setState({ kind: 'exporting', done, total }), signal);
    if (!r.ok) return setState({ kind: 'error', error: r.error });
    setState(r.cancelled ? { kind: 'idle' } : { kind: 'done', result: r.result, rows: list });
  };
  // Issue 13 §5: from the overview, the reasons are gathered before the export (Mailchimp);
  // where they cannot be, the result says how many are missing.
  const gatherThenRun = async (list: BouncedAddress[], cov: Coverage) => {
    let rows = list;
    const pending = pendingReasons(list);
    if (actions.gatherReasons && pending > 0) {
      setState({ kind: 'gathering', done: 0, total: pending });
      const g = await actions.gatherReasons(
        list,
        (p) => setState({ kind: 'gathering', done: p.done, total: p.total }),
        fresh(),
      );
      rows = g.items;
    }
    await run(rows, cov);
  };
  const start = async () => {
    if (items)
      return run(
        items,
        coverage ?? {
          read: items.length,
          stated: actions.stated,
          complete: actions.stated === undefined ? Boolean(actions.pageComplete) : items.length >= actions.stated,
        },
      );
    setState({ kind: 'collecting', pages: 0, items: 0 });
    const c = await actions.collect!((pages, n) => setState({ kind: 'collecting', pages, items: n }), fresh());
    const stated = c.stated ?? actions.stated;
    const cov = {
      read: c.items.length,
      ...(stated !== undefined ? { stated } : {}),
      complete: stated !== undefined ? c.items.length >= stated : c.complete,
    };
    // Every page that can be fetched was read (Mailchimp pages its lists by buttons, so that may be
    // the first page only): export it, its coverage stated. A walk that stopped early asks first.
    if (!c.stopped) return gatherThenRun(c.items, cov);
    setState({ kind: 'partial', collected: { ...c, ...(stated !== undefined ? { stated } : {}) } });
  };
  const busy = state.kind === 'collecting' || state.kind === 'gathering' || state.kind === 'exporting';
  const shownCoverage = items
    ? coverageText(
        coverage ?? {
          read: items.length,
          stated: actions.stated,
          complete: actions.stated === undefined ? Boolean(actions.pageComplete) : items.length >= actions.stated,
        },
        lang,
      )
    : undefined;
  return (
    <div class="dl-export" data-testid="dl-export">
      {(state.kind === 'idle' || state.kind === 'error') && items?.length !== 0 && (
        <button
          type="button"
          class="dl-primary"
          data-testid="dl-export-button"
          onClick={(e) => isUserAction(e) && void start()}
        >
          {shownCoverage ? L.panel.exportButton(shownCoverage) : _t.export.collectButton}
        </button>
      )}
      {busy && (
        <p role="status" data-testid="dl-export-progress">
          {state.kind === 'collecting' && L.panel.collecting(state.pages, state.items, lang)}
          {state.kind === 'gathering' && L.panel.gathering(state.done, state.total, lang)}
          {state.kind === 'exporting' &&
            (state.total > 0 ? L.panel.checkingDomains(state.done, state.total, lang) : L.panel.exporting)}{' '}
          <button type="button" class="dl-link" onClick={() => ctl.current?.abort()}>
            {L.panel.cancel}
          </button>
        </p>
      )}
      {state.kind === 'partial' && (
        <div role="status" data-testid="dl-export-partial">
          <p>
            {L.panel.stopped(
              state.collected.stopped ?? { kind: 'cancelled' },
              state.collected.pages,
              state.collected.items.length,
              lang,
            )}
          </p>
          {state.collected.items.length > 0 && (
            <button
              type="button"
              class="dl-primary"
              onClick={(e) => {
                if (!isUserAction(e)) return; // only the user starts an export (issue 15 §5)
                const c = state.collected;
                void gatherThenRun(c.items, {
                  read: c.items.length,
                  ...(c.stated !== undefined ? { stated: c.stated } : {}),
                  complete: false,
                });
              }}
            >
              {L.panel.exportCollected(
                coverageText(
                  { read: state.collected.items.length, stated: state.collected.stated, complete: false },
                  lang,
                ),
              )}
            </button>
          )}
        </div>
      )}
      {state.kind === 'error' && (
        <p class="dl-error" role="alert">
          {state.error}
        </p>
      )}
      {state.kind === 'done' && (
        <div role="status" data-testid="dl-export-done">
          <p data-testid="dl-export-coverage">
            {L.panel.exportDone(state.result.fileName, state.result.coverage ?? '')}
          </p>
          <ul class="dl-sub">
            {Object.entries(state.result.byAction).map(([action, n]) => (
              <li key={action}>
                {L.csv.action[action as ActionId]}: {n}
              </li>
            ))}
          </ul>
          {state.result.reasonsMissing > 0 && (
            <p data-testid="dl-reasons-missing">{L.panel.reasonsMissing(state.result.reasonsMissing, lang)}</p>
          )}
          {state.result.disagreements > 0 && (
            <p class="dl-muted">{L.panel.disagreements(state.result.disagreements, lang)}</p>
          )}
          {state.result.domainsUnchecked > 0 && (
            <p class="dl-muted">{L.panel.unchecked(state.result.domainsUnchecked, lang)}</p>
          )}
          {/* From the overview there is no bounce list on screen: the breakdown comes with the export. */}
          {!items && state.result.providers && state.result.providers.size > 0 && (
            <ProviderBreakdown
              lang={lang}
              breakdown={providerBreakdown(state.rows, state.result.providers)}
              bulk={bulkSenderByProvider(undefined)}
            />
          )}
          <p class="dl-muted">{L.panel.limits}</p>
          {state.result.suppression && (
            <button
              type="button"
              class="dl-link"
              onClick={async () => setState({ ...state, copied: await actions.copyText(state.result.suppression) })}
            >
              {L.panel.copy(state.result.suppression.split('\n').length, lang)}
            </button>
          )}
          {state.copied !== undefined && <p class="dl-muted">{state.copied ? L.panel.copied : L.panel.copyFailed}</p>}
        </div>
      )}
    </div>
  );
}
