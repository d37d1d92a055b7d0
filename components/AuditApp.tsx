// "Check a list before sending" (issue 14): drop → confirm columns → audit with progress and
// cancel → figures, flags, provider mix, restart plan, downloads. Props in, JSX out: reading the
// file and DNS are the page's actions.
import { useRef, useState } from 'preact/hooks';
import type { AuditColumns as Columns, AuditedRow } from '../lib/audit/audit';
import type { AuditProgress, AuditRun } from '../lib/audit/run';
import type { CsvLayout, ImportError } from '../lib/import/csv';
import type { AuditTexts } from '../lib/i18n/audit';
import { AuditColumns } from './AuditColumns';
import { AuditDrop } from './AuditDrop';
import { AuditExports } from './AuditExports';
import { AuditFlags } from './AuditFlags';
import { AuditSummary } from './AuditSummary';
import { ProviderMixChart } from './ProviderMixChart';
import { RestartPlan } from './RestartPlan';

export interface AuditActions {
  inspect(file: File): Promise<{ ok: true; layout: CsvLayout } | { ok: false; error: ImportError }>;
  run(
    file: File,
    layout: CsvLayout,
    columns: Columns,
    onProgress: (p: AuditProgress) => void,
    signal: AbortSignal,
  ): Promise<{ run: AuditRun; flagged: AuditedRow[]; files: { name: string; href: string }[] }>;
}

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; file: File }
  | { kind: 'error'; error: ImportError }
  | { kind: 'columns'; file: File; layout: CsvLayout }
  | { kind: 'running'; file: File; progress?: AuditProgress }
  | { kind: 'done'; result: Awaited<ReturnType<AuditActions['run']>> };

export function AuditApp({ t, actions }: { t: AuditTexts; actions: AuditActions }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const abort = useRef<AbortController | undefined>(undefined);
  const onFile = async (file: File) => {
    setState({ kind: 'reading', file });
    const r = await actions.inspect(file);
    setState(r.ok ? { kind: 'columns', file, layout: r.layout } : { kind: 'error', error: r.error });
  };
  const start = async (file: File, layout: CsvLayout, columns: Columns) => {
    const ctl = new AbortController();
    abort.current = ctl;
    setState({ kind: 'running', file });
    const result = await actions.run(
      file,
      layout,
      columns,
      (progress) => setState({ kind: 'running', file, progress }),
      ctl.signal,
    );
    setState({ kind: 'done', result });
  };
  return (
    <main class="dl-audit">
      <h1 class="dl-title">{t.title}</h1>
      <p class="dl-muted">{t.intro}</p>
      {(state.kind === 'idle' || state.kind === 'error' || state.kind === 'done') && (
        <AuditDrop t={t} onFile={onFile} />
      )}
      {state.kind === 'error' && (
        <p class="dl-error" role="alert" data-testid="audit-error">
          {t.error(state.error)}
        </p>
      )}
      {state.kind === 'columns' && (
        <AuditColumns
          t={t}
          layout={state.layout}
          fileName={state.file.name}
          onConfirm={(c) => void start(state.file, state.layout, c)}
        />
      )}
      {/* One live region, there before the progress fills it, so screen readers announce each
          change (issue 15 §6); Cancel sits beside it, not inside what is read out. */}
      <p class="dl-progress">
        <span role="status" data-testid="audit-progress">
          {state.kind === 'running' &&
            (state.progress?.phase === 'dns'
              ? t.dnsDone(state.progress.done, state.progress.total)
              : t.readRows(state.progress?.phase === 'read' ? state.progress.rows : 0))}
          {state.kind === 'done' && state.result.run.aborted && t.cancelled}
        </span>{' '}
        {state.kind === 'running' && (
          <button type="button" class="dl-link" onClick={() => abort.current?.abort()}>
            {t.cancel}
          </button>
        )}
      </p>
      {state.kind === 'done' && (
        <div data-testid="audit-result">
          <AuditSummary t={t} summary={state.result.run.summary} />
          <AuditFlags t={t} rows={state.result.flagged} counts={state.result.run.summary.flags} />
          <section aria-label={t.providers}>
            <h2 class="dl-h2">{t.providers}</h2>
            <ProviderMixChart t={t} providers={state.result.run.summary.providers} />
          </section>
          <RestartPlan t={t} plan={state.result.run.plan} />
          <AuditExports t={t} files={state.result.files} />
        </div>
      )}
    </main>
  );
}
