// Reading a CRM/ERP export's bytes (issue 14 §1): the file is streamed, never held whole, so a
// million-row list fits the memory budget (BENCHMARKS.md). Encoding: a BOM decides (UTF-8, or
// UTF-16 from Excel's "Unicode text"); otherwise a file that is valid UTF-8 throughout is UTF-8
// (WHATWG Encoding, "utf-8 decode" with fatal errors), and anything else is Windows-1252 — what
// Excel on Windows writes for "CSV (comma/semicolon delimited)" in Belgium and the Netherlands.

/** A file that can be read from the start as often as needed (File, Buffer, a path in node). */
export type ByteSource = () => AsyncIterable<Uint8Array>;

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export type SniffResult =
  | { kind: 'empty' }
  | { kind: 'binary'; looksLike?: 'xlsx' | 'xls' | 'pdf' | 'zip' | 'image' }
  | { kind: 'text'; bomEncoding?: 'utf-8' | 'utf-16le' | 'utf-16be'; utf16?: 'utf-16le' | 'utf-16be' };

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** Looks at the first bytes: empty, a binary format (a spreadsheet saved as .xlsx), or text. */
export function sniffBytes(head: Uint8Array): SniffResult {
  if (startsWith(head, [0xef, 0xbb, 0xbf]))
    return head.length === 3 ? { kind: 'empty' } : { kind: 'text', bomEncoding: 'utf-8' };
  if (startsWith(head, [0xff, 0xfe]))
    return head.length === 2 ? { kind: 'empty' } : { kind: 'text', bomEncoding: 'utf-16le' };
  if (startsWith(head, [0xfe, 0xff]))
    return head.length === 2 ? { kind: 'empty' } : { kind: 'text', bomEncoding: 'utf-16be' };
  if (head.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) return { kind: 'empty' };
  // Signatures: ZIP (xlsx, ods), OLE2 (xls), PDF, PNG, JPEG.
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    const ascii = new TextDecoder('latin1').decode(head.subarray(0, 2048));
    return { kind: 'binary', looksLike: ascii.includes('xl/') || ascii.includes('[Content_Types]') ? 'xlsx' : 'zip' };
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) return { kind: 'binary', looksLike: 'xls' };
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return { kind: 'binary', looksLike: 'pdf' };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47]) || startsWith(head, [0xff, 0xd8, 0xff]))
    return { kind: 'binary', looksLike: 'image' };
  // UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte.
  let oddNul = 0;
  let evenNul = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) i % 2 ? oddNul++ : evenNul++;
  const half = head.length / 2;
  if (half >= 8 && oddNul > half * 0.3 && evenNul < half * 0.02) return { kind: 'text', utf16: 'utf-16le' };
  if (half >= 8 && evenNul > half * 0.3 && oddNul < half * 0.02) return { kind: 'text', utf16: 'utf-16be' };
  // Text has no NUL and few control characters; more than 1 in 100 of them means binary.
  let control = 0;
  for (const b of head) {
    if (b === 0) return { kind: 'binary' };
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control * 100 > head.length ? { kind: 'binary' } : { kind: 'text' };
}

/** The first `n` bytes of a source (fewer for a short file). */
export async function headOf(source: ByteSource, n = 65536): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let have = 0;
  for await (const chunk of source()) {
    parts.push(chunk);
    have += chunk.length;
    if (have >= n) break;
  }
  const out = new Uint8Array(Math.min(have, n));
  let at = 0;
  for (const p of parts) {
    const take = Math.min(p.length, out.length - at);
    out.set(p.subarray(0, take), at);
    at += take;
    if (at >= out.length) break;
  }
  return out;
}

/** Whether the whole source is valid UTF-8 (one streaming pass, nothing kept). */
export async function isUtf8(source: ByteSource, signal?: AbortSignal): Promise<boolean> {
  const d = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of source()) {
      if (signal?.aborted) return true;
      d.decode(chunk, { stream: true });
    }
    d.decode();
    return true;
  } catch {
    return false;
  }
}

/** The source as text chunks in the given encoding, the BOM dropped; split characters rejoined. */
export async function* decodeChunks(source: ByteSource, encoding: TextEncodingName): AsyncGenerator<string> {
  // TextDecoder drops a leading BOM by default (WHATWG Encoding "ignore BOM" off).
  const d = new TextDecoder(encoding);
  for await (const chunk of source()) {
    const s = d.decode(chunk, { stream: true });
    if (s) yield s;
  }
  const rest = d.decode();
  if (rest) yield rest;
}

/** Bytes Windows-1252 leaves undefined: text in neither UTF-8 nor Windows-1252 (Mac Roman, …). */
export function undefined1252Share(head: Uint8Array): number {
  let n = 0;
  for (const b of head) if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) n++;
  return head.length ? n / head.length : 0;
}

/** A source over bytes in memory (tests, a dropped file already read); 64 KB pieces parse fastest. */
export function bytesSource(bytes: Uint8Array, chunkSize = 1 << 16): ByteSource {
  return async function* () {
    for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  };
}

/** A source over a Blob or File, read in slices so a big file is never loaded whole. */
export function blobSource(blob: Blob, chunkSize = 1 << 18): ByteSource {
  return async function* () {
    for (let i = 0; i < blob.size; i += chunkSize)
      yield new Uint8Array(await blob.slice(i, i + chunkSize).arrayBuffer());
  };
}
