/**
 * Helpers for decoding UTF-8 that arrives in chunks: the streaming decoder
 * holds back the bytes of a character cut between two chunks, and a reader
 * that must say where a bad byte is needs them too.
 */
/** The bytes of an unfinished UTF-8 character at the end (at most 3), or none. */
export function incompleteUtf8Tail(bytes: Uint8Array): Uint8Array {
  const tail = bytes.subarray(Math.max(0, bytes.length - 3));
  for (let k = tail.length - 1; k >= 0; k--) {
    const b = tail[k] as number;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    if (b < 0xc0) return new Uint8Array(0);
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return tail.length - k < length ? tail.slice(k) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const result = new Uint8Array(a.length + b.length);
  result.set(a);
  result.set(b, a.length);
  return result;
}
