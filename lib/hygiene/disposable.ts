// Disposable-mailbox domains (knowledge.md §7), from the maintained disposable-email-domains list.
// The list is ~150 KB, so no extension script bundles it: the build ships it as a data file that
// the background reads on the first export (lib/platform/disposable-list.ts), and the panel asks
// the background per distinct domain ('export-domain-facts', lib/platform/export-messages.ts).
// The command line, the list-audit page and the tests read it from the package here.
import { disposableEmailBlocklist } from 'disposable-email-domains-js';
import { disposableCheckOf } from './disposable-check';

let check: ((asciiDomain: string) => boolean) | undefined;

/** Whether a disposable list carries a domain (A-label form, lower case); the package's list. */
export function isDisposableDomain(asciiDomain: string): boolean {
  check ??= disposableCheckOf(disposableEmailBlocklist());
  return check(asciiDomain);
}
