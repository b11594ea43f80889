import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "@ivp/testkit/paths";
import { describe, expect, it } from "vitest";
import { plural } from "./plural.ts";

const figures = { one: "one", other: "other" } as const;

describe("plural", () => {
  it("chooses one for 1 and other for every other count, in Dutch and English", () => {
    for (const locale of ["nl", "en", "nl-NL", "en-US"]) {
      expect([0, 1, 2, 1.5, 11, 21, 101].map((n) => plural(locale, n, figures))).toEqual([
        "other",
        "one",
        "other",
        "other",
        "other",
        "other",
        "other",
      ]);
    }
  });

  it("takes a language's own categories when the forms have them, else other", () => {
    // Polish: 2-4 are "few", 5 and up "many" (CLDR).
    const pl = { one: "plik", few: "pliki", many: "plików", other: "pliku" };
    expect([1, 2, 5, 22, 25].map((n) => plural("pl", n, pl))).toEqual([
      "plik",
      "pliki",
      "plików",
      "pliki",
      "plików",
    ]);
    expect(plural("pl", 3, { one: "plik", other: "pliki" })).toBe("pliki");
  });
});

/** The TypeScript sources under `dir`, without tests, node_modules and builds. */
function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return ["node_modules", "dist", ".turbo"].includes(entry.name) ? [] : sourcesUnder(path);
    }
    return entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")
      ? [path]
      : [];
  });
}

describe("plurals in ivp's sources", () => {
  // Every package and app: a text chosen by `count === 1 ? "..." : "..."`
  // is one a language with other plural rules cannot get right.
  const sources = ["packages", "apps"]
    .flatMap((root) => sourcesUnder(join(REPO_ROOT, root)))
    .filter((file) => file.includes("/src/"));

  it("are never a ternary on === 1", () => {
    expect(sources.length).toBeGreaterThan(100);
    const ternaries = sources.filter((file) =>
      /=== 1n?\s*\?\s*["'`]/.test(readFileSync(file, "utf8")),
    );
    expect(ternaries).toEqual([]);
  });
});
