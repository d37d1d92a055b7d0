// The page the panel sits on runs its own scripts, and they can reach the panel: it is mounted in
// an open shadow root of the ESP's document. They can type into it and press its buttons with
// element.click(), dispatchEvent() or form.requestSubmit(). Nothing the panel does on the
// user's behalf — a DNS check, storing the sender domain, gathering bounce reasons, an export —
// may start that way (issue 15 §5). Only input the browser itself generated counts: `isTrusted`
// is set by the browser and cannot be forged (DOM §2.2, [LegacyUnforgeable]).
//
// A submit event never counts: requestSubmit() makes the browser fire a trusted one (HTML
// §4.10.21.3), and transient user activation does not tell the two apart either (any click on
// the ESP's page in the last seconds grants it). A form therefore acts on the trusted click of
// its button or the trusted Enter in its field, and only prevents the submit itself.

/** Did the user, not a page script, cause this event? Always false for `submit`. */
export function isUserAction(event: Event): boolean {
  return event.isTrusted === true && event.type !== 'submit';
}

/** Is this the user pressing Enter (the key that submits a one-field form)? */
export function isUserEnter(event: KeyboardEvent): boolean {
  return isUserAction(event) && event.key === 'Enter' && !event.isComposing;
}
