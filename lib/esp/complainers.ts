// The addresses on Mailchimp's abuse-report list (esp-pages.md "Mailchimp"; fixture
// tests/fixtures/esp/mailchimp/abuse.html), offered for suppression (knowledge.md §3: whoever
// complained is never mailed again). Uses the adapter's own table reading.
import { readRecipientEmails } from './mailchimp';

/** The complainers listed on an abuse page, in page order, without duplicates. */
export function readComplainers(doc: Document, url: string): string[] {
  return readRecipientEmails(doc, url);
}
