// What the panel shows of a diagnosis, each sentence once (issue 13 §10): the headline and the
// steps are always shown; a finding's evidence is left out when the headline already says it,
// its advice when a step already says it (or another finding's advice did).
import type { Diagnosis, Finding } from './types';

export interface ShownFinding {
  finding: Finding;
  evidence?: string;
  advice?: string;
}

/** The findings worth showing (not the plain "ok" ones, never the failed parts), deduplicated. */
export function shownFindings(d: Diagnosis): ShownFinding[] {
  const said = new Set<string>([d.headline, ...d.steps]);
  const out: ShownFinding[] = [];
  for (const f of d.findings) {
    if (f.severity === 'ok' && f.id !== 'internal-error') continue;
    const evidence = f.evidence && !said.has(f.evidence) ? f.evidence : undefined;
    if (evidence) said.add(evidence);
    const advice = f.advice && !said.has(f.advice) ? f.advice : undefined;
    if (advice) said.add(advice);
    if (evidence || advice) out.push({ finding: f, evidence, advice });
  }
  return out;
}

/** Every sentence the panel would show for a diagnosis, in order (for the "said once" check). */
export function shownSentences(d: Diagnosis): string[] {
  const texts = [d.headline, ...shownFindings(d).flatMap((s) => [s.evidence, s.advice]), ...d.steps].filter(
    (x): x is string => !!x,
  );
  return texts
    .flatMap((t) => t.split(/(?<=[.!?])\s+(?=[A-Z0-9"“])/))
    .map((s) => s.trim())
    .filter(Boolean);
}
