// How much of a list a page shows (esp-pages.md "Recipient tables": 10 rows a page, paging by
// buttons, "Showing results 1 - 10 of N"). A list is complete only when every stated row was
// read, or the page shows no paging at all (api-contract.md `BounceList`).
import { textOf } from './dom';
import { readCount } from './numbers';
import type { BouncedAddress, BounceList } from './types';

export const PAGING = {
  // "Showing results 1 - 10 of 392" (seen, Mailchimp clone); the word before N in other UI
  // languages is a [guess]: van (nl), sur (fr), von (de), de (es).
  range:
    /(\d[\d.,\u00a0\u202f]*)\s*[-–]\s*(\d[\d.,\u00a0\u202f]*)\s+(?:of|van|sur|de|von|aus)\s+(\d[\d.,\u00a0\u202f]*\d|\d)(?!\d)/i,
  // Visually hidden "Go to next page" on the paging button (seen); translations [guess].
  next: /^(go to next page|next page|next|volgende pagina|ga naar de volgende pagina|volgende|page suivante|aller à la page suivante|suivant|nächste seite|zur nächsten seite|weiter|página siguiente|ir a la página siguiente|siguiente)$/i,
} as const;

/** The total a paging line states ("1 - 10 of 392" → 392): one regular-expression scan of the page text. */
export function statedTotal(root: ParentNode): number | undefined {
  const m = PAGING.range.exec(textOf((root as Document).body ?? (root as Node)));
  const total = m ? readCount(m[3]!.trim()) : undefined;
  return total && 'value' in total ? total.value : undefined;
}

/** Does the page offer a next page (a button or link named "next page")? */
export function hasPaging(root: ParentNode): boolean {
  // Buttons (seen) and labelled links; each paging control is small, so its text is cheap.
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const candidates = [
    ...Array.from(doc.getElementsByTagName('button')),
    ...Array.from(root.querySelectorAll('[role=button], a[aria-label], a[rel~=next]')),
  ];
  return candidates.some(
    (b) => PAGING.next.test((b.getAttribute('aria-label') ?? '').trim()) || PAGING.next.test(textOf(b)),
  );
}

/** The BounceList of the rows read from a page, with what the page states about the whole. */
export function bounceListOf(rows: BouncedAddress[], root: ParentNode): BounceList {
  const stated = statedTotal(root);
  const complete = stated !== undefined ? rows.length === stated : !hasPaging(root);
  return stated !== undefined ? { rows, stated, complete } : { rows, complete };
}
