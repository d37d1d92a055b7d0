// Name checks that need no wire codec, so pure checks can use them without pulling it in.

/** Checks that a name can be put on the wire (RFC 1035 §2.3.4: labels ≤ 63, name ≤ 253). */
export function isWireName(name: string): boolean {
  const n = name.replace(/\.$/, '');
  if (n.length === 0 || n.length > 253) return false;
  return n.split('.').every((l) => l.length > 0 && new TextEncoder().encode(l).length <= 63);
}
