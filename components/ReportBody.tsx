// The overview of a campaign in the panel, read in ten seconds (issue 13 §10): the headline and
// likely cause, the figures that decide it, the next steps — then, collapsed behind one-line
// summaries, the DNS details, the evidence, the account's trend and the clean-up list. Other
// parts insert themselves as one line each in the marked places. Page text is rendered as text.
import type { CampaignReport, EspNote } from '../lib/esp/types';
import type { Diagnosis } from '../lib/diagnosis';
import type { HistoryEntry } from '../lib/history/entries';
import { formatPercent, type Lang, type Messages } from '../lib/i18n';
import { bounceBand, type Thresholds } from '../lib/diagnosis/thresholds';
import { bandWords } from '../lib/diagnosis/bounce-band-words';
import { bounceRateOf, clickRateOf, openRateOf } from '../lib/diagnosis/rates';
import type { DomainCheck } from '../lib/auth/types';
import { AuthRows } from './AuthRows';
import { DomainForm } from './DomainForm';
import { DiagnosisHeadline, FindingsList, NextSteps, SuppressList, evidenceLine } from './DiagnosisParts';
import type { ExportWiring } from '../lib/platform/bounce-export-actions';
import { Later } from './Later';
import { Section } from './Section';
import { TrendChart } from './TrendChart';
import { MessageVerdict } from './MessageVerdict';
import { EspNotes } from './EspNotes';
import { planFromCampaign } from '../lib/audit/campaign-plan';

export type DnsState =
  | { kind: 'idle' }
  | { kind: 'checking'; domain: string }
  | { kind: 'done'; check: DomainCheck }
  | { kind: 'error'; domain: string; error: string };

export interface ReportBodyProps {
  t: Messages;
  lang: Lang;
  report: CampaignReport;
  notes?: EspNote[];
  diagnosis: Diagnosis;
  dns: DnsState;
  askDomain: boolean;
  domainPrefill?: string;
  history: HistoryEntry[];
  sections: Record<string, boolean>;
  onToggle(id: string, open: boolean): void;
  onDomain(domain: string): void;
  onAskDomain(): void;
  onWhy?(id: string): void;
  /** What the export needs from the page (the export itself is in the panel's second stage). */
  exportWiring?: ExportWiring;
  thresholds: Thresholds;
  /** Which page the report comes from (the abuse list shows only complaints). */
  view?: 'overview' | 'abuse';
  /** The abuse list's complainers, offered for suppression. */
  complainers?: string[];
}

/** A number with its sign, never split over two lines. */
const Num = ({ children }: { children: string }) => <strong class="dl-num">{children}</strong>;

export function ReportBody(props: ReportBodyProps) {
  const { t, lang, report, diagnosis, sections, thresholds } = props;
  const rate = bounceRateOf(report);
  const band = rate !== undefined ? bounceBand(rate, thresholds) : undefined;
  const open = openRateOf(report);
  const click = clickRateOf(report);
  // The restart plan (issue 13 §11) is long: behind a one-line summary like DNS and the evidence,
  // so the headline, cause, figures and steps still fit one screen (tests/e2e/panel-layout.spec.ts).
  const plan =
    diagnosis.primaryCause === 'list-quality' || diagnosis.primaryCause === 'volume'
      ? planFromCampaign(report)
      : undefined;
  // Open by default: only the steps. A toggle that matches the current state (the browser's
  // initial "toggle" event) is not a change to remember.
  const isOpen = (id: string, dflt = id === 'steps') => sections[id] ?? dflt;
  const onToggle = (id: string, open: boolean) => open !== isOpen(id) && props.onToggle(id, open);
  return (
    <>
      <DiagnosisHeadline t={t} diagnosis={diagnosis} page={props.view ?? 'overview'} />
      <div class="dl-figures">
        {rate !== undefined && band && (
          <p class={`dl-metric dl-band-${band}`} data-testid="dl-bounce" data-band={band}>
            {t.panel.bounceRate}: <Num>{formatPercent(rate, lang)}</Num> — {bandWords(rate, t, lang, thresholds)}
          </p>
        )}
        {open !== undefined && (
          <p class="dl-metric" data-testid="dl-open">
            {t.panel.openRate}: <Num>{formatPercent(open, lang)}</Num> (
            {t.panel.benchmark(formatPercent(thresholds.openBenchmark, lang))})
          </p>
        )}
        {click !== undefined && (
          <p class="dl-metric" data-testid="dl-click">
            {t.panel.clickRate}: <Num>{formatPercent(click, lang)}</Num> (
            {t.panel.benchmark(formatPercent(thresholds.clickBenchmark, lang))})
          </p>
        )}
      </div>
      <EspNotes lang={lang} notes={props.notes} />
      {props.askDomain && <DomainForm t={t} prefill={props.domainPrefill} onSubmit={props.onDomain} />}
      {props.complainers && <SuppressList t={t} emails={props.complainers} copy={props.exportWiring?.copyText} />}
      <Section id="steps" title={t.sections.steps} open={isOpen('steps')} onToggle={onToggle}>
        <NextSteps diagnosis={diagnosis} />
      </Section>
      {!props.askDomain && props.dns.kind !== 'idle' && (
        <Section
          id="dns"
          title={t.sections.dns}
          summary={dnsSummary(t, props.dns)}
          open={isOpen('dns')}
          onToggle={onToggle}
        >
          <DnsSection {...props} />
        </Section>
      )}
      {props.dns.kind === 'done' && <MessageVerdict lang={lang} domain={props.dns.check.domain} />}
      <Section
        id="findings"
        title={t.sections.findings}
        summary={evidenceLine(t, diagnosis)}
        open={isOpen('findings')}
        onToggle={onToggle}
      >
        <FindingsList t={t} diagnosis={diagnosis} onWhy={props.onWhy} />
      </Section>
      {plan && (
        <Section
          id="plan"
          title={t.restart.title}
          summary={t.restart.sends(plan.sends)}
          open={isOpen('plan')}
          onToggle={onToggle}
          lazy
        >
          <Later t={t} tool="CampaignRestartPlan" props={{ lang, report, diagnosis }} />
        </Section>
      )}
      {props.history.length >= 2 && (
        <Section id="trend" title={t.sections.trend} open={isOpen('trend')} onToggle={onToggle}>
          <TrendChart t={t} lang={lang} entries={props.history} />
        </Section>
      )}
      {props.exportWiring?.canCollect && (report.bounces?.total ?? 0) > 0 && (
        <Section id="export" title={t.sections.export} open={isOpen('export')} onToggle={onToggle} lazy>
          <Later t={t} tool="ReportExport" props={{ t, wiring: props.exportWiring }} />
        </Section>
      )}
    </>
  );
}

/** "atelier-example.be — SPF OK · DKIM OK · DMARC OK", or the check's state. */
function dnsSummary(t: Messages, dns: DnsState): string {
  if (dns.kind === 'idle') return '';
  if (dns.kind === 'checking') return `${dns.domain} — ${t.panel.checking}`;
  if (dns.kind === 'error') return `${dns.domain} — ${t.panel.couldntCheck}`;
  const areas = ['spf', 'dkim', 'dmarc'] as const;
  return `${dns.check.domain} — ${areas.map((a) => `${t.panel.area[a]} ${t.panel.status[dns.check[a].status]}`).join(' · ')}`;
}

function DnsSection({ t, dns, onAskDomain, onWhy }: ReportBodyProps) {
  if (dns.kind === 'idle') return null;
  const domain = dns.kind === 'done' ? dns.check.domain : dns.domain;
  return (
    <div class="dl-dns" data-testid="dl-dns">
      <p>
        {t.panel.dns} <strong data-testid="dl-domain">{domain}</strong>{' '}
        <button type="button" class="dl-link" onClick={onAskDomain}>
          {t.panel.change}
        </button>
      </p>
      {dns.kind === 'checking' && <p class="dl-muted">{t.panel.checking}</p>}
      {dns.kind === 'error' && (
        <p class="dl-row dl-unknown" data-testid="dl-dns-error">
          {t.panel.couldntCheck}: {dns.error}
        </p>
      )}
      {dns.kind === 'done' && <AuthRows check={dns.check} t={t} onWhy={onWhy} />}
    </div>
  );
}
