// The audit as text for a terminal, in the chosen language (words from lib/i18n/audit.ts).
import type { AuditSummary } from '../audit/audit';
import type { RestartPlan } from '../audit/plan';
import { MAILBOX_PROVIDERS } from '../hygiene/mailbox-provider';
import { auditTexts } from '../i18n/audit';
import type { Lang } from '../i18n';

const SEVERITY_MARK = { critical: '✗', warning: '!', info: '·', ok: '✓' } as const;

/** Summary, findings, provider mix and plan as lines of text. */
export function renderAuditHuman(
  s: AuditSummary,
  plan: RestartPlan,
  lang: Lang,
  out?: { dir: string; files: string[] },
): string {
  const t = auditTexts(lang);
  const L: string[] = [];
  L.push(t.title, '');
  L.push(
    `${t.rows}: ${t.n(s.rows)}   ${t.distinct}: ${t.n(s.distinct)}   ${t.kept}: ${t.n(s.kept)}   ${t.removedCount}: ${t.n(s.removed)}`,
  );
  L.push(
    t.hardBounce(s.expectedHardBounce.share, s.expectedHardBounce.count, s.distinct, s.expectedHardBounce.scale),
    '',
  );
  for (const f of s.findings) L.push(`${SEVERITY_MARK[f.severity]} ${t.finding(f)}`);
  L.push('', `${t.providers}:`);
  const mix = MAILBOX_PROVIDERS.filter((p) => s.providers[p] > 0).sort((a, b) => s.providers[b] - s.providers[a]);
  for (const p of mix)
    L.push(
      `  ${t.provider(p).padEnd(38)} ${t.n(s.providers[p]).padStart(9)}  ${t.pct(s.kept ? s.providers[p] / s.kept : 0).padStart(7)}`,
    );
  L.push('', `${t.plan}: ${t.sends(plan.sends)}`);
  if (plan.reconfirm.count) L.push(`  ${t.reconfirm(plan.reconfirm.count)}`);
  for (const st of plan.steps) {
    const joins = st.joins.map((j) => `${t.segment(j.segment)} (${t.n(j.count)})`).join('; ');
    L.push(
      `  ${t.send} ${st.n}, ${t.day(st.day)}: ${t.step(st.added, st.volume)}${st.growth === undefined ? '' : ` (${t.growth(st.growth)})`} — ${joins}`,
    );
    for (const c of st.caps) L.push(`      ${t.cap(c.provider, c.max, c.planned)}`);
  }
  if (!plan.capsBind) L.push(`  ${t.noCaps}`);
  if (plan.notMailed.count) L.push(`  ${t.notMailed(plan.notMailed.count)}`);
  L.push('', `${t.stopRules}:`);
  for (const r of plan.stopRules) L.push(`  - ${t.stopRule(r)} (${r.sources.map(t.source).join(', ')})`);
  if (out) L.push('', `${t.cli.written} ${out.dir}:`, ...out.files.map((f) => `  ${f}`));
  return `${L.join('\n')}\n`;
}
