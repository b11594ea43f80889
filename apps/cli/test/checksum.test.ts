import { describe, expect, it } from "vitest";
import { checksum, checksumHex } from "../src/checksum.ts";

const MASK = (1n << 64n) - 1n;

/** Pseudo-random bytes, the same at every run (xorshift32). */
function randomBytes(length: number, seed: number): Uint8Array {
  let x = seed || 1;
  return Uint8Array.from({ length }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x & 0xff;
  });
}

/** The checksum as src/checksum.ts defines it, with BigInt: the reference. */
function reference(bytes: Uint8Array): bigint {
  const words = Buffer.alloc(Math.ceil(bytes.length / 8) * 8);
  words.set(bytes);
  let h = 0xcbf29ce484222325n ^ BigInt(bytes.length);
  for (let i = 0; i < words.length; i += 8) {
    h = ((h ^ words.readBigUInt64LE(i)) * 0x9e3779b97f4a7c15n) & MASK;
    h ^= h >> 29n;
  }
  return h ^ (h >> 32n);
}

describe("checksum", () => {
  it("is the reference definition, for every length of a word and more", () => {
    for (let length = 0; length <= 40; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + length) & 0xff);
      expect(checksum(bytes)).toBe(reference(bytes));
    }
    for (let seed = 1; seed <= 200; seed++) {
      const bytes = randomBytes(seed * 3, seed);
      expect(checksum(bytes)).toBe(reference(bytes));
    }
  });

  it("differs for any one changed byte, and for a truncated or lengthened input", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const bytes = randomBytes(1 + (seed % 97), seed);
      const sum = checksum(bytes);
      for (let i = 0; i < bytes.length; i++) {
        const changed = Uint8Array.from(bytes);
        changed[i] = (changed[i] as number) ^ (1 + ((seed * 31 + i) % 255));
        expect(checksum(changed)).not.toBe(sum);
      }
      expect(checksum(bytes.subarray(0, bytes.length - 1))).not.toBe(sum);
      expect(checksum(Uint8Array.of(...bytes, 0))).not.toBe(sum);
    }
  });

  it("reads inputs larger than its first page, and smaller ones after them", () => {
    const large = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 7) & 0xff);
    expect(checksum(large)).toBe(reference(large));
    // The memory now holds the large input: a small one must not see its bytes.
    const small = Uint8Array.of(1, 2, 3);
    expect(checksum(small)).toBe(reference(small));
  });

  it("is written as 16 hexadecimal digits", () => {
    expect(checksumHex(new Uint8Array())).toMatch(/^[0-9a-f]{16}$/);
    expect(checksumHex(Uint8Array.of(1))).toBe(
      reference(Uint8Array.of(1)).toString(16).padStart(16, "0"),
    );
  });
});
