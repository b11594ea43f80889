/**
 * A seeded mutator of input files for the fuzz test: the same seed gives the
 * same mutations, so a failing case can be replayed from its seed alone.
 */
import { mulberry32 } from "@ivp/testkit/random";

/** Seeded choices for the mutator, from the testkit's mulberry32. */
export class Random {
  /** A float in [0, 1). */
  readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** What a mutation did, for the report of a failing case. */
export interface Mutated {
  readonly bytes: Uint8Array;
  readonly steps: readonly string[];
}

type TextMutation = (text: string, random: Random) => string;
type ByteMutation = (bytes: Uint8Array, random: Random) => Uint8Array;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const lines = (text: string) => text.split("\n");

/** Values of other types, odd numbers and odd text for a YAML scalar or a CSV cell. */
const ODD_VALUES = [
  "",
  "~",
  "null",
  "true",
  "[]",
  "{}",
  "[1, 2]",
  "{ a: 1 }",
  '"7,3"',
  "7,3",
  "-0",
  "1e309",
  "-1e309",
  "1e-400",
  "99999999999999999999999",
  "9007199254740993",
  ".inf",
  ".nan",
  "0x1F",
  "NaN",
  "Infinity",
  "2017-H3",
  "2017-13",
  "2017-02-30",
  "2018-10..2018-01",
  "2017Q9",
  "17",
  "'2017'",
  '=HYPERLINK("http://example.com","klik")',
  "+1+1",
  "@SUM(A1)",
  "-2+3",
  "\t=1",
  "'",
  '"',
  '"unclosed',
  "&anchor",
  "*alias",
  "!!binary aGk=",
  "!custom x",
  "|",
  ">-",
  "- x",
  "? x",
  "a: b: c",
  "%YAML 1.1",
  "---",
  "...",
  "__proto__",
  "constructor",
  "é",
  "😀",
  "\u202Eevil\u202C",
  "\u200B",
  "a\u0000b",
  "\uD800",
  "Z\u0301\u0301\u0301",
  "x".repeat(5000),
];

const ODD_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "id ",
  "Id",
  "ID",
  "idd",
  "label\u200B",
  "unit_",
  "",
  '"quoted"',
];

/** Replaces the value after a random `key:` (YAML) with an odd value. */
const swapValue: TextMutation = (text, random) => {
  const all = lines(text);
  const candidates = all.map((l, i) => [l, i] as const).filter(([l]) => /:\s*\S/.test(l));
  if (candidates.length === 0) return text;
  const [line, index] = random.pick(candidates);
  all[index] = line.replace(
    /:(\s*)(\S.*)$/,
    (_m, space) => `:${space || " "}${random.pick(ODD_VALUES)}`,
  );
  return all.join("\n");
};

/** Renames a random key: a typo, a case change or an odd name. */
const renameKey: TextMutation = (text, random) => {
  const all = lines(text);
  const candidates = all
    .map((l, i) => [l, i] as const)
    .filter(([l]) => /^[\s-]*[A-Za-z][\w-]*:/.test(l));
  if (candidates.length === 0) return text;
  const [line, index] = random.pick(candidates);
  all[index] = line.replace(/^([\s-]*)([A-Za-z][\w-]*):/, (_m, indent: string, key: string) => {
    const choice = random.int(4);
    const renamed =
      choice === 0
        ? key.slice(0, -1)
        : choice === 1
          ? `${key}${key.at(-1)}`
          : choice === 2
            ? key.toUpperCase()
            : random.pick(ODD_KEYS);
    return `${indent}${renamed}:`;
  });
  return all.join("\n");
};

/** Replaces a random number with an odd one. */
const oddNumber: TextMutation = (text, random) => {
  const numbers = [...text.matchAll(/-?\d+(\.\d+)?/g)];
  if (numbers.length === 0) return text;
  const match = random.pick(numbers);
  const start = match.index ?? 0;
  const odd = random.pick([
    "1e309",
    "99999999999999999999999",
    "-1",
    "0",
    "-0",
    "0.1",
    "1.5",
    "3,5",
    "1e21",
    "4294967296",
    "9007199254740993",
    "2147483648",
    "00017",
  ]);
  return text.slice(0, start) + odd + text.slice(start + match[0].length);
};

const deleteLine: TextMutation = (text, random) => {
  const all = lines(text);
  all.splice(random.int(all.length), 1 + random.int(3));
  return all.join("\n");
};

const duplicateLine: TextMutation = (text, random) => {
  const all = lines(text);
  const index = random.int(all.length);
  all.splice(index, 0, ...all.slice(index, index + 1 + random.int(3)));
  return all.join("\n");
};

const swapLines: TextMutation = (text, random) => {
  const all = lines(text);
  const a = random.int(all.length);
  const b = random.int(all.length);
  [all[a], all[b]] = [all[b] as string, all[a] as string];
  return all.join("\n");
};

const reindent: TextMutation = (text, random) => {
  const all = lines(text);
  const index = random.int(all.length);
  const line = all[index] ?? "";
  all[index] = random.chance(0.5) ? ` ${line}` : line.replace(/^ {1,2}/, "");
  if (random.chance(0.1)) all[index] = `\t${line}`;
  return all.join("\n");
};

const insertText: TextMutation = (text, random) => {
  const at = random.int(text.length + 1);
  return (
    text.slice(0, at) +
    random.pick([...ODD_VALUES, ",", ";", ":", "\n", "#", "  ", "\r"]) +
    text.slice(at)
  );
};

const truncate: TextMutation = (text, random) => text.slice(0, random.int(text.length + 1));

const crlf: TextMutation = (text) => text.replace(/\r?\n/g, "\r\n");

/** A CSV-shaped edit: a cell replaced, a delimiter dropped or added, a formula. */
const csvCell: TextMutation = (text, random) => {
  const all = lines(text);
  const index = random.int(all.length);
  const cells = (all[index] ?? "").split(",");
  const choice = random.int(4);
  if (choice === 0) cells[random.int(cells.length)] = random.pick(ODD_VALUES);
  else if (choice === 1 && cells.length > 1) cells.splice(random.int(cells.length), 1);
  else if (choice === 2) cells.splice(random.int(cells.length + 1), 0, random.pick(ODD_VALUES));
  else cells[random.int(cells.length)] = '"=HYPERLINK(""http://example.com"",""klik"")"';
  all[index] = cells.join(",");
  return all.join("\n");
};

const flipByte: ByteMutation = (bytes, random) => {
  if (bytes.length === 0) return bytes;
  const copy = bytes.slice();
  const at = random.int(copy.length);
  copy[at] = (copy[at] as number) ^ (1 << random.int(8));
  return copy;
};

const latin1Byte: ByteMutation = (bytes, random) => {
  const at = random.int(bytes.length + 1);
  return Uint8Array.from([
    ...bytes.subarray(0, at),
    random.pick([0xe9, 0xeb, 0x80, 0xff]),
    ...bytes.subarray(at),
  ]);
};

/** The whole text as Latin-1 (characters above U+00FF become "?"). */
const asLatin1: ByteMutation = (bytes) =>
  Uint8Array.from(
    [...decoder.decode(bytes)].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 63)),
  );

const asUtf16: ByteMutation = (bytes) => {
  const text = decoder.decode(bytes);
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
};

const bom: ByteMutation = (bytes) => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);

const TEXT_MUTATIONS: Record<string, TextMutation> = {
  swapValue,
  renameKey,
  oddNumber,
  deleteLine,
  duplicateLine,
  swapLines,
  reindent,
  insertText,
  truncate,
  crlf,
};
const CSV_MUTATIONS: Record<string, TextMutation> = {
  csvCell,
  oddNumber,
  deleteLine,
  duplicateLine,
  swapLines,
  insertText,
  truncate,
  crlf,
};
const BYTE_MUTATIONS: Record<string, ByteMutation> = {
  flipByte,
  latin1Byte,
  asLatin1,
  asUtf16,
  bom,
};

/**
 * Applies one to three random mutations to a file: mostly edits of its text
 * (YAML- or CSV-shaped), sometimes of its bytes (bit flips, Latin-1 bytes,
 * UTF-16, a byte-order mark).
 *
 * @param original - the file's text
 * @param kind - which edits fit the file
 * @param random - the seeded generator
 * @example
 * mutateFile("a: 1\n", "yaml", new Random(7)).steps //=> e.g. ["swapValue"]
 */
export function mutateFile(
  original: string,
  kind: "yaml" | "csv" | "json",
  random: Random,
): Mutated {
  const textMutations = kind === "csv" ? CSV_MUTATIONS : TEXT_MUTATIONS;
  const steps: string[] = [];
  let text = original;
  const count = 1 + random.int(3);
  let bytes: Uint8Array | undefined;
  for (let i = 0; i < count; i++) {
    if (random.chance(0.15)) {
      const name = random.pick(Object.keys(BYTE_MUTATIONS));
      bytes = (BYTE_MUTATIONS[name] as ByteMutation)(bytes ?? encoder.encode(text), random);
      steps.push(name);
      // Text edits after a byte edit would re-encode the bytes; stop here.
      break;
    }
    const name = random.pick(Object.keys(textMutations));
    text = (textMutations[name] as TextMutation)(text, random);
    steps.push(name);
  }
  return { bytes: bytes ?? encoder.encode(text), steps };
}
