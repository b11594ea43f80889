import { parseArgs } from "node:util";
import { describe, expect, it } from "vitest";
import { parseLongOptions } from "./parse-long-options.ts";

const OPTIONS = {
  format: { type: "string" },
  lang: { type: "string" },
  "as-of": { type: "string" },
  help: { type: "boolean", short: "h" },
  "no-cache": { type: "boolean" },
  out: { type: "string", short: "o" },
} as const;

/** Words a command line may hold, the awkward ones included. */
const WORDS = [
  "plan",
  "",
  "-",
  "--",
  "-h",
  "-o",
  "--help",
  "--help=yes",
  "--format",
  "--format=json",
  "--out=",
  "--out=--x",
  "--as-of",
  "2018",
  "-2018",
  "--no-cache",
  "--unknown",
  "--=x",
  "--constructor",
  "--__proto__",
];

/** Every sequence of up to `length` words. */
function commandLines(length: number): string[][] {
  const all: string[][] = [[]];
  let last: string[][] = [[]];
  for (let n = 1; n <= length; n++) {
    last = last.flatMap((line) => WORDS.map((word) => [...line, word]));
    all.push(...last);
  }
  return all;
}

function byParseArgs(args: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    return { values, positionals };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe("parseLongOptions", () => {
  it("answers as parseArgs wherever it answers, on every command line of up to three words", () => {
    const lines = commandLines(3);
    let answered = 0;
    for (const args of lines) {
      const fast = parseLongOptions(args, OPTIONS);
      if (fast === undefined) continue;
      answered++;
      expect({ args, ...fast }).toStrictEqual({ args, ...byParseArgs(args) });
    }
    expect(lines.length).toBe(1 + 20 + 20 ** 2 + 20 ** 3);
    expect(answered).toBeGreaterThan(500);
  });

  it("answers the everyday forms, and leaves the rest to parseArgs", () => {
    expect(parseLongOptions(["examples/laren", "--format", "json"], OPTIONS)).toStrictEqual({
      values: Object.assign(Object.create(null), { format: "json" }),
      positionals: ["examples/laren"],
    });
    expect(parseLongOptions(["p", "--as-of=2018", "--no-cache"], OPTIONS)?.values).toStrictEqual(
      Object.assign(Object.create(null), { "as-of": "2018", "no-cache": true }),
    );
    for (const args of [["-h"], ["p", "--"], ["--formt", "json"], ["--lang"], ["--help=1"]])
      expect(parseLongOptions(args, OPTIONS)).toBeUndefined();
  });
});
