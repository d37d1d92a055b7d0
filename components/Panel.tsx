// The overlay on a campaign report: headline, likely cause, bounce and open rates on the
// article's scales, and a row per DNS check. Props in, JSX out (house-style.md). Page text is
// only ever rendered as text (JSX escapes it), never as HTML.
import { useState } from 'preact/hooks';
import type { DomainCheck } from '../lib/auth/types';
import { AuthRows } from './AuthRows';
import type { CampaignReport } from '../lib/esp/types';
import type { Diagnosis } from '../lib/diagnosis';
import { formatPercent, type Messages, type Lang } from '../lib/i18n';
import { DEFAULT_THRESHOLDS, bounceBand } from '../lib/diagnosis/thresholds';
import { bounceRateOf } from '../lib/diagnosis/rules/bounce-rate';
import { DomainForm } from './DomainForm';

export type DnsState = { kind: 'idle' } | { kind: 'checking'; domain: string } | { kind: 'done'; check: DomainCheck } | { kind: 'error'; domain: string; error: string };

export interface PanelProps {
  t: Messages;
  lang: Lang;
  report?: CampaignReport;
  /** Set when the page could not be read: what went wrong, in plain words. */
  unreadable?: string;
  diagnosis?: Diagnosis;
  dns: DnsState;
  /** The domain to prefill when asking; `askDomain` shows the form. */
  domainPrefill?: string;
  askDomain: boolean;
  onDomain(domain: string): void;
  onAskDomain(): void;
  onClose(): void;
  /** Distance from the top of the window, chosen to leave the ESP's controls free. */
  top?: number;
}

/** The panel shown over a report page. */
export function Panel(props: PanelProps) {
  const { t, lang, report, diagnosis, dns } = props;
  const [collapsed, setCollapsed] = useState(false);
  const rate = report ? bounceRateOf(report) : undefined;
  const band = rate !== undefined ? bounceBand(rate) : undefined;
  const open = report?.opens?.rate;
  return (
    <section class="dl-panel" aria-label={t.panel.title} data-testid="dl-panel" style={props.top !== undefined ? { top: `${props.top}px` } : undefined}>
      <header class="dl-head">
        <span class="dl-title">{t.panel.title}</span>
        <button type="button" class="dl-btn" aria-expanded={!collapsed} onClick={() => setCollapsed(!collapsed)} title={collapsed ? t.panel.expand : t.panel.collapse}>
          {collapsed ? '▸' : '▾'}
        </button>
        <button type="button" class="dl-btn" onClick={props.onClose} title={t.panel.close} aria-label={t.panel.close} data-testid="dl-close">
          ×
        </button>
      </header>
      {!collapsed && (
        <div class="dl-body">
          {props.unreadable && <p class="dl-headline" data-testid="dl-unreadable">{t.panel.notRecognised} {props.unreadable}</p>}
          {diagnosis && (
            <>
              <p class="dl-headline" data-testid="dl-headline">{diagnosis.headline}</p>
              <p class="dl-cause" data-testid="dl-cause" data-cause={diagnosis.primaryCause}>
                {t.panel.likelyCause}: <strong>{t.cause[diagnosis.primaryCause]}</strong>
              </p>
            </>
          )}
          {rate !== undefined && band && (
            <p class={`dl-metric dl-band-${band}`} data-testid="dl-bounce" data-band={band}>
              {t.panel.bounceRate}: <strong>{formatPercent(rate, lang)}</strong> — {t.band[band]}
            </p>
          )}
          {open !== undefined && (
            <p class="dl-metric" data-testid="dl-open">
              {t.panel.openRate}: <strong>{formatPercent(open, lang)}</strong> ({t.panel.benchmark(formatPercent(DEFAULT_THRESHOLDS.openBenchmark, lang))})
            </p>
          )}
          {props.askDomain ? (
            <DomainForm t={t} prefill={props.domainPrefill} onSubmit={props.onDomain} />
          ) : (
            <DnsSection {...props} />
          )}
          {diagnosis && (
            <ul class="dl-findings" data-testid="dl-findings">
              {diagnosis.findings.filter((f) => f.severity !== 'ok' && f.advice).map((f) => (
                <li key={f.id} class={`dl-finding dl-sev-${f.severity}`} data-finding={f.id}>
                  <div>{f.evidence}</div>
                  <div class="dl-advice">{f.advice}</div>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

function DnsSection({ t, dns, onAskDomain }: PanelProps) {
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
      {dns.kind === 'done' && (
        <AuthRows check={dns.check} t={t} />
      )}
    </div>
  );
}
