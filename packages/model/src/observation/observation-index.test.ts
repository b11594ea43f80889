import { describe, expect, it } from "vitest";
import type { Observation } from "./observation.ts";
import { ObservationIndex } from "./observation-index.ts";

const figure = (period: string, value: number, origin: Observation["origin"] = "table") =>
  ({ series: "geweld", area: "GM0417", period, value, origin }) as Observation;

describe("ObservationIndex.series", () => {
  const index = new ObservationIndex([
    figure("2015-H1", 6),
    figure("2014", 12),
    figure("2015", 13, "table"),
    figure("2013", 11),
    figure("2015", 11, "text"),
    { ...figure("2014", 3), area: "GM0457" },
  ]);

  it("orders a series by period, input order within a period, for one area only", () => {
    const series = index.series("geweld", "GM0417");
    expect(series.map((o) => [o.period, o.value])).toEqual([
      ["2013", 11],
      ["2014", 12],
      ["2015-H1", 6],
      ["2015", 13],
      ["2015", 11],
    ]);
    expect(index.series("geweld", "GM0457").map((o) => o.value)).toEqual([3]);
    expect(index.series("inbraak", "GM0417")).toEqual([]);
  });

  it("sorts once: every call returns the same list, which cannot be changed", () => {
    const first = index.series("geweld", "GM0417");
    expect(index.series("geweld", "GM0417")).toBe(first);
    expect(() => (first as Observation[]).push(figure("2016", 1))).toThrow(TypeError);
    expect(index.series("geweld", "GM0417")).toHaveLength(5);
  });
});

describe("ObservationIndex lookups", () => {
  const index = new ObservationIndex([
    figure("2015", 13, "table"),
    { ...figure("2015", 4), series: "inbraak" },
    figure("2014", 12),
    { ...figure("2015", 7), area: "GM0457" },
    figure("2015", 11, "text"),
    figure("2015H1", 6),
    figure("2015-H1", 5),
  ]);

  it("finds every figure of a series, area and period, in input order", () => {
    expect(index.getAll("geweld", "GM0417", "2015").map((o) => o.value)).toEqual([13, 11]);
    expect(index.get("geweld", "GM0417", "2015")?.value).toBe(13);
    expect(index.get("geweld", "GM0457", "2015")?.value).toBe(7);
    expect(index.get("inbraak", "GM0417", { year: 2015, startMonth: 1, endMonth: 12 })?.value).toBe(
      4,
    );
    // A period given as a period is looked up by its code; a text as written.
    expect(index.get("geweld", "GM0417", { year: 2015, startMonth: 1, endMonth: 6 })?.value).toBe(
      5,
    );
    expect(index.get("geweld", "GM0417", "2015H1")?.value).toBe(6);
  });

  it("finds nothing for an unknown series, area or period", () => {
    expect(index.getAll("inbraak", "GM0457", "2015")).toEqual([]);
    expect(index.getAll("onbekend", "GM0417", "2015")).toEqual([]);
    expect(index.get("geweld", "GM0417", "2016")).toBeUndefined();
    expect(index.series("geweld", "GM9999")).toEqual([]);
  });

  it("keeps input order among periods written differently but equal", () => {
    expect(index.series("geweld", "GM0417").map((o) => o.value)).toEqual([12, 6, 5, 13, 11]);
  });

  it("groups the figures that share series, area and period, in the order of each group's first figure", () => {
    expect([...index.groups()].map((g) => g.map((o) => o.value))).toEqual([
      [13, 11],
      [4],
      [12],
      [7],
      [6],
      [5],
    ]);
  });
});
