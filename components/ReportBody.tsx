// The overview of a campaign in the panel: headline and likely cause, the bounce and open rates
// on the article's scales, then sections that remember whether they are open — DNS, evidence,
// next steps, the account's trend, the clean-up list. Page text is rendered as text only.
import type { CampaignReport } from '../lib/esp/types';
import type { Diagnosis } from '../lib/diagnosis';
import type { HistoryEntry } from '../lib/history/entries';
import { formatPercent, type Lang, type Messages } from '../lib/i18n';
import { bounceBand, type Thresholds } from '../lib/diagnosis/thresholds';
import { bounceRateOf, openRateOf } from '../lib/diagnosis/rates';
import type { DomainCheck } from '../lib/auth/types';
import { AuthRows } from './AuthRows';
import { DomainForm } from './DomainForm';
import { DiagnosisHeadline, FindingsList, NextSteps } from './DiagnosisParts';
import { ExportControls, type ExportActions } from './ExportControls';
import { Section } from './Section';
import { TrendChart } from './TrendChart';
import { MessageVerdict } from './MessageVerdict';
import { CampaignRestartPlan } from './CampaignRestartPlan';

export type DnsState = { kind: 'idle' } | { kind: 'checking'; domain: string } | { kind: 'done'; check: DomainCheck } | { kind: 'error'; domain: string; error: string };

export interface ReportBodyProps {
  t: Messages;
  lang: Lang;
  report: CampaignReport;
  notes?: string[];
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
  exportActions?: ExportActions;
  thresholds: Thresholds;
}

export function ReportBody(props: ReportBodyProps) {
  const { t, lang, report, diagnosis, sections, onToggle } = props;
  const rate = bounceRateOf(report);
  const band = rate !== undefined ? bounceBand(rate, props.thresholds) : undefined;
  const open = openRateOf(report);
  const isOpen = (id: string, dflt = true) => sections[id] ?? dflt;
  return (
    <>
      <DiagnosisHeadline t={t} diagnosis={diagnosis} />
      {rate !== undefined && band && (
        <p class={`dl-metric dl-band-${band}`} data-testid="dl-bounce" data-band={band}>
          {t.panel.bounceRate}: <strong>{formatPercent(rate, lang)}</strong> — {t.band[band]}
        </p>
      )}
      {open !== undefined && (
        <p class="dl-metric" data-testid="dl-open">
          {t.panel.openRate}: <strong>{formatPercent(open, lang)}</strong> ({t.panel.benchmark(formatPercent(props.thresholds.openBenchmark, lang))})
        </p>
      )}
      {props.notes && props.notes.length > 0 && <p class="dl-muted" data-testid="dl-notes">{t.panel.couldNotRead(props.notes.map((n) => n.replace(/^could not read /, '')).join(', '))}</p>}
      {props.askDomain ? (
        <DomainForm t={t} prefill={props.domainPrefill} onSubmit={props.onDomain} />
      ) : (
        props.dns.kind !== 'idle' && (
          <Section id="dns" title={t.sections.dns} open={isOpen('dns')} onToggle={onToggle}>
            <DnsSection {...props} />
          </Section>
        )
      )}
      {props.dns.kind === 'done' && <MessageVerdict lang={lang} domain={props.dns.check.domain} />}
      <Section id="findings" title={t.sections.findings} open={isOpen('findings')} onToggle={onToggle}>
        <FindingsList t={t} diagnosis={diagnosis} onWhy={props.onWhy} />
      </Section>
      <Section id="steps" title={t.sections.steps} open={isOpen('steps')} onToggle={onToggle}>
        <NextSteps diagnosis={diagnosis} />
      </Section>
      <CampaignRestartPlan lang={lang} report={report} diagnosis={diagnosis} />
      {props.history.length >= 2 && (
        <Section id="trend" title={t.sections.trend} open={isOpen('trend')} onToggle={onToggle}>
          <TrendChart t={t} lang={lang} entries={props.history} />
        </Section>
      )}
      {props.exportActions?.collect && (report.bounces?.total ?? 0) > 0 && (
        <Section id="export" title={t.sections.export} open={isOpen('export')} onToggle={onToggle}>
          <ExportControls t={t} actions={props.exportActions} />
        </Section>
      )}
    </>
  );
}

function DnsSection({ t, dns, onAskDomain, onWhy }: ReportBodyProps) {
  if (dns.kind === 'idle') return null;
  const domain = dns.kind === 'done' ? dns.check.domain : dns.domain;
  return (
    <div class="dl-dns" data-testid="dl-dns">
      <p>
        {t.panel.dns} <strong data-testid="dl-domain">{domain}</strong>{' '}
        <button type="button" class="dl-link" onClick={onAskDomain}>{t.panel.change}</button>
      </p>
      {dns.kind === 'checking' && <p class="dl-muted">{t.panel.checking}</p>}
      {dns.kind === 'error' && <p class="dl-row dl-unknown" data-testid="dl-dns-error">{t.panel.couldntCheck}: {dns.error}</p>}
      {dns.kind === 'done' && <AuthRows check={dns.check} t={t} onWhy={onWhy} />}
    </div>
  );
}
