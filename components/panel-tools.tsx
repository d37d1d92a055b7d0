// The panel's second stage (lib/platform/panel-tools.ts): what the report panel shows only when the
// user opens it, a bounce page's list, and the reader of taught layouts. Bundled as /esp-panel-tools.js
// (entrypoints/esp-panel-tools.tsx); the panel renders these through <Later> (components/Later.tsx).
import { useMemo } from 'preact/hooks';
import type { Messages } from '../lib/i18n';
import { createExportActions, type ExportWiring } from '../lib/platform/bounce-export-actions';
import { readTaughtReport } from '../lib/platform/teach-store';
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

/**
 * What the second stage registers (lib/platform/panel-tools.ts registerPanelTools); with the
 * components, teach mode's layout reader for a report page the adapter cannot read (issue 18).
 */
export const PANEL_TOOLS = { ReportExport, BouncePage, CampaignRestartPlan, readTaughtReport };
export type PanelTools = typeof PANEL_TOOLS;
/** The stage's components (what <Later> renders). */
export type PanelToolName = Exclude<keyof PanelTools, 'readTaughtReport'>;
