import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { checksum, checksumHex, readChecked, readText, textChecksumHex } from "../src/checksum.ts";

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

describe("textChecksumHex", () => {
  it("is checksumHex of the text's UTF-16LE code units, whatever the memory held before", () => {
    for (const text of ["", "a", "ab", "abc", "één – €5 😀", "\ud800", "x".repeat(1_001)]) {
      expect(textChecksumHex(text)).toBe(checksumHex(Buffer.from(text, "utf16le")));
      // After a larger input: the padding is zeros again.
      checksum(new Uint8Array(70_001).fill(0xff));
      expect(textChecksumHex(text)).toBe(checksumHex(Buffer.from(text, "utf16le")));
    }
    expect(textChecksumHex("a\0b")).not.toBe(textChecksumHex("a\0c"));
  });
});

/** Runs `test` with a file holding `bytes`, open for reading. */
function withFile(bytes: Uint8Array, test: (fd: number) => void): void {
  const dir = mkdtempSync(join(tmpdir(), "ivp-checksum-"));
  const file = join(dir, "data.bin");
  writeFileSync(file, bytes);
  const fd = openSync(file, "r");
  try {
    test(fd);
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("readChecked", () => {
  it("gives the bytes of a range of a file and their checksum", () => {
    const bytes = randomBytes(300_017, 7);
    withFile(bytes, (fd) => {
      for (const [position, length] of [
        [8, bytes.length - 8],
        [0, bytes.length],
        [5, 13],
        [bytes.length, 0],
      ] as const) {
        const range = bytes.subarray(position, position + length);
        const read = readChecked(fd, position, length);
        expect(read?.sum).toBe(reference(range));
        expect(Buffer.from(read?.bytes ?? []).equals(range)).toBe(true);
      }
      // After a large range, a small one sees none of its bytes.
      expect(readChecked(fd, 1, 3)?.sum).toBe(reference(bytes.subarray(1, 4)));
    });
  });

  it("gives nothing when the file ends before the range does", () => {
    withFile(randomBytes(100, 3), (fd) => {
      expect(readChecked(fd, 8, 93)).toBeUndefined();
      expect(readChecked(fd, 200, 1)).toBeUndefined();
    });
  });
});

describe("readText", () => {
  it('gives a file\'s text as readFileSync(fd, "utf8") does, whatever the memory held before', () => {
    // ASCII, as the bundles are, then UTF-8 of every width, larger than the memory's first page.
    const ascii = "const a = 1;\n".repeat(12_000);
    const mixed = `${ascii}é – € 😀 \ud800`;
    for (const text of [ascii, mixed, "x", ""]) {
      const bytes = Buffer.from(text, "utf8");
      withFile(bytes, (fd) => {
        // The checksum's memory filled with other bytes first.
        checksum(randomBytes(300_000, 5));
        expect(readText(fd, bytes.length)).toBe(readFileSync(fd, "utf8"));
      });
    }
  });

  it("gives the text up to the file's end when the file is shorter than said", () => {
    withFile(Buffer.from("short"), (fd) => {
      expect(readText(fd, 100)).toBe("short");
    });
  });
});

describe("the checksum's instance", () => {
  it("is one per process, shared by every copy of the module (one per bundle)", async () => {
    const key = Symbol.for("ivp.cli.checksum");
    checksum(Uint8Array.of(1));
    const instance = (globalThis as Record<symbol, unknown>)[key];
    expect(instance).toBeDefined();
    vi.resetModules();
    const copy = await import("../src/checksum.ts");
    expect(copy.checksum).not.toBe(checksum);
    const bytes = randomBytes(1000, 9);
    expect(copy.checksum(bytes)).toBe(reference(bytes));
    expect((globalThis as Record<symbol, unknown>)[key]).toBe(instance);
  });
});
