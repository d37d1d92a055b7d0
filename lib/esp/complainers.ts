// The addresses on Mailchimp's abuse-report list (esp-pages.md "Mailchimp"; fixture
// tests/fixtures/esp/mailchimp/abuse.html), offered for suppression (knowledge.md §3: whoever
// complained is never mailed again). Uses the adapter's own table selectors.
import { SELECTORS } from './mailchimp';
import { looksLikeEmail, readTable } from './table';

/** The complainers listed on an abuse page, in page order, without duplicates. */
export function readComplainers(doc: Document): string[] {
  const table = readTable(doc, SELECTORS.abuseTable);
  const emails = (table?.rows ?? []).map((r) => (r.cells.email ?? '').trim()).filter(looksLikeEmail);
  return [...new Set(emails)];
}
