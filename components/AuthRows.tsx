// The DNS verdict as rows (panel and popup): one per area, each with its one-line summary and
// expandable detail — the SPF tree with the cost of each term, the DKIM keys and the selector
// that found them, the DMARC record. Status is told by symbol and word, not colour alone.
import type { AreaResult, AreaStatus, DomainCheck } from '../lib/auth/types';
import type { SpfAuditNode } from '../lib/auth/spf-audit';
import type { Messages } from '../lib/i18n';

const MARK: Record<AreaStatus, string> = { pass: '✓', warn: '!', fail: '✗', unknown: '?' };

function Row({ id, label, area, t, onWhy, children }: { id: string; label: string; area: AreaResult; t: Messages; onWhy?(id: string): void; children?: preact.ComponentChildren }) {
  return (
    <li class={`dl-row dl-${area.status}`} data-testid={`dl-dns-${id}`} data-status={area.status}>
      <details>
        <summary>
          <span class="dl-mark" aria-hidden="true">{MARK[area.status]}</span>
          <strong>{label}</strong> <span class="dl-status">{t.panel.status[area.status]}</span>
          <div class="dl-detail">
            {area.summary}
            {area.error ? ` (${area.error})` : ''}{' '}
          </div>
        </summary>
        {area.findings.length > 0 && (
          <ul class="dl-sub">
            {area.findings.map((f, i) => (
              <li key={i} class={`dl-f-${f.severity}`} data-finding={f.id}>{f.message}</li>
            ))}
          </ul>
        )}
        {children}
      </details>
      {/* Outside <summary>: a button inside one is nested-interactive (axe, issue 15 §6). */}
      {onWhy && <button type="button" class="dl-link dl-why" aria-label={t.panel.whyAbout(label)} onClick={() => onWhy(id)}>{t.panel.why}</button>}
    </li>
  );
}

/** The include/redirect tree with each term's lookup cost and the running total. */
export function SpfTree({ node, t }: { node: SpfAuditNode; t: Messages }) {
  if (!node.record) return <p class="dl-muted">{node.domain}: {node.state === 'ok' ? '' : node.error ?? t.auth.noRecord}</p>;
  return (
    <ul class="dl-tree" data-testid={`dl-spf-node-${node.domain}`}>
      {node.terms.map((term, i) => (
        <li key={i} class={term.overLimit ? 'dl-over' : undefined}>
          <code>{term.text}</code>{' '}
          <span class="dl-muted">
            {term.cost > 0 ? t.auth.termCost(term.cost, term.total) : t.auth.termFree}
            {term.void ? ` · ${t.auth.void}` : ''}
            {term.dependsOnSender ? ` · ${t.auth.dependsOnSender}` : ''}
            {term.overLimit ? ` · ${t.auth.overLimit}` : ''}
          </span>
          {term.child && <SpfTree node={term.child} t={t} />}
        </li>
      ))}
    </ul>
  );
}

/** Rows for the authentication areas; `extras` adds MX, BIMI, MTA-STS, TLS-RPT, DNSSEC, block lists. */
export function AuthRows({ check, t, extras = false, onWhy }: { check: DomainCheck; t: Messages; extras?: boolean; onWhy?(id: string): void }) {
  const w = { t, onWhy };
  return (
    <ul class="dl-rows">
      <Row id="spf" label="SPF" area={check.spf} {...w}>
        {check.spf.record && <p><code class="dl-record">{check.spf.record}</code></p>}
        <p class="dl-muted">{t.auth.spfTotal(check.spf.totalLookups)}</p>
        <SpfTree node={check.spf.root} t={t} />
      </Row>
      <Row id="dkim" label="DKIM" area={check.dkim} {...w}>
        <ul class="dl-sub" data-testid="dl-dkim-keys">
          {check.dkim.keys.map((k) => (
            <li key={k.selector}>
              <code>{k.selector}._domainkey</code>
              {k.via.length ? ` → ${k.via.join(' → ')}` : ''} · {k.keyType?.toUpperCase()} {k.keyBits ? `${k.keyBits} bit` : ''} · {t.auth.keyStatus[k.status]}
            </li>
          ))}
        </ul>
        <p class="dl-muted">{t.auth.probed(check.dkim.probed.join(', '))}</p>
      </Row>
      <Row id="dmarc" label="DMARC" area={check.dmarc} {...w}>
        {check.dmarc.record && <p><code class="dl-record">{check.dmarc.record}</code></p>}
      </Row>
      <Row id="alignment" label={t.auth.alignment} area={check.alignment} {...w}>
        <ul class="dl-sub">
          {check.alignment.paths.map((p) => (
            <li key={p.via}>{p.via.toUpperCase()}: {p.note}</li>
          ))}
        </ul>
      </Row>
      {extras && (
        <>
          <Row id="mx" label="MX" area={check.mx} {...w} />
          <Row id="bimi" label="BIMI" area={check.bimi} {...w} />
          <Row id="mta-sts" label="MTA-STS" area={check.mtaSts} {...w} />
          <Row id="tls-rpt" label="TLS-RPT" area={check.tlsRpt} {...w} />
          <Row id="dnssec" label="DNSSEC" area={check.dnssec} {...w} />
          <Row id="blocklists" label={t.auth.blocklists} area={check.blocklists} {...w} />
        </>
      )}
    </ul>
  );
}
