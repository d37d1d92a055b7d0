// One click to the clean-up list (issue 7): export what is listed, or, from an overview, collect
// the campaign's bounce pages first (progress, cancel). An interrupted collection says how far
// it got and offers what it has.
import { useRef, useState } from 'preact/hooks';
import type { BouncedAddress } from '../lib/esp/types';
import type { CollectResult } from '../lib/esp/collect';
import type { ExportResult } from '../lib/platform/messages';
import type { Messages } from '../lib/i18n';
import { isUserAction } from '../lib/platform/trusted';

export interface ExportActions {
  runExport(items: BouncedAddress[]): Promise<{ ok: true; result: ExportResult } | { ok: false; error: string }>;
  copyText(text: string): Promise<boolean>;
  collect?(onProgress: (pages: number, items: number) => void, signal: AbortSignal): Promise<CollectResult>;
}

type State =
  | { kind: 'idle' }
  | { kind: 'collecting'; pages: number; items: number }
  | { kind: 'partial'; collected: CollectResult }
  | { kind: 'exporting' }
  | { kind: 'done'; result: ExportResult; copied?: boolean }
  | { kind: 'error'; error: string };

export function ExportControls({ t, items, actions }: { t: Messages; items?: BouncedAddress[]; actions: ExportActions }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const ctl = useRef<AbortController>();
  const run = async (list: BouncedAddress[]) => {
    setState({ kind: 'exporting' });
    const r = await actions.runExport(list);
    setState(r.ok ? { kind: 'done', result: r.result } : { kind: 'error', error: r.error });
  };
  const start = async () => {
    if (items) return run(items);
    ctl.current = new AbortController();
    setState({ kind: 'collecting', pages: 0, items: 0 });
    const c = await actions.collect!((pages, n) => setState({ kind: 'collecting', pages, items: n }), ctl.current.signal);
    if (c.complete) return run(c.items);
    setState({ kind: 'partial', collected: c });
  };
  return (
    <div class="dl-export" data-testid="dl-export">
      {(state.kind === 'idle' || state.kind === 'error') && (items?.length !== 0) && (
        <button type="button" class="dl-primary" onClick={(e) => isUserAction(e) && void start()}>{items ? t.export.button(items.length) : t.export.collectButton}</button>
      )}
      {state.kind === 'collecting' && (
        <p role="status" data-testid="dl-export-progress">
          {t.export.collecting(state.pages, state.items)}{' '}
          <button type="button" class="dl-link" onClick={() => ctl.current?.abort()}>{t.bounces.cancel}</button>
        </p>
      )}
      {state.kind === 'partial' && (
        <div role="status" data-testid="dl-export-partial">
          <p>{t.export.partial(state.collected.pages, state.collected.items.length, state.collected.stopped ?? '')}</p>
          {state.collected.items.length > 0 && (
            <button type="button" class="dl-primary" onClick={(e) => isUserAction(e) && void run(state.collected.items)}>{t.export.exportCollected(state.collected.items.length)}</button>
          )}
        </div>
      )}
      {state.kind === 'exporting' && <p role="status">{t.export.working}</p>}
      {state.kind === 'error' && <p class="dl-error" role="alert">{state.error}</p>}
      {state.kind === 'done' && (
        <div role="status" data-testid="dl-export-done">
          <p>{t.export.done(state.result.fileName, state.result.rows)}</p>
          <ul class="dl-sub">
            {Object.entries(state.result.byAction).map(([action, n]) => (
              <li key={action}>{t.export.action(action)}: {n}</li>
            ))}
          </ul>
          {state.result.disagreements > 0 && <p class="dl-muted">{t.export.disagreements(state.result.disagreements)}</p>}
          {state.result.domainsUnchecked > 0 && <p class="dl-muted">{t.export.unchecked(state.result.domainsUnchecked)}</p>}
          <p class="dl-muted">{t.export.limits}</p>
          {state.result.suppression && (
            <button type="button" class="dl-link" onClick={async () => setState({ ...state, copied: await actions.copyText(state.result.suppression) })}>
              {t.export.copy(state.result.suppression.split('\n').length)}
            </button>
          )}
          {state.copied !== undefined && <p class="dl-muted">{state.copied ? t.panel.copiedShort : t.panel.copyFailed}</p>}
        </div>
      )}
    </div>
  );
}
