/**
 * One set of rules for a figure, at every door: whatever an import accepts,
 * `ivp validate` (the data-file reader and the linter) accepts too. Generated
 * OData pages and StatLine downloads carry counts of every kind (negative,
 * fractional, as text, with thousands dots); each is imported into a fresh
 * plan, and when the import succeeds the plan is loaded and linted again.
 */
import { lintPlan } from "@ivp/model";
import { loadPlan } from "@ivp/plan-file/node";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ImportError } from "../src/import-error.ts";
import { importIntoPlan } from "../src/node/import-into-plan.ts";
import { planData, writePlan } from "./helpers.ts";

const PLAN = planData({
  municipality: { name: "Blaricum", code: "GM0376" },
  series: [{ id: "misdrijven-totaal", label: "Totaal misdrijven", codes: { police: "0.0.0" } }],
  indicators: [
    {
      id: "misdrijven",
      label: "Misdrijven",
      unit: "count",
      series: "misdrijven-totaal",
      direction: "lower-is-better",
    },
  ],
  sources: [{ id: "politie", name: "Politie, open data", kind: "open-data" }],
});

/** A count cell of any kind a file might hold. */
const rawCount: fc.Arbitrary<unknown> = fc.oneof(
  fc.nat({ max: 99_999 }),
  fc.integer({ min: -99_999, max: -1 }),
  fc.double({ min: -1000, max: 1000, noNaN: true }),
  fc.nat({ max: 99_999 }).map(String),
  fc
    .integer({ min: 1000, max: 9_999_999 })
    .map((n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".")),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 99 })).map(([a, b]) => `${a}.${b}`),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 99 })).map(([a, b]) => `${a},${b}`),
  fc.constantFrom(null, ".", "", "-3", " 12 ", "1.004", "1.0040", "veel"),
);

const odataPage = (counts: readonly unknown[]) =>
  JSON.stringify({
    "odata.metadata":
      "https://opendata.cbs.nl/ODataApi/odata/47013NED/$metadata#Cbs.OData.WebAPI.TypedDataSet",
    value: counts.map((count, i) => ({
      SoortMisdrijf: "0.0.0 ",
      RegioS: "GM0376  ",
      Perioden: `20${10 + i}JJ00`,
      GeregistreerdeMisdrijven_1: count,
    })),
  });

const statlineCell = (count: unknown) =>
  count === null
    ? "."
    : typeof count === "number"
      ? String(count).replace(".", ",")
      : String(count);

const statline = (counts: readonly unknown[]) =>
  [
    '"Geregistreerde misdrijven en aangiften; soort misdrijf, gemeente"',
    '"Regio\'s: Blaricum"',
    '""',
    `"Onderwerp";${counts.map(() => '"Geregistreerde misdrijven"').join(";")}`,
    `"Perioden";${counts.map((_, i) => `"${2010 + i}"`).join(";")}`,
    `"Soort misdrijf";${counts.map(() => '"aantal"').join(";")}`,
    `"Totaal misdrijven";${counts.map((c) => `"${statlineCell(c)}"`).join(";")}`,
    '"Bron: Politie"',
    "",
  ].join("\n");

async function importThenValidate(name: string, text: string): Promise<"imported" | "refused"> {
  const { dir, remove } = await temporaryDirectory();
  try {
    const plan = await writePlan(dir, PLAN, { [name]: text });
    try {
      await importIntoPlan({ plan, source: `${dir}/${name}` });
    } catch (error) {
      // A refusal is an ImportError with a place in the source file, never another error.
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).location?.file).toBeDefined();
      return "refused";
    }
    const again = await loadPlan(dir);
    if (!again.success) throw new Error(again.issues.map((i) => i.message).join("\n"));
    const errors = lintPlan(again.plan, { observations: again.observations }).filter(
      (f) => f.code === "value-out-of-range",
    );
    expect(errors).toEqual([]);
    return "imported";
  } finally {
    await remove();
  }
}

describe("import succeeds => validate accepts", () => {
  it("OData pages with counts of every kind", async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(rawCount, { minLength: 1, maxLength: 4 }), async (counts) => {
        seen.add(await importThenValidate("page.json", odataPage(counts)));
      }),
      { numRuns: 60 },
    );
    expect(seen).toEqual(new Set(["imported", "refused"]));
  });

  it("StatLine downloads with cells of every kind", async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(rawCount, { minLength: 1, maxLength: 4 }), async (counts) => {
        seen.add(await importThenValidate("download.csv", statline(counts)));
      }),
      { numRuns: 60 },
    );
    expect(seen).toEqual(new Set(["imported", "refused"]));
  });
});

describe("counts as the issue found them", () => {
  it.each([
    ["a negative count", -3, "GeregistreerdeMisdrijven_1 is -3, but a count is never negative"],
    ["a fractional count", 2.5, "GeregistreerdeMisdrijven_1 is 2.5, but a count is a whole number"],
    [
      "a count as text with a decimal point",
      "12.5",
      'GeregistreerdeMisdrijven_1: "12.5" is not a count: a count is a whole number, and a dot separates thousands in groups of three (1.004)',
    ],
  ])("OData: %s is refused at its row, nothing written", async (_, count, message) => {
    const { dir, remove } = await temporaryDirectory();
    try {
      const plan = await writePlan(dir, PLAN, { "page.json": odataPage([count]) });
      const error = await importIntoPlan({ plan, source: `${dir}/page.json` }).catch((e) => e);
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).message).toBe(message);
      expect((error as ImportError).location).toMatchObject({ line: 1 });
      await expect(loadPlan(dir)).resolves.toMatchObject({ success: true, dataFiles: [] });
    } finally {
      await remove();
    }
  });

  it('StatLine: "1.004" in a count is 1004 (a thousands dot), "1.5" an error at its cell', async () => {
    const { dir, remove } = await temporaryDirectory();
    try {
      const plan = await writePlan(dir, PLAN, {
        "ok.csv": statline(["1.004"]),
        "bad.csv": statline(["1.5"]),
      });
      const result = await importIntoPlan({ plan, source: `${dir}/ok.csv` });
      expect(result.changes.map((c) => c.value)).toEqual([1004]);
      const error = await importIntoPlan({ plan, source: `${dir}/bad.csv` }).catch((e) => e);
      expect(error).toMatchObject({
        message:
          '"1.5" is not a count: a count is a whole number, and a dot separates thousands in groups of three (1.004)',
        location: { line: 7, column: 21 },
      });
    } finally {
      await remove();
    }
  });
});
