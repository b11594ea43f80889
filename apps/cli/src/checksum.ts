// The checksum of the CLI's cache files (src/code-cache.ts, src/plan-cache.ts):
// 64 bits over every byte, computed by a WebAssembly function of 131 bytes.
//
// Why not CRC-32 from node:zlib (as before) or a hash from node:crypto: both
// modules load Node's streams, and a status that writes to standard output
// without a stream (src/output.ts) loads neither. Loading node:zlib cost some
// 9 million instructions at every start (Node 20, callgrind), node:crypto
// 25; compiling and running this function on the 540 kB that `ivp status`
// checks costs about 3. The same loop in JavaScript costs over 30 million: a
// run this short executes it in V8's interpreter.
//
// It only has to notice damage (a truncated or partly overwritten file), not
// an adversary: whether a cached plan is still the plan on disk is decided by
// comparing the copies byte for byte, never by a hash. Each 8-byte word w
// (little-endian, the last one padded with zeros) updates the state as
//   h = (h ^ w) * 0x9e3779b97f4a7c15;  h ^= h >>> 29        (mod 2^64)
// starting from 0xcbf29ce484222325 ^ length, and the sum is h ^ (h >>> 32).
// Each step is a bijection of h for a given w and of w for a given h, so two
// inputs of the same length that differ in one word always differ in their
// sum. test/checksum.test.ts checks the function against this definition
// written with BigInt.
//
// The module, in the WebAssembly text format:
//
//   (module
//     (memory (export "memory") 1)
//     (func (export "sum") (param $n i32) (result i64)
//       (local $i i32) (local $h i64)
//       (local.set $h (i64.xor (i64.const 0xcbf29ce484222325) (i64.extend_i32_u (local.get $n))))
//       (block $done
//         (loop $next
//           (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
//           (local.set $h (i64.mul (i64.xor (local.get $h) (i64.load (local.get $i)))
//                                  (i64.const 0x9e3779b97f4a7c15)))
//           (local.set $h (i64.xor (local.get $h) (i64.shr_u (local.get $h) (i64.const 29))))
//           (local.set $i (i32.add (local.get $i) (i32.const 8)))
//           (br $next)))
//       (i64.xor (local.get $h) (i64.shr_u (local.get $h) (i64.const 32)))))
//
// Without WebAssembly (node --jitless) checksum() throws, and both caches,
// which swallow every error of their own, are simply off.
import { readSync } from "node:fs";

// biome-ignore format: the module's bytes, by section as in the text above
const MODULE = [
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
  0x01, 0x06, 0x01, 0x60, 0x01, 0x7f, 0x01, 0x7e, // types: (i32) -> i64
  0x03, 0x02, 0x01, 0x00, // functions: one of type 0
  0x05, 0x03, 0x01, 0x00, 0x01, // memory: at least one page
  0x07, 0x10, 0x02, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00, // exports: "memory",
  0x03, 0x73, 0x75, 0x6d, 0x00, 0x00, // "sum"
  0x0a, 0x56, 0x01, 0x54, 0x02, 0x01, 0x7f, 0x01, 0x7e, // code: locals i32, i64
  0x42, 0xa5, 0xc6, 0x88, 0xa1, 0xc8, 0x9c, 0xa7, 0xf9, 0x4b, // i64.const 0xcbf29ce484222325
  0x20, 0x00, 0xad, 0x85, 0x21, 0x02, // ^ length -> $h
  0x02, 0x40, 0x03, 0x40, // block, loop
  0x20, 0x01, 0x20, 0x00, 0x4f, 0x0d, 0x01, // br_if $done ($i >= $n)
  0x20, 0x02, 0x20, 0x01, 0x29, 0x03, 0x00, 0x85, // $h ^ load($i)
  0x42, 0x95, 0xf8, 0xa9, 0xfa, 0x97, 0xb7, 0xde, 0x9b, 0x9e, 0x7f, 0x7e, 0x21, 0x02, // * 0x9e3779b97f4a7c15
  0x20, 0x02, 0x20, 0x02, 0x42, 0x1d, 0x88, 0x85, 0x21, 0x02, // $h ^= $h >>> 29
  0x20, 0x01, 0x41, 0x08, 0x6a, 0x21, 0x01, // $i += 8
  0x0c, 0x00, 0x0b, 0x0b, // br $next, end, end
  0x20, 0x02, 0x20, 0x02, 0x42, 0x20, 0x88, 0x85, 0x0b, // $h ^ ($h >>> 32)
];

interface ChecksumModule {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  readonly sum: (length: number) => bigint;
}

/** The part of the WebAssembly API used here (Node's types declare the global only in part). */
interface WebAssemblyApi {
  readonly Module: new (bytes: Uint8Array) => object;
  readonly Instance: new (module: object) => { readonly exports: unknown };
}

/**
 * The instance, shared by every bundle of the process through `globalThis`
 * (as the CLI's messages are, see messages/say.ts): dist/ivp.js checks the
 * command's code cache with it, the command's bundle its cached plan. A second
 * instance cost a status some 0.1 ms to compile and instantiate, and its
 * memory pages, touched for the first time by the plan's entry, some 60 page
 * faults more (Node 20).
 */
const SHARED = Symbol.for("ivp.cli.checksum");

function shared(): ChecksumModule {
  const holder = globalThis as { [SHARED]?: ChecksumModule };
  let instance = holder[SHARED];
  if (instance === undefined) {
    const wasm = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;
    instance = new wasm.Instance(new wasm.Module(new Uint8Array(MODULE))).exports as ChecksumModule;
    holder[SHARED] = instance;
  }
  return instance;
}

const PAGE = 65_536;

/** The module's memory, at least `bytes` long. */
function memoryOf(instance: ChecksumModule, bytes: number): ArrayBuffer {
  const { memory } = instance;
  if (memory.buffer.byteLength < bytes)
    memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / PAGE));
  return memory.buffer;
}

/** The sum of the first `length` bytes of the memory, which are followed by at least 8 zeros. */
function sumOf(instance: ChecksumModule, length: number): bigint {
  return BigInt.asUintN(64, instance.sum(length));
}

/**
 * The 64-bit checksum of `bytes` (see the module's header). Throws when
 * WebAssembly is not available.
 */
export function checksum(bytes: Uint8Array): bigint {
  const instance = shared();
  // The bytes, then zeros up to the next multiple of 8 (the last word's padding).
  const view = new Uint8Array(memoryOf(instance, bytes.length + 8), 0, bytes.length + 8);
  view.set(bytes);
  view.fill(0, bytes.length);
  return sumOf(instance, bytes.length);
}

/**
 * Reads `length` bytes of the open file `fd` from `position` on straight into
 * the checksum's memory, without a buffer of their own, and returns them with
 * their checksum (as {@link checksum} gives it); undefined when the file ends
 * before. The bytes are a view of that memory: valid only until this module
 * is called again (copy them to keep them). Throws what `readSync` throws, and
 * when WebAssembly is not available.
 *
 * For the code cache (src/code-cache.ts), whose 265 kB for `ivp status` were
 * read into a buffer and copied into the memory: some 65 page faults and a
 * copy less (Node 20).
 */
export function readChecked(
  fd: number,
  position: number,
  length: number,
): { readonly bytes: Uint8Array; readonly sum: bigint } | undefined {
  const instance = shared();
  const view = new Uint8Array(memoryOf(instance, length + 8), 0, length + 8);
  let read = 0;
  while (read < length) {
    const n = readSync(fd, view, read, length - read, position + read);
    if (n === 0) return undefined;
    read += n;
  }
  view.fill(0, length);
  return { bytes: view.subarray(0, length), sum: sumOf(instance, length) };
}

/**
 * The text of the open file `fd` (UTF-8), `length` bytes from its start (or
 * up to its end, when it ends before), read through the checksum's memory
 * rather than a buffer of its own; nothing is summed. For the bundles'
 * sources (src/code-cache.ts): `readFileSync(fd, "utf8")` reads a file into a
 * buffer that grows as it reads (8 kB, then twice as much each time, copied
 * at each step) before it makes the string, which cost `ivp status` some 60
 * page faults for its 150 kB bundle (Node 20); the memory's pages are
 * touched anyway by the code cache read next. Throws what `readSync` throws,
 * and when WebAssembly is not available.
 */
export function readText(fd: number, length: number): string {
  const view = new Uint8Array(memoryOf(shared(), length), 0, length);
  let read = 0;
  while (read < length) {
    const n = readSync(fd, view, read, length - read, read);
    if (n === 0) break;
    read += n;
  }
  // A Buffer over the same bytes: its toString() is Node's UTF-8 decoding,
  // as readFileSync's.
  return Buffer.from(view.buffer, 0, read).toString();
}

/**
 * {@link checksum} of a text's UTF-16LE code units (as `Buffer.from(text,
 * "utf16le")` gives them), as 16 hexadecimal digits; without a buffer of its
 * own: the code units are written straight into the module's memory. For
 * names of cache files (src/plan-cache.ts), whose texts are short: turning a
 * string into bytes with `Buffer.from` cost a status some 0.3 million
 * instructions (Node 20, callgrind) of compiling Node's functions for it.
 */
export function textChecksumHex(text: string): string {
  const instance = shared();
  const length = text.length * 2;
  const view = new DataView(memoryOf(instance, length + 8), 0, length + 8);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), true);
  view.setBigUint64(length, 0n);
  return hex(sumOf(instance, length));
}

/** {@link checksum} as 16 hexadecimal digits. */
export function checksumHex(bytes: Uint8Array): string {
  return hex(checksum(bytes));
}

/** A checksum as 16 hexadecimal digits, as {@link checksumHex} writes it. */
export function hex(sum: bigint): string {
  return sum.toString(16).padStart(16, "0");
}
