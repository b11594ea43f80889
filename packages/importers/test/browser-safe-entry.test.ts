import { fileURLToPath } from "node:url";
import { nodeImportsOf } from "@ivp/testkit/node-imports";
import * as esbuild from "esbuild";
import { describe, expect, it } from "vitest";

const entry = (name: string) => fileURLToPath(new URL(`../src/${name}.ts`, import.meta.url));

// The "." entry is what a web page bundles (the docs' playground does): not
// one module in its graph, this package's or a dependency's, may import Node.
describe("the package's entries by audience", () => {
  it("'.' imports nothing of Node anywhere in its graph", async () => {
    const { imports, modules } = await nodeImportsOf(esbuild, entry("index"));
    expect(modules).toBeGreaterThan(10);
    expect(imports).toEqual([]);
  }, 60_000);

  it("'./node' is where the file system is (so the check above can see it)", async () => {
    const { imports } = await nodeImportsOf(esbuild, entry("node"));
    expect(imports.map((i) => i.specifier)).toContain("node:fs/promises");
  }, 60_000);
});
