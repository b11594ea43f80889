import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ivp, ROOT, STATLINE_FILE, temporaryDirectory } from "./run-ivp.ts";

/**
 * examples/blaricum and examples/eemnes are exactly what `ivp init` and
 * `ivp import` of the real StatLine export make, so they can be rebuilt and
 * never drift from the tools.
 */
describe.each([
  ["blaricum", "GM0376"],
  ["eemnes", "Eemnes"],
])("examples/%s (built CLI)", (name, municipality) => {
  const example = join(ROOT, "examples", name);

  it("passes ivp validate", () => {
    const run = ivp(["validate", example]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("is what ivp init and ivp import make", async () => {
    const { dir, remove } = await temporaryDirectory();
    try {
      const target = join(dir, name);
      const schema = "../../packages/model/plan.schema.json";
      const init = ivp([
        "init",
        target,
        "-m",
        municipality,
        "--period",
        "2024-2027",
        "--schema",
        schema,
      ]);
      expect(init.code).toBe(0);
      expect(ivp(["import", STATLINE_FILE, "--plan", target]).code).toBe(0);
      for (const file of ["plan.yaml", "data/politie.csv"]) {
        expect(await readFile(join(target, file), "utf8")).toBe(
          await readFile(join(example, file), "utf8"),
        );
      }
    } finally {
      await remove();
    }
  });
});
