// Which addresses were seen already (the duplicate flag, knowledge.md §7), in 8 bytes per
// address instead of a JavaScript string each: a 64-bit fingerprint (two independent 32-bit
// hashes) in an open-addressing table of typed arrays, outside the JS heap. A million-row list
// then needs 16 MB here, not ~70 MB of strings (BENCHMARKS.md, 300 MB for 1,000,000 rows). Two
// different addresses share a fingerprint with probability about n² / 2⁶⁵ (≈ 3·10⁻⁸ for a million).

/** A set of strings that answers "seen before?" and remembers the string. */
export function createSeenSet(initialCapacity = 1 << 12) {
  let cap = initialCapacity;
  let a = new Uint32Array(cap);
  let b = new Uint32Array(cap);
  let size = 0;
  const insert = (h1: number, h2: number): boolean => {
    let i = h1 & (cap - 1);
    for (;;) {
      if (a[i] === 0) {
        a[i] = h1;
        b[i] = h2;
        size++;
        return false;
      }
      if (a[i] === h1 && b[i] === h2) return true;
      i = (i + 1) & (cap - 1);
    }
  };
  const grow = () => {
    const oa = a;
    const ob = b;
    cap *= 2;
    a = new Uint32Array(cap);
    b = new Uint32Array(cap);
    size = 0;
    for (let i = 0; i < oa.length; i++) if (oa[i] !== 0) insert(oa[i]!, ob[i]!);
  };
  return {
    /** Adds the key; true when it was there already. */
    seen(key: string): boolean {
      // FNV-1a and a multiplicative hash with a different seed, over UTF-16 code units.
      let h1 = 0x811c9dc5;
      let h2 = 0x9747b28c;
      for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995);
        h2 ^= h2 >>> 13;
      }
      h1 = (h1 ^ (h1 >>> 16)) >>> 0 || 1; // 0 marks an empty slot
      h2 = Math.imul(h2 ^ (h2 >>> 15), 0x27d4eb2d) >>> 0;
      if (size * 2 >= cap) grow();
      return insert(h1, h2);
    },
    get size() {
      return size;
    },
  };
}
