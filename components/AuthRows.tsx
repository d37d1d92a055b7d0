// The DNS verdict as rows (panel and popup): one per area, each with its one-line summary and
// expandable detail — the SPF tree with the cost of each term, the DKIM keys and the selector
// that found them, the DMARC record. Status is told by symbol and word, not colour alone.
import type { AreaResult, AreaStatus, DomainCheck } from '../lib/auth/types';
import type { SpfAuditNode } from '../lib/auth/spf-audit';
import type { Messages } from '../lib/i18n';
import { authTexts, langOfMessages, sayAuth, sayProblem } from '../lib/i18n/auth';
import { endpointLabel } from '../lib/dns/endpoints';

const MARK: Record<AreaStatus, string> = { pass: '✓', warn: '!', fail: '✗', unknown: '?' };

/** A row whose area is not known yet (progressive results): said as "checking", never as a verdict. */
function Pending({ id, label, t, lang }: { id: string; label: string; t: Messages; lang: string }) {
  return (
    <li class="dl-row dl-pending" data-testid={`dl-dns-${id}`} data-status="pending" aria-busy="true">
      <span class="dl-mark" aria-hidden="true">
        …
      </span>{' '}
      <strong>{label}</strong> <span class="dl-status">{authTexts(lang).checkingArea}</span>
    </li>
  );
}

function Row({
  id,
  label,
  area,
  t,
  lang,
  onWhy,
  children,
}: {
  id: string;
  label: string;
  area: AreaResult | undefined;
  t: Messages;
  lang: string;
  onWhy?(id: string): void;
  children?: preact.ComponentChildren;
}) {
  if (!area) return <Pending id={id} label={label} t={t} lang={lang} />;
  return (
    <li class={`dl-row dl-${area.status}`} data-testid={`dl-dns-${id}`} data-status={area.status}>
      <details>
        <summary>
          <span class="dl-mark" aria-hidden="true">
            {MARK[area.status]}
          </span>
          <strong>{label}</strong> <span class="dl-status">{t.panel.status[area.status]}</span>
          <div class="dl-detail">
            {sayAuth(lang, area.summary)}
            {area.error ? ` (${sayProblem(lang, area.error)})` : ''}{' '}
          </div>
        </summary>
        {area.findings.length > 0 && (
          <ul class="dl-sub">
            {area.findings.map((f, i) => (
              <li key={i} class={`dl-f-${f.severity}`} data-finding={f.id}>
                {sayAuth(lang, f)}
              </li>
            ))}
          </ul>
        )}
        {children}
      </details>
      {/* Outside <summary>: a button inside one is nested-interactive (axe, issue 15 §6). */}
      {onWhy && (
        <button type="button" class="dl-link dl-why" aria-label={t.panel.whyAbout(label)} onClick={() => onWhy(id)}>
          {t.panel.why}
        </button>
      )}
    </li>
  );
}

/** The include/redirect tree with each term's lookup cost and the running total. */
export function SpfTree({ node, t, lang = langOfMessages(t) }: { node: SpfAuditNode; t: Messages; lang?: string }) {
  if (!node.record)
    return (
      <p class="dl-muted">
        {node.domain}:{' '}
        {node.state === 'ok' ? '' : node.problem ? sayProblem(lang, node.problem) : (node.error ?? t.auth.noRecord)}
      </p>
    );
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
          {term.child && <SpfTree node={term.child} t={t} lang={lang} />}
        </li>
      ))}
    </ul>
  );
}

/** "answered by X after Y failed": which endpoint answered, when another one did not. */
function Endpoints({ check, lang }: { check: Partial<DomainCheck>; lang: string }) {
  const failed = new Set<string>();
  for (const a of [check.spf, check.dkim, check.dmarc, check.mx]) if (a?.error?.endpoint) failed.add(a.error.endpoint);
  for (const e of check.resolvers?.failed ?? []) failed.add(e);
  const answered = check.resolvers?.answered ?? [];
  if (failed.size === 0) return null;
  return (
    <li class="dl-row dl-muted" data-testid="dl-dns-endpoints">
      {answered.length
        ? authTexts(lang).answeredBy(answered.map(endpointLabel).join(', '), [...failed])
        : [...failed].join(', ')}
    </li>
  );
}

/**
 * Rows for the authentication areas; `extras` adds MX, BIMI, MTA-STS, TLS-RPT, DNSSEC, block lists.
 * `check` may be partial while a check streams in: a missing area shows as "checking".
 */
export function AuthRows({
  check,
  t,
  lang = langOfMessages(t),
  extras = false,
  onWhy,
}: {
  check: Partial<DomainCheck>;
  t: Messages;
  lang?: string;
  extras?: boolean;
  onWhy?(id: string): void;
}) {
  const w = { t, lang, onWhy };
  const said = authTexts(lang);
  return (
    <ul class="dl-rows">
      <Row id="spf" label="SPF" area={check.spf} {...w}>
        {check.spf?.record && (
          <p>
            <code class="dl-record">{check.spf.record}</code>
          </p>
        )}
        {check.spf && <p class="dl-muted">{t.auth.spfTotal(check.spf.totalLookups)}</p>}
        {check.spf && <SpfTree node={check.spf.root} t={t} lang={lang} />}
      </Row>
      <Row id="dkim" label="DKIM" area={check.dkim} {...w}>
        <ul class="dl-sub" data-testid="dl-dkim-selectors">
          {check.dkim?.selectors?.map((o) => {
            const k = check.dkim!.keys.find((x) => x.selector === o.selector);
            return (
              <li key={o.selector} data-selector={o.selector} data-outcome={o.outcome}>
                <code>{o.selector}._domainkey</code> · {said.selectorOutcome[o.outcome]}
                {o.required ? ` (${said.required})` : ''}
                {k
                  ? ` ${k.via.length ? `→ ${k.via.join(' → ')} ` : ''}· ${k.keyType?.toUpperCase() ?? ''} ${k.keyBits ? `${k.keyBits} bit` : ''} · ${t.auth.keyStatus[k.status]}`
                  : ''}
                {o.error ? ` (${sayProblem(lang, o.error)})` : ''}
              </li>
            );
          })}
        </ul>
        {check.dkim && <p class="dl-muted">{t.auth.probed(check.dkim.probed.join(', '))}</p>}
      </Row>
      <Row id="dmarc" label="DMARC" area={check.dmarc} {...w}>
        {check.dmarc?.record && (
          <p>
            <code class="dl-record">{check.dmarc.record}</code>
          </p>
        )}
      </Row>
      <Row id="alignment" label={t.auth.alignment} area={check.alignment} {...w}>
        <ul class="dl-sub">
          {check.alignment?.paths.map((p) => (
            <li key={p.via}>
              {p.via.toUpperCase()}: {sayAuth(lang, p.note)}
            </li>
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
      <Endpoints check={check} lang={lang} />
    </ul>
  );
}
