import { describe, expect, it } from "vitest";
import { CollectedMunicipality, observationsFromColumns } from "./municipality-figures.ts";

const LAREN = { code: "GM0417", name: "Laren", codeIsSynthetic: false };

describe("CollectedMunicipality.observations and observationColumns", () => {
  it("gives one observation per series and whole year, then its other periods in order; the columns make the same", () => {
    const order = new Map([
      ["woninginbraken", 0],
      ["geweld", 1],
    ]);
    const figures = new CollectedMunicipality(LAREN, { file: "x.csv", line: 7 }, order);
    // geweld first seen, but second in the template's order.
    const geweld = figures.cells("geweld");
    for (let m = 1; m <= 12; m++) geweld.setMonth(2022, m, m === 5 ? null : 2);
    for (let m = 1; m <= 11; m++) geweld.setMonth(2023, m, 1);
    const inbraken = figures.cells("woninginbraken");
    for (let m = 1; m <= 12; m++) inbraken.setMonth(2023, m, 3);
    inbraken.setYear(2021, 40);
    inbraken.setOther("2023-Q2", 9);
    inbraken.setOther("2023-Q1", 8);
    const ref = { kind: "file", file: "x.csv", line: 7, column: 1 };
    const common = { area: "GM0417", origin: "import", source: "politie", ref };
    const expected = [
      { series: "woninginbraken", period: "2021", value: 40 },
      { series: "woninginbraken", period: "2023", value: 36 },
      { series: "woninginbraken", period: "2023-Q1", value: 8 },
      { series: "woninginbraken", period: "2023-Q2", value: 9 },
      { series: "geweld", period: "2022", value: null },
    ];
    const observations = figures.observations({ source: "politie" });
    expect(observations).toEqual(expected.map((o) => ({ ...o, ...common })));
    // The key order of each observation (it shows in a report's JSON).
    expect(Object.keys(observations[0] as object)).toEqual([
      "series",
      "area",
      "period",
      "value",
      "origin",
      "source",
      "ref",
    ]);
    expect(observationsFromColumns(figures.observationColumns({ source: "politie" }))).toEqual(
      observations,
    );
    const without = figures.observations();
    expect(without.every((o) => !("source" in o))).toBe(true);
    expect(without).toHaveLength(5);
  });
});
