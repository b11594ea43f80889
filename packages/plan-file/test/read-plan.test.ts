import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exampleDir } from "@ivp/testkit/paths";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPlan } from "../src/load-plan.ts";
import { readPlan } from "../src/read-plan.ts";

describe("readPlan", () => {
  it.each(["laren-2019-2022", "blaricum", "eemnes"] as const)(
    "reads the example %s exactly as loadPlan does",
    async (name) => {
      const read = await readPlan(exampleDir(name));
      const loaded = await loadPlan(exampleDir(name));
      expect(read.success && loaded.success).toBe(true);
      if (!read.success || !loaded.success) return;
      expect(read.plan).toEqual(loaded.plan);
      expect(read.observations).toEqual(loaded.observations);
      expect(read.dataFiles).toEqual(loaded.dataFiles);
      expect(read.file).toBe(loaded.file);
      expect(read.dir).toBe(loaded.dir);
      expect(read).not.toHaveProperty("locate");
    },
  );

  describe("a plan with a problem gets loadPlan's issues, each at its line and column", () => {
    let root = "";
    let blaricum = "";
    beforeAll(async () => {
      root = await mkdtemp(join(tmpdir(), "ivp-read-plan-"));
      blaricum = await readFile(join(exampleDir("blaricum"), "plan.yaml"), "utf8");
    });
    afterAll(() => rm(root, { recursive: true, force: true }));

    it.each([
      ["a YAML syntax error", (text: string) => `${text}\nfoo: [unclosed\n`, {}],
      [
        "a field of the wrong type",
        (text: string) => text.replace("language: nl", "language: 12"),
        {},
      ],
      ["an unknown field", (text: string) => `${text}\nonbekend: 1\n`, {}],
      ["a missing data file", (text: string) => text, { remove: "data/politie.csv" }],
      [
        "a figure of an unknown series",
        (text: string) => text,
        { append: "onbekend,GM0376,2023,3\n" },
      ],
      [
        "an alias (valid, read by the precise parser)",
        (text: string) => `${text}\nsubtitle: &a Sub\n`,
        {},
      ],
    ])("%s", async (name, edit, options: { remove?: string; append?: string }) => {
      const dir = join(root, name.replace(/\W+/g, "-"));
      await mkdir(join(dir, "data"), { recursive: true });
      await writeFile(join(dir, "plan.yaml"), edit(blaricum));
      const csv = await readFile(join(exampleDir("blaricum"), "data/politie.csv"), "utf8");
      if (options.remove === undefined)
        await writeFile(join(dir, "data/politie.csv"), csv + (options.append ?? ""));
      const read = await readPlan(dir);
      const loaded = await loadPlan(dir);
      expect(loaded.success).toBe(name.includes("valid"));
      if (!loaded.success) expect(read).toEqual(loaded);
      else expect(read).toMatchObject({ success: true, plan: loaded.plan });
    });

    it("a directory without a plan", async () => {
      const read = await readPlan(join(root, "nothing-here"));
      expect(read.success).toBe(false);
      expect(read).toEqual(await loadPlan(join(root, "nothing-here")));
    });
  });
});
