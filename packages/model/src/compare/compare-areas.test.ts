import { observationsBySeries } from "@ivp/testkit/observations";
import { describe, expect, it } from "vitest";
import { planSchema } from "../schema/plan-schema.ts";
import type { Plan, PlanInput } from "../schema/types.ts";
import { type ComparisonInput, compareAreas } from "./compare-areas.ts";

function plan(overrides: Partial<PlanInput> & { code: string; name: string }): Plan {
  const { code, name, ...rest } = overrides;
  return planSchema.parse({
    schemaVersion: 1,
    id: name.toLowerCase(),
    title: `IVP ${name}`,
    municipality: { name, code },
    period: { start: 2024, end: 2027 },
    mission: "Veilig wonen.",
    ...rest,
  });
}

const SERIES = [
  { id: "misdrijven-totaal", label: "Totaal misdrijven", codes: { police: "0.0.0" } },
  { id: "inwoners", label: "Inwoners" },
];
const INDICATORS = [
  {
    id: "misdrijven-totaal",
    label: "Totaal misdrijven",
    unit: "count" as const,
    direction: "lower-is-better" as const,
  },
];

// Test figures, not real population numbers.
const a: ComparisonInput = {
  plan: plan({ code: "GM0376", name: "Blaricum", series: SERIES, indicators: INDICATORS }),
  observations: observationsBySeries(
    {
      "misdrijven-totaal": { "2022": 363, "2023": 347 },
      inwoners: { "2022": 12000, "2023": 12100 },
    },
    { area: "GM0376" },
  ),
};
const b: ComparisonInput = {
  plan: plan({ code: "GM0317", name: "Eemnes", series: SERIES, indicators: INDICATORS }),
  observations: observationsBySeries(
    {
      "misdrijven-totaal": { "2022": 233, "2023": 264 },
      inwoners: { "2022": 9000 },
    },
    { area: "GM0317" },
  ),
};

describe("compareAreas", () => {
  it("puts counts, populations and rates per 1,000 side by side", () => {
    const result = compareAreas([a, b]);
    expect(result.areas).toEqual([
      { plan: "blaricum", name: "Blaricum", code: "GM0376" },
      { plan: "eemnes", name: "Eemnes", code: "GM0317" },
    ]);
    expect(result.indicators.map((i) => i.id)).toEqual(["misdrijven-totaal"]);
    const rows = result.indicators[0]?.rows ?? [];
    expect(rows.map((r) => r.period)).toEqual(["2022", "2023"]);
    const cells = rows.map((r) => r.cells.map((c) => [c.count, c.population, c.ratePer1000]));
    expect(cells).toEqual([
      [
        [363, 12000, 30.3], // 30.25 rounds half away from zero
        [233, 9000, 25.9], // 25.888...
      ],
      [
        [347, 12100, 28.7], // 28.677...
        [264, null, null], // no population for 2023
      ],
    ]);
    expect(rows[1]?.cells[1]?.rateGap).toBe("no-population");
  });

  it("gives each count its change against the year before (the previous comparable period)", () => {
    const rows = compareAreas([a, b]).indicators[0]?.rows ?? [];
    expect(rows.map((r) => r.cells.map((c) => [c.change, c.changeFrom]))).toEqual([
      [
        [null, null], // no 2021
        [null, null],
      ],
      [
        [-4, "2022"], // 363 -> 347: -4.4%
        [13, "2022"], // 233 -> 264: +13.3%
      ],
    ]);
  });

  it("computes rates per 10,000 or 100,000 inhabitants when asked", () => {
    const result = compareAreas([a, b], { rateBase: 10_000 });
    expect(result.rateBase).toBe(10_000);
    const cell = result.indicators[0]?.rows[0]?.cells[0];
    // 363 x 10,000 / 12,000 = 302.5; the rate per 1,000 stays 30.3.
    expect(cell).toMatchObject({ rate: 302.5, ratePer1000: 30.3 });
    expect(compareAreas([a, b], { rateBase: 100_000 }).indicators[0]?.rows[0]?.cells[1]?.rate).toBe(
      2588.9, // 233 x 100,000 / 9,000 = 2588.888...
    );
  });

  it("computes every rate from the printed count and population (reproducible by hand)", () => {
    for (const indicator of compareAreas([a, b]).indicators) {
      for (const row of indicator.rows) {
        for (const cell of row.cells) {
          if (cell.ratePer1000 === null) continue;
          // count × 10,000 / population rounded half up, in whole numbers, then / 10.
          const count = cell.count as number;
          const population = cell.population as number;
          const tenths = Math.floor((2 * count * 10_000 + population) / (2 * population));
          expect(cell.ratePer1000).toBe(tenths / 10);
        }
      }
    }
  });

  it("finds the same police figure under another id by its crime-type code", () => {
    const other: ComparisonInput = {
      plan: plan({
        code: "GM0417",
        name: "Laren",
        series: [{ id: "totaal", label: "Totaal", codes: { police: "0.0.0" } }],
      }),
      observations: observationsBySeries({ totaal: { "2022": 482 } }, { area: "GM0417" }),
    };
    const result = compareAreas([a, other], { indicators: ["misdrijven-totaal"] });
    const cell = result.indicators[0]?.rows[0]?.cells[1];
    expect(cell).toMatchObject({ series: "totaal", count: 482, rateGap: "no-population-series" });
  });

  it("uses the population of the period's year for a shorter period", () => {
    const half: ComparisonInput = {
      plan: a.plan,
      observations: observationsBySeries(
        {
          "misdrijven-totaal": { "2023-H1": 121 },
          inwoners: { "2023": 12100 },
        },
        { area: "GM0376" },
      ),
    };
    const cell = compareAreas([half], { periods: ["2023-H1"] }).indicators[0]?.rows[0]?.cells[0];
    expect(cell).toMatchObject({
      count: 121,
      population: 12100,
      populationPeriod: "2023",
      ratePer1000: 10,
    });
  });

  describe("edge cases", () => {
    it("keeps a missing count missing, with the reason", () => {
      const gap: ComparisonInput = {
        plan: a.plan,
        observations: observationsBySeries(
          { "misdrijven-totaal": { "2022": null } },
          { area: "GM0376" },
        ),
      };
      const cell = compareAreas([gap], { indicators: ["misdrijven-totaal"], periods: ["2022"] })
        .indicators[0]?.rows[0]?.cells[0];
      expect(cell).toMatchObject({
        count: null,
        status: "missing",
        countGap: "no-value",
        rateGap: "no-value",
      });
    });

    it("marks a plan without the indicator as having no series", () => {
      const bare: ComparisonInput = {
        plan: plan({ code: "GM0308", name: "Baarn" }),
        observations: [],
      };
      const cell = compareAreas([a, bare]).indicators[0]?.rows[0]?.cells[1];
      expect(cell).toMatchObject({ series: null, count: null, countGap: "no-series" });
    });

    it("leaves out default indicators without any figure, but keeps requested ones", () => {
      const empty: ComparisonInput = { plan: a.plan, observations: [] };
      expect(compareAreas([empty]).indicators).toEqual([]);
      expect(compareAreas([empty], { indicators: ["misdrijven-totaal"] }).indicators).toHaveLength(
        1,
      );
    });

    it("never sums across municipalities", () => {
      const result = compareAreas([a, b]);
      expect(result.indicators[0]?.rows[0]?.cells).toHaveLength(2);
    });

    it("gives no rate for a measure that is not a count", () => {
      const graded: ComparisonInput = {
        plan: plan({
          code: "GM0376",
          name: "Blaricum",
          series: [{ id: "inwoners", label: "Inwoners" }],
          indicators: [{ id: "rapportcijfer", label: "Rapportcijfer", unit: "grade" }],
        }),
        observations: observationsBySeries(
          {
            rapportcijfer: { "2023": 7.5 },
            inwoners: { "2023": 12000 },
          },
          { area: "GM0376" },
        ),
      };
      const cell = compareAreas([graded], { indicators: ["rapportcijfer"] }).indicators[0]?.rows[0]
        ?.cells[0];
      expect(cell).toMatchObject({ count: 7.5, ratePer1000: null, rateGap: "not-a-count" });
    });
  });
});
