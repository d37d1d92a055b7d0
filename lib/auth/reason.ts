// Why a record or an input was refused, as data (issue 11 §1): a stable id and its params; the
// words live in lib/i18n/auth.ts (`reason`), so every consumer says it in the active language.

export interface Reason {
  /** Stable id, e.g. 'dmarc-bad-policy'. */
  id: string;
  /** `inner`: the Reason this one wraps (e.g. the macro error inside an SPF modifier). */
  params?: Record<string, string | number | Reason>;
}

export const reason = (id: string, params?: Reason['params']): Reason => (params ? { id, params } : { id });

/** Is this value a Reason (and not a plain string from older data)? */
export function isReason(x: unknown): x is Reason {
  return typeof x === 'object' && x !== null && typeof (x as Reason).id === 'string';
}
