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
