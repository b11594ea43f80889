import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { IVP } from "./run-ivp.ts";

// Every file of the built CLI is ASCII: Node reads it into a string of
// one-byte characters, and V8 parses and compiles that (and src/code-cache.ts
// hands it to V8 with its code cache). One character above U+007F anywhere in
// a bundle makes all of it a string of two-byte characters. esbuild escapes
// what it writes in strings, not what a regular expression or a tagged
// template holds, so write such characters there as \u escapes (the report's
// marker of a printed figure that differs, the importers' apostrophes).

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
  it("is ASCII, in every file", () => {
    const dist = join(IVP, "..");
    const files = scripts(dist);
    // The entry, the dispatcher and every command's bundle at least.
    expect(files).toEqual(
      expect.arrayContaining(
        ["ivp", "main", "bulk-worker"]
          .map((f) => join(dist, `${f}.js`))
          .concat(
            ["status", "table", "validate", "compare", "report", "bulk", "import", "init"].map(
              (c) => join(dist, "commands", `${c}.js`),
            ),
          ),
      ),
    );
    const notAscii = files.filter((file) => readFileSync(file).some((byte) => byte > 0x7f));
    expect(notAscii).toEqual([]);
  });
});
