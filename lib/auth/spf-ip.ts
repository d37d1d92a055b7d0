// IP addresses for SPF (RFC 7208 §5.6): parsing the client address and ip4/ip6 networks, CIDR
// matching, and the dotted forms the %{i} and %{c} macros need (§7.3).

/** An address as bytes: 4 for IPv4, 16 for IPv6. */
export type IpBytes = Uint8Array;

const QNUM = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** Parses a dotted-quad IPv4 address (RFC 7208 §5.6 qnum: no leading zeros). */
export function parseIp4(text: string): IpBytes | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => QNUM.test(p))) return undefined;
  return Uint8Array.from(parts.map(Number));
}

/** Parses an IPv6 address (RFC 4291 §2.2, embedded IPv4 allowed). */
export function parseIp6(text: string): IpBytes | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || text.length > 45) return undefined;
  let head = text;
  let tail4: IpBytes | undefined;
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.')) {
    tail4 = parseIp4(text.slice(lastColon + 1));
    if (!tail4) return undefined;
    head = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const left = groups(halves[0]!);
  const right = halves.length === 2 ? groups(halves[1]!) : [];
  const total = left.length + right.length;
  if (halves.length === 1 ? total !== 8 : total > 7) return undefined;
  const all = [...left, ...Array(8 - total).fill('0'), ...right];
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  const bytes = new Uint8Array(16);
  all.forEach((g, i) => {
    const n = parseInt(g, 16);
    bytes[i * 2] = n >> 8;
    bytes[i * 2 + 1] = n & 0xff;
  });
  if (tail4) bytes.set(tail4, 12);
  return bytes;
}

/**
 * Parses the client IP. An IPv4-mapped IPv6 address is treated as IPv4 (RFC 7208 §5: "IPv4-mapped
 * IPv6 addresses ... MUST still be considered an IPv4 address").
 */
export function parseClientIp(text: string): IpBytes | undefined {
  const v4 = parseIp4(text);
  if (v4) return v4;
  const v6 = parseIp6(text);
  if (!v6) return undefined;
  const mapped = v6.slice(0, 10).every((b) => b === 0) && v6[10] === 0xff && v6[11] === 0xff;
  return mapped ? v6.slice(12) : v6;
}

/** Do the first `bits` bits of two same-family addresses agree? */
export function inCidr(ip: IpBytes, net: IpBytes, bits: number): boolean {
  if (ip.length !== net.length) return false;
  for (let i = 0; i < ip.length && bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((ip[i]! & mask) !== (net[i]! & mask)) return false;
  }
  return true;
}

/**
 * %{i}: dotted decimal for IPv4, dot-separated nibbles for IPv6 (RFC 7208 §7.3), upper case as in
 * the RFC's own example (§7.4: "1.0.B.C.0.0...8.B.D.0.1.0.0.2.ip6._spf.example.com").
 */
export function ipForMacroI(ip: IpBytes): string {
  if (ip.length === 4) return Array.from(ip).join('.');
  return Array.from(ip)
    .flatMap((b) => [(b >> 4).toString(16), (b & 15).toString(16)])
    .join('.')
    .toUpperCase();
}

/** %{c}: the readable address; IPv6 in RFC 5952 form. */
export function ipForMacroC(ip: IpBytes): string {
  if (ip.length === 4) return Array.from(ip).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => (ip[i * 2]! << 8) | ip[i * 2 + 1]!);
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

/** The reverse-lookup name of an address (RFC 1035 §3.5, RFC 3596 §2.5). */
export function reverseName(ip: IpBytes): string {
  if (ip.length === 4) return `${Array.from(ip).reverse().join('.')}.in-addr.arpa`;
  return `${ipForMacroI(ip).split('.').reverse().join('.')}.ip6.arpa`;
}

/** Parses an address as DNS gives it (A or AAAA record data). */
export function parseRecordAddress(text: string): IpBytes | undefined {
  return parseIp4(text) ?? parseIp6(text);
}
