import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { IVP } from "./run-ivp.ts";

// Every file of the built CLI is ASCII: Node reads it into a string of
// one-byte characters, and V8 parses and compiles that (and src/code-cache.ts
// hands it to V8 with its code cache). One character above U+007F anywhere in
// a bundle makes all of it a string of two-byte characters. esbuild escapes
// what it writes in strings, not what a regular expression or a tagged
// template holds. Checked for the files of the everyday commands (the entry,
// the dispatcher, the messages, the plan reader, status, table, validate,
// compare); report, bulk, import and init still carry a few such characters
// (the report's HTML, the importers' municipality names).

/** The .js files under a directory (walked by hand: see the contributing guide). */
function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? scripts(join(dir, entry.name))
      : entry.name.endsWith(".js")
        ? [join(dir, entry.name)]
        : [],
  );
}

describe("the built CLI", () => {
  it("is ASCII, in the files of the everyday commands", () => {
    const dist = join(IVP, "..");
    const files = [
      ...scripts(join(dist, "messages")),
      ...["ivp", "main", "plan-loader", "suggest", "write-xlsx"].map((f) => join(dist, `${f}.js`)),
      ...["status", "table", "validate", "compare"].map((c) => join(dist, "commands", `${c}.js`)),
    ];
    expect(files).toHaveLength(4 + 5 + 4);
    const notAscii = files.filter((file) => readFileSync(file).some((byte) => byte > 0x7f));
    expect(notAscii).toEqual([]);
  });
});
