import { slugify } from "@ivp/model";
import { LAREN_DIR, STATLINE_FILE } from "@ivp/testkit/paths";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import { describe, expect, it } from "vitest";
import { buildImportTarget } from "../src/mapping/import-target.ts";
import { mapFigures } from "../src/mapping/map-figures.ts";
import { importIntoPlan } from "../src/node/import-into-plan.ts";
import { readSourceFile } from "../src/node/read-source-file.ts";
import { plainMunicipalityName } from "../src/regions/municipalities.ts";
import { collect, loadOrFail, planData, statlineRowsByHand, writePlan } from "./helpers.ts";

const ROWS = await statlineRowsByHand(STATLINE_FILE);
const PERIODS = ["2022", "2023"];
/** The value as the file writes it: "." is missing. */
const expected = (text: string) => (text === "." ? null : Number(text));

describe("the shared StatLine export (all municipalities, 2022-2023)", () => {
  it("is read as one figure per region and year, in file order", async () => {
    const figures = await collect(readSourceFile(STATLINE_FILE));
    expect(figures).toHaveLength(ROWS.size * PERIODS.length);
    expect(figures[0]).toMatchObject({
      dataset: {
        format: "statline-csv",
        title: "Geregistreerde misdrijven en aangiften; soort misdrijf, gemeente 2026",
        classification: "police",
      },
      region: { name: "Nederland", kind: "country" },
      crime: { classification: "police", code: "0.0.0", title: "Totaal misdrijven" },
      topic: "Geregistreerde misdrijven",
      registeredCrimes: true,
      period: "2022",
      location: { line: 7, column: 13 },
    });
  });

  it.each([
    ["Laren (NH.)", "GM0417"],
    ["Blaricum", "GM0376"],
    ["Eemnes", "GM0317"],
  ])("gives the exact totals the file has for %s (%s)", async (name, code) => {
    const byHand = ROWS.get(name);
    expect(byHand).toBeDefined();
    const plan = await (async () => {
      const { dir, remove } = await temporaryDirectory();
      try {
        return await writePlan(
          dir,
          planData({ municipality: { name: plainMunicipalityName(name), code } }),
        );
      } finally {
        await remove();
      }
    })();
    const mapped = await mapFigures(readSourceFile(STATLINE_FILE), buildImportTarget(plan.plan));
    expect(mapped.observations.map((o) => [o.series, o.area, o.period, o.value])).toEqual(
      PERIODS.map((period, i) => ["misdrijven-totaal", code, period, expected(byHand?.[i] ?? "")]),
    );
  });

  it("round-trips every municipality row through a plan's data file", async () => {
    const municipalities = [...ROWS.keys()].filter(
      (name) =>
        name !== "Nederland" &&
        !name.endsWith("(RE)") &&
        name !== "Buitenland" &&
        name !== "Gemeenten; niet in te delen",
    );
    expect(municipalities).toHaveLength(342);
    const others = municipalities.filter((n) => n !== "Blaricum");
    const { dir, remove } = await temporaryDirectory();
    try {
      const plan = await writePlan(
        dir,
        planData({
          areas: others.map((name) => ({ id: `gem-${slugify(name)}`, name, kind: "municipality" })),
        }),
      );
      const result = await importIntoPlan({ plan, source: STATLINE_FILE });
      expect(result.changes).toHaveLength(342 * 2);
      expect(result.skipped.otherAreas).toBe((ROWS.size - 342) * 2);

      const reloaded = await loadOrFail(dir);
      const value = new Map(
        reloaded.observations.map((o) => [`${o.area}|${o.period}`, o.value] as const),
      );
      expect(value.size).toBe(342 * 2);
      for (const name of municipalities) {
        const area = name === "Blaricum" ? "GM0376" : `gem-${slugify(name)}`;
        PERIODS.forEach((period, i) => {
          expect([name, period, value.get(`${area}|${period}`)]).toEqual([
            name,
            period,
            expected(ROWS.get(name)?.[i] ?? ""),
          ]);
        });
      }
    } finally {
      await remove();
    }
  });

  it("keeps roll-up rows apart: a police region is imported only as an area of its own", async () => {
    const { dir, remove } = await temporaryDirectory();
    try {
      const plan = await writePlan(
        dir,
        planData({
          areas: [{ id: "midden-nederland", name: "Midden-Nederland (RE)", kind: "police-unit" }],
        }),
      );
      const result = await importIntoPlan({ plan, source: STATLINE_FILE, dryRun: true });
      const byArea = result.changes.map((c) => [c.area, c.period, c.value]);
      const region = ROWS.get("Midden-Nederland (RE)") ?? [];
      const blaricum = ROWS.get("Blaricum") ?? [];
      expect(byArea).toEqual([
        ["GM0376", "2022", Number(blaricum[0])],
        ["GM0376", "2023", Number(blaricum[1])],
        ["midden-nederland", "2022", Number(region[0])],
        ["midden-nederland", "2023", Number(region[1])],
      ]);
    } finally {
      await remove();
    }
  });

  it("keeps a missing value (.) missing, never 0", async () => {
    const { dir, remove } = await temporaryDirectory();
    try {
      const plan = await writePlan(
        dir,
        planData({ areas: [{ id: "buitenland", name: "Buitenland", kind: "other" }] }),
      );
      await importIntoPlan({ plan, source: STATLINE_FILE });
      const reloaded = await loadOrFail(dir);
      const abroad = reloaded.observations.filter((o) => o.area === "buitenland");
      expect(ROWS.get("Buitenland")).toEqual([".", "."]);
      expect(abroad.map((o) => [o.period, o.value])).toEqual([
        ["2022", null],
        ["2023", null],
      ]);
    } finally {
      await remove();
    }
  });

  it("imports Laren's totals into the Laren example next to the document's figures", async () => {
    const { dir, remove } = await temporaryDirectory();
    try {
      const { cp } = await import("node:fs/promises");
      await cp(LAREN_DIR, dir, { recursive: true });
      const plan = await loadOrFail(dir);
      const result = await importIntoPlan({ plan, source: STATLINE_FILE });
      const laren = ROWS.get("Laren (NH.)") ?? [];
      expect(result.changes.map((c) => [c.series, c.area, c.period, c.value])).toEqual([
        ["misdrijven-totaal", "GM0417", "2022", Number(laren[0])],
        ["misdrijven-totaal", "GM0417", "2023", Number(laren[1])],
      ]);
      expect(result.planUpdated).toBe(true);
      await loadOrFail(dir);
    } finally {
      await remove();
    }
  });
});
