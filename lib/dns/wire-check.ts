// Strict structural check of a DNS message (RFC 1035 §4.1): every count, name and rdlength is
// walked, and the message must end exactly where the bytes end. A cut-short body, a padded one
// (bytes after the last record), a name pointer that points forward or loops, or a record whose
// data does not fill its rdlength is not an answer (api-contract.md "DoH client"): a decoder that
// tolerates these turns half a DMARC record into "data".

/** Why the bytes are not one whole DNS message; undefined when they are. */
export type WireProblem = 'short-header' | 'bad-name' | 'cut-short' | 'bad-rdata' | 'trailing-bytes';

class Stop extends Error {
  constructor(readonly problem: WireProblem) {
    super(problem);
  }
}

const u16 = (b: Uint8Array, i: number) => {
  if (i + 2 > b.length) throw new Stop('cut-short');
  return (b[i]! << 8) | b[i + 1]!;
};

/**
 * Walks a name at `start` (RFC 1035 §4.1.4 compression); returns where the name ends in place.
 * Pointers must point backwards to an earlier label (so they cannot loop), labels ≤ 63, name ≤ 255.
 */
function skipName(b: Uint8Array, start: number): number {
  let i = start;
  let end = -1;
  let length = 1;
  let limit = start; // a pointer must point before the label that holds it
  for (let hops = 0; hops < 128; hops++) {
    if (i >= b.length) throw new Stop('cut-short');
    const len = b[i]!;
    if (len === 0) return end === -1 ? i + 1 : end;
    const kind = len & 0xc0;
    if (kind === 0xc0) {
      const target = u16(b, i) & 0x3fff;
      if (end === -1) end = i + 2;
      if (target >= limit) throw new Stop('bad-name');
      limit = target;
      i = target;
      continue;
    }
    if (kind !== 0) throw new Stop('bad-name'); // 0x40/0x80: extended label types, not in use
    length += len + 1;
    if (length > 255) throw new Stop('bad-name');
    if (i + 1 + len > b.length) throw new Stop('cut-short');
    i += 1 + len;
  }
  throw new Stop('bad-name');
}

/** The rdata of the types we read must fill exactly its rdlength (RFC 1035 §3.3, RFC 3596). */
function checkRdata(b: Uint8Array, type: number, start: number, end: number): void {
  const nameFills = (at: number) => {
    if (skipName(b, at) !== end) throw new Stop('bad-rdata');
  };
  switch (type) {
    case 1: // A
      if (end - start !== 4) throw new Stop('bad-rdata');
      return;
    case 28: // AAAA
      if (end - start !== 16) throw new Stop('bad-rdata');
      return;
    case 2: // NS
    case 5: // CNAME
    case 12: // PTR
      return nameFills(start);
    case 15: // MX
      if (end - start < 3) throw new Stop('bad-rdata');
      return nameFills(start + 2);
    case 16: {
      // TXT: one or more character-strings exactly filling the data
      if (end === start) throw new Stop('bad-rdata');
      let i = start;
      while (i < end) i += 1 + b[i]!;
      if (i !== end) throw new Stop('bad-rdata');
      return;
    }
    case 6: {
      // SOA: two names and five 32-bit numbers (RFC 1035 §3.3.13)
      const afterNames = skipName(b, skipName(b, start));
      if (afterNames + 20 !== end) throw new Stop('bad-rdata');
      return;
    }
    default:
      return; // RRSIG, OPT, …: opaque here, bounded by rdlength
  }
}

/** Checks that `bytes` is exactly one well-formed DNS message. */
export function checkWire(bytes: Uint8Array): WireProblem | undefined {
  try {
    if (bytes.length < 12) return 'short-header';
    const counts = [u16(bytes, 4), u16(bytes, 6), u16(bytes, 8), u16(bytes, 10)] as const;
    let i = 12;
    for (let q = 0; q < counts[0]; q++) {
      i = skipName(bytes, i) + 4;
      if (i > bytes.length) return 'cut-short';
    }
    const records = counts[1] + counts[2] + counts[3];
    for (let r = 0; r < records; r++) {
      i = skipName(bytes, i);
      if (i + 10 > bytes.length) return 'cut-short';
      const type = u16(bytes, i);
      const rdlength = u16(bytes, i + 8);
      const start = i + 10;
      const end = start + rdlength;
      if (end > bytes.length) return 'cut-short';
      checkRdata(bytes, type, start, end);
      i = end;
    }
    return i === bytes.length ? undefined : 'trailing-bytes';
  } catch (e) {
    if (e instanceof Stop) return e.problem;
    throw e;
  }
}
