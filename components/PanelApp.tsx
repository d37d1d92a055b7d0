// The panel over an ESP page, whatever the page: a report overview, its abuse list, a bounce
// list, or a page that could not be read — each with a verdict (issue 13 §3). State lives here;
// everything that touches the browser comes in as an action from the content script
// (house-style.md: components take no browser APIs).
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { BouncedAddress, CampaignReport, EspNote } from '../lib/esp/types';
import type { FigureSource } from '../lib/esp/merge';
import { FigureSources } from './FigureSources';
import type { GatherProgress } from '../lib/esp/bounce-reason';
import { diagnose, type Diagnosis } from '../lib/diagnosis';
import type { Lang, Messages } from '../lib/i18n';
import type { CheckDomainResponse } from '../lib/platform/messages';
import type { EspId } from '../lib/auth/types';
import { PanelFrame, type Position } from './PanelFrame';
import type { HistoryEntry } from '../lib/history/entries';
import { resolveThresholds, type Thresholds } from '../lib/diagnosis/thresholds';
import { ReportBody, type DnsState } from './ReportBody';
import { DiagnosisHeadline, NextSteps } from './DiagnosisParts';
import { Later, ToolsContext } from './Later';
import { Unreadable } from './Unreadable';
import type { ExportWiring } from '../lib/platform/bounce-export-actions';
import type { ToolsSource } from '../lib/platform/panel-tools';

export type PageData =
  | {
      kind: 'report';
      report: CampaignReport;
      notes?: EspNote[];
      view?: 'overview' | 'abuse';
      complainers?: string[];
      sources?: Record<string, FigureSource>;
      unsettled?: boolean;
      now?: number;
    }
  /** `readOn`: the page's signature when the rows were read (the page watcher starts from them while it holds). */
  | { kind: 'bounces'; items: BouncedAddress[]; readOn?: string }
  | { kind: 'unreadable'; detail?: string };

export interface PanelActions {
  checkDomain(domain: string): Promise<CheckDomainResponse>;
  rememberDomain(domain: string): void;
  gatherReasons?(
    items: BouncedAddress[],
    onProgress: (p: GatherProgress) => void,
    signal: AbortSignal,
  ): Promise<{ items: BouncedAddress[]; progress: GatherProgress; cancelled: boolean }>;
  copyStructure(): Promise<boolean>;
  /** Teach mode (issue 18): show the extension where the figures are. */
  teach?(): void;
  onDiagnosed?(d: Diagnosis): void;
  /** What the export needs from the page; the export runs in the panel's second stage. */
  exportWiring?: ExportWiring;
  openWhy?(id: string): void;
  saveLayout?(layout: { sections: Record<string, boolean>; position?: Position }): void;
  /** Remembers the collapsed state (for every page). */
  saveCollapsed?(collapsed: boolean): void;
  /** The close button: hide the panel for this campaign (remembered by the caller). */
  close(): void;
}

export interface PanelAppProps {
  t: Messages;
  lang: Lang;
  position: Position;
  /** Remembered open/closed state of the sections. */
  sections: Record<string, boolean>;
  /** Remembered collapsed state of the whole panel. */
  collapsed?: boolean;
  /** The account's earlier campaigns (figures only), this one included when it has an id. */
  history: HistoryEntry[];
  /** The user's thresholds over the article's (options page). */
  thresholds?: Partial<Thresholds>;
  page: PageData;
  esp?: EspId;
  domain: { remembered?: string; hint?: string };
  actions: PanelActions;
  /** Where the panel's second stage comes from (lib/platform/panel-tools.ts). */
  tools?: ToolsSource;
}

export function PanelApp({
  t,
  lang,
  position,
  sections: initialSections,
  collapsed,
  history,
  thresholds,
  page,
  domain,
  actions,
  tools,
}: PanelAppProps) {
  const [sections, setSections] = useState(initialSections);
  const [pos, setPos] = useState(position);
  const [dns, setDns] = useState<DnsState>({ kind: 'idle' });
  const overview = page.kind === 'report' && page.view !== 'abuse';
  // Only the overview needs DNS; the other pages of the account never ask for the domain again.
  const [askDomain, setAskDomain] = useState(overview && !domain.remembered);
  const [items, setItems] = useState(page.kind === 'bounces' ? page.items : []);
  const th = useMemo(() => resolveThresholds(thresholds), [thresholds]);

  const check = async (d: string) => {
    setAskDomain(false);
    setDns({ kind: 'checking', domain: d });
    const res = await actions.checkDomain(d);
    setDns(res.ok ? { kind: 'done', check: res.check } : { kind: 'error', domain: d, error: res.error });
  };
  useEffect(() => {
    if (overview && domain.remembered) void check(domain.remembered);
  }, []);

  const diagnosis = useMemo(() => {
    const base = { history, lang, thresholds };
    if (page.kind === 'report')
      return diagnose({
        ...base,
        report: page.report,
        page: page.view ?? 'overview',
        domain: dns.kind === 'done' ? dns.check : undefined,
        dnsError: dns.kind === 'error' ? dns.error : undefined,
      });
    if (page.kind === 'bounces')
      return diagnose({ ...base, report: { provider: 'manual' }, page: 'bounces', bounces: items });
    return undefined;
  }, [page, dns, lang, history, thresholds, items]);
  useEffect(() => {
    if (diagnosis) actions.onDiagnosed?.(diagnosis);
  }, [diagnosis]);

  return (
    <ToolsContext.Provider value={tools}>
      <PanelFrame
        t={t}
        position={pos}
        collapsed={collapsed}
        onCollapsed={actions.saveCollapsed}
        onClose={actions.close}
        onMoved={(p) => {
          setPos(p);
          actions.saveLayout?.({ sections, position: p });
        }}
      >
        {page.kind === 'report' && diagnosis && (
          <ReportBody
            t={t}
            lang={lang}
            report={page.report}
            notes={page.notes}
            view={page.view}
            complainers={page.complainers}
            diagnosis={diagnosis}
            dns={dns}
            askDomain={askDomain}
            domainPrefill={domain.remembered ?? domain.hint}
            onDomain={(d) => {
              actions.rememberDomain(d);
              void check(d);
            }}
            onAskDomain={() => setAskDomain(true)}
            exportWiring={actions.exportWiring}
            history={history}
            sections={sections}
            onToggle={(id, open) => {
              if (sections[id] === open) return;
              const next = { ...sections, [id]: open };
              setSections(next);
              actions.saveLayout?.({ sections: next, position: pos });
            }}
            onWhy={actions.openWhy}
            thresholds={th}
          />
        )}
        {page.kind === 'report' && page.sources && (
          <FigureSources lang={lang} sources={page.sources} now={page.now ?? 0} unsettled={page.unsettled} />
        )}
        {page.kind === 'bounces' && diagnosis && (
          <>
            <DiagnosisHeadline t={t} diagnosis={diagnosis} page="bounces" />
            <NextSteps diagnosis={diagnosis} />
            <Later
              t={t}
              tool="BouncePage"
              props={{
                t,
                items,
                onItems: setItems,
                wiring: actions.exportWiring,
                gather: actions.gatherReasons
                  ? (onProgress, signal) => actions.gatherReasons!(items, onProgress, signal)
                  : undefined,
              }}
            />
          </>
        )}
        {page.kind === 'unreadable' && (
          <Unreadable
            t={t}
            detail={page.detail}
            onCopyStructure={actions.copyStructure}
            lang={lang}
            onTeach={actions.teach}
          />
        )}
      </PanelFrame>
    </ToolsContext.Provider>
  );
}
