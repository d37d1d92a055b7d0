// Which TXT record is an SPF record (RFC 7208 §4.5): "v=spf1" followed by a space or the end.

/** Is this TXT text an SPF record? RFC 7208 §4.5: "v=spf1" then SP or end, case-insensitive. */
export function isSpfRecord(text: string): boolean {
  return /^v=spf1( |$)/i.test(text);
}
