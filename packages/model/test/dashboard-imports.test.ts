import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// What a dashboard imports from @ivp/model (the functions of the dashboard
// entry of .size-limit.json) must not drag in zod, the plan schemas or the
// linter: a browser bundler can only drop a module no value import reaches.
// This follows the value imports (not `import type`) of the modules those
// functions come from, through src/, and lists every module and package
// reached. size-limit measures the bytes; this says what must not be there.

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SRC = resolve(ROOT, "src");

/** `import`/`export ... from` of values, not of types only. */
const VALUE_IMPORT = /^(?:import|export)\s+(?!type\b)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm;

/** The module of src/index.ts that each exported name comes from. */
function moduleOfExport(name: string): string {
  const index = readFileSync(resolve(SRC, "index.ts"), "utf8");
  for (const match of index.matchAll(/export\s*(?:type\s*)?\{([^}]*)\}\s*from\s*"([^"]+)"/g)) {
    const names = (match[1] ?? "").split(",").map((n) => n.trim());
    if (names.includes(name)) return resolve(SRC, match[2] ?? "");
  }
  throw new Error(`src/index.ts exports no ${name}`);
}

/** Every module and package reachable by value imports from `starts`. */
function reachable(starts: readonly string[]): { modules: string[]; packages: string[] } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    for (const [, spec = ""] of readFileSync(file, "utf8").matchAll(VALUE_IMPORT)) {
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec));
      else packages.add(spec);
    }
  };
  for (const start of starts) visit(start);
  return { modules: [...modules].map((m) => relative(SRC, m)).sort(), packages: [...packages] };
}

const sizeLimit = JSON.parse(readFileSync(resolve(ROOT, ".size-limit.json"), "utf8")) as {
  name: string;
  import: string | Record<string, string>;
}[];
const dashboard = sizeLimit.find((check) => check.name.includes("a dashboard's figures"));

describe("a dashboard's import", () => {
  it("is in .size-limit.json", () => {
    expect(typeof dashboard?.import).toBe("string");
  });

  const names = String(dashboard?.import ?? "")
    .replace(/[{}]/g, "")
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean);
  const { modules, packages } = reachable(names.map(moduleOfExport));

  it("reaches its modules through value imports (the walk finds them)", () => {
    expect(names).toEqual(["evaluateTable", "assessPlanProgress", "ObservationIndex"]);
    expect(modules).toContain("table/evaluate-table.ts");
    expect(modules).toContain("statistics/poisson-test.ts");
  });

  it("reaches no package: no zod, no date-fns", () => {
    expect(packages).toEqual([]);
  });

  it("reaches no plan schema and no part of the linter", () => {
    expect(modules.filter((m) => /^(schema|lint|validation)\//.test(m))).toEqual([]);
  });
});
