// RFC 2047 encoded words ("=?utf-8?B?...?=", "=?iso-8859-1?Q?...?=") in header values, decoded
// for display only: DKIM always works on the bytes as they arrived.
import { binaryToBytes } from './bytes';

const WORD = /=\?([^?\s*]+)(?:\*[^?\s]*)?\?([bBqQ])\?([^?\s]*)\?=/g;

function decodeWord(charset: string, enc: string, text: string): string | undefined {
  let bin: string;
  if (enc.toUpperCase() === 'B') {
    try {
      bin = atob(text.replace(/=+$/, '').padEnd(Math.ceil(text.replace(/=+$/, '').length / 4) * 4, '='));
    } catch {
      return undefined;
    }
  } else {
    // RFC 2047 §4.2: "_" is a space, =XX a byte.
    bin = text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  }
  try {
    return new TextDecoder(charset.toLowerCase()).decode(binaryToBytes(bin));
  } catch {
    return undefined; // a charset TextDecoder does not know: leave the word as written
  }
}

/** Decodes the encoded words of an unfolded header value; white space between two words is dropped (§6.2). */
export function decodeEncodedWords(value: string): string {
  if (!value.includes('=?')) return value;
  return value
    .replace(/(=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=)[ \t]+(?==\?[^?\s]+\?[bBqQ]\?)/g, '$1')
    .replace(WORD, (word, charset: string, enc: string, text: string) => decodeWord(charset, enc, text) ?? word);
}
