// The diagnosis entry point (api-contract.md "Diagnosis").
import { runRules } from './engine';
import { RULES } from './rules';
import type { DiagnoseInput, Diagnosis } from './types';

export type { Cause, Diagnosis, Finding, DiagnoseInput, Severity } from './types';

/** Works out the likely cause of a campaign's deliverability trouble. */
export function diagnose(input: DiagnoseInput): Diagnosis {
  return runRules(RULES, input);
}
