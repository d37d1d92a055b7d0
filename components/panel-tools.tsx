// The panel's second stage (lib/platform/panel-tools.ts): what the report panel shows only when the
// user opens it, and a bounce page's list. Bundled as /esp-panel-tools.js
// (entrypoints/esp-panel-tools.tsx); the panel renders these through <Later> (components/Later.tsx).
import { useMemo } from 'preact/hooks';
import type { Messages } from '../lib/i18n';
import { createExportActions, type ExportWiring } from '../lib/platform/bounce-export-actions';
import { BounceList, type BounceListProps } from './BounceList';
import { CampaignRestartPlan } from './CampaignRestartPlan';
import { ExportControls } from './ExportControls';

/** The export section of a report: collect the bounce pages, then write the file. */
function ReportExport({ t, wiring }: { t: Messages; wiring: ExportWiring }) {
  const actions = useMemo(() => createExportActions(wiring), [wiring]);
  return <ExportControls t={t} actions={actions} />;
}

/** A bounce page's list with its export, file drop and page watcher. */
function BouncePage({ wiring, ...list }: Omit<BounceListProps, 'exportActions'> & { wiring?: ExportWiring }) {
  const actions = useMemo(() => wiring && createExportActions(wiring), [wiring]);
  return <BounceList {...list} exportActions={actions} />;
}

/** What the second stage registers (lib/platform/panel-tools.ts registerPanelTools). */
export const PANEL_TOOLS = { ReportExport, BouncePage, CampaignRestartPlan };
export type PanelTools = typeof PANEL_TOOLS;
