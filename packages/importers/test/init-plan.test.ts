import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { STATLINE_FILE } from "@ivp/testkit/paths";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import { describe, expect, it } from "vitest";
import { importIntoPlan } from "../src/node/import-into-plan.ts";
import { initPlan } from "../src/node/init-plan.ts";
import { loadOrFail, statlineRowsByHand } from "./helpers.ts";

describe("initPlan", () => {
  it("scaffolds a valid plan with an empty data file that an import fills", async () => {
    const { dir, remove } = await temporaryDirectory();
    try {
      const target = join(dir, "eemnes");
      const result = await initPlan({
        dir: target,
        municipality: "Eemnes",
        period: { start: 2024, end: 2027 },
      });
      expect(result.municipality).toEqual({ name: "Eemnes", code: "GM0317" });
      expect(await readFile(join(target, "data/politie.csv"), "utf8")).toBe(
        "series,area,period,value,origin,source,note\n",
      );
      const plan = await loadOrFail(target);
      expect(plan.observations).toEqual([]);
      const imported = await importIntoPlan({ plan, source: STATLINE_FILE });
      const eemnes = (await statlineRowsByHand(STATLINE_FILE)).get("Eemnes") ?? [];
      expect(imported.changes.map((c) => [c.series, c.period, c.value])).toEqual([
        ["misdrijven-totaal", "2022", Number(eemnes[0])],
        ["misdrijven-totaal", "2023", Number(eemnes[1])],
      ]);
      expect(imported.planUpdated).toBe(false);
      expect((await loadOrFail(target)).observations).toHaveLength(2);
    } finally {
      await remove();
    }
  });

  it("refuses to overwrite an existing plan, and writes nothing", async () => {
    const { dir, remove } = await temporaryDirectory();
    try {
      await writeFile(join(dir, "plan.yaml"), "mijn: plan\n");
      await expect(
        initPlan({ dir, municipality: "Blaricum", period: { start: 2024, end: 2027 } }),
      ).rejects.toThrow("plan.yaml exists already; ivp init does not overwrite a plan");
      expect(await readdir(dir)).toEqual(["plan.yaml"]);
      expect(await readFile(join(dir, "plan.yaml"), "utf8")).toBe("mijn: plan\n");
    } finally {
      await remove();
    }
  });

  it("refuses a municipality it cannot identify, and writes nothing", async () => {
    const { dir, remove } = await temporaryDirectory();
    try {
      await expect(
        initPlan({
          dir,
          municipality: "Heemskerk",
          code: "GM0392",
          period: { start: 2024, end: 2027 },
        }),
      ).rejects.toThrow("Heemskerk has the CBS code GM0396, not GM0392 (GM0392 is Haarlem)");
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await remove();
    }
  });
});
