// The From address (RFC 5322 §3.4): display names, quoted strings, comments, angle brackets.
// DMARC is evaluated for the domain of that address (RFC 7489 §3.1).

/** Removes comments (nested) and quoted strings, which may hold "@", "<" or ",". */
function stripNoise(value: string): string {
  let out = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\' && (quoted || depth > 0)) {
      i++;
      continue;
    }
    if (quoted) {
      if (c === '"') quoted = false;
      continue;
    }
    if (depth > 0) {
      if (c === '(') depth++;
      else if (c === ')') depth--;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === '(') depth++;
    else out += c;
  }
  return out;
}

/** The addresses in an address-list header value (display form), lower-cased domains. */
export function parseAddressList(value: string): { address: string; domain: string }[] {
  const clean = stripNoise(value);
  const found: string[] = [];
  const angle = /<\s*([^<>\s]+@[^<>\s]+?)\s*>/g;
  let rest = clean;
  for (const m of clean.matchAll(angle)) found.push(m[1]!);
  rest = clean.replace(angle, ' ');
  for (const m of rest.matchAll(/([^\s,;:<>]+@[^\s,;:<>]+)/g)) found.push(m[1]!);
  return found.flatMap((address) => {
    const at = address.lastIndexOf('@');
    const domain = address
      .slice(at + 1)
      .replace(/\.$/, '')
      .toLowerCase();
    if (
      at <= 0 ||
      !/^[a-z0-9\u00a0-\uffff]([a-z0-9\u00a0-\uffff-]*[a-z0-9\u00a0-\uffff])?(\.[a-z0-9\u00a0-\uffff]([a-z0-9\u00a0-\uffff-]*[a-z0-9\u00a0-\uffff])?)+$/.test(
        domain,
      )
    )
      return [];
    return [{ address: `${address.slice(0, at)}@${domain}`, domain }];
  });
}
