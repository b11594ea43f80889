import { describe, expect, it } from "vitest";
import type { Observation } from "../observation/observation.ts";
import { ObservationIndex } from "../observation/observation-index.ts";
import { parsePeriodOrThrow } from "../period/parse-period.ts";
import { seriesDispersion } from "./series-dispersion.ts";
import { allCounts, comparableHistory } from "./series-history.ts";

function context(figures: readonly [string, number][]) {
  const observations: Observation[] = figures.map(([period, value], n) => ({
    series: "s",
    area: "GM0417",
    period,
    value,
    origin: "import",
    ref: { kind: "file", file: "data.csv", line: n + 2, column: 1 },
  }));
  return { index: new ObservationIndex(observations) };
}

describe("comparableHistory", () => {
  it("the same months of the earlier years, oldest first, whatever order they were recorded in", () => {
    const c = context([
      ["2016-H1", 25],
      ["2013-H1", 30],
      ["2015", 50],
      ["2014-H1", 12],
      ["2018-H1", 99],
      ["2017-H1", 40],
    ]);
    expect(comparableHistory(c, "s", "GM0417", parsePeriodOrThrow("2017-H1"))).toEqual([
      { period: "2013-H1", year: 2013, value: 30 },
      { period: "2014-H1", year: 2014, value: 12 },
      { period: "2016-H1", year: 2016, value: 25 },
    ]);
  });

  it("years ten apart sort as numbers, and a derived figure counts (a half from a year minus the other half)", () => {
    const c = context([
      ["2010", 100],
      ["2010-H2", 60],
      ["2009-H1", 30],
      ["2012-H1", 20],
    ]);
    expect(comparableHistory(c, "s", "GM0417", parsePeriodOrThrow("2013-H1"))).toEqual([
      { period: "2009-H1", year: 2009, value: 30 },
      { period: "2010-H1", year: 2010, value: 40 },
      { period: "2012-H1", year: 2012, value: 20 },
    ]);
  });
});

describe("comparableHistory with a plan's memory of histories", () => {
  const figures: [string, number][] = [
    ["2014", 10],
    ["2015", 20],
    ["2016", 30],
    ["2016-H1", 12],
  ];
  const observations = (series: string, area: string): Observation[] =>
    figures.map(([period, value], n) => ({
      series,
      area,
      period,
      value: series === "t" ? value + 1 : value,
      origin: "import",
      ref: { kind: "file", file: "data.csv", line: n + 2, column: 1 },
    }));

  it("reads each series, area and period once and gives the same answer as without it", () => {
    const index = new ObservationIndex([
      ...observations("s", "GM0417"),
      ...observations("t", "GM0417"),
      ...observations("s", "GM0001"),
    ]);
    const histories = new Map();
    const c = { index, histories };
    const year = comparableHistory(c, "s", "GM0417", parsePeriodOrThrow("2017"));
    expect(year).toEqual(comparableHistory({ index }, "s", "GM0417", parsePeriodOrThrow("2017")));
    expect(comparableHistory(c, "s", "GM0417", parsePeriodOrThrow("2017"))).toBe(year);
    // Another period, series or area is another history.
    expect(comparableHistory(c, "s", "GM0417", parsePeriodOrThrow("2016"))).toEqual([
      { period: "2014", year: 2014, value: 10 },
      { period: "2015", year: 2015, value: 20 },
    ]);
    expect(comparableHistory(c, "s", "GM0417", parsePeriodOrThrow("2017-H1"))).toEqual([
      { period: "2016-H1", year: 2016, value: 12 },
    ]);
    expect(comparableHistory(c, "t", "GM0417", parsePeriodOrThrow("2017"))[0]?.value).toBe(11);
    expect(comparableHistory(c, "s", "GM0001", parsePeriodOrThrow("2017"))).not.toBe(year);
    expect(comparableHistory(c, "s", "GM0001", parsePeriodOrThrow("2017"))).toEqual(year);
    expect(histories.size).toBe(5);
  });
});

describe("allCounts", () => {
  it("whole numbers from 0 to 10^8 only", () => {
    expect(allCounts([0, 1, 1e8])).toBe(true);
    expect(allCounts([])).toBe(true);
    expect(allCounts([3, 1.5])).toBe(false);
    expect(allCounts([3, -1])).toBe(false);
    expect(allCounts([1e8 + 1, 3])).toBe(false);
  });
});

describe("seriesDispersion", () => {
  const five: [string, number][] = [
    ["2013", 30],
    ["2014", 12],
    ["2015", 25],
    ["2016", 40],
    ["2017", 18],
  ];

  it("estimates phi from the earlier comparable periods (R: glm(x ~ 1, family = quasipoisson))", () => {
    // summary(glm(c(30, 12, 25, 40, 18) ~ 1, family = quasipoisson))$dispersion = 4.680018322
    // (R stops its iterations a little short of the exact Pearson X^2 / df = 468 / 25 / 4 = 4.68).
    const d = seriesDispersion(context(five), "s", "GM0417", parsePeriodOrThrow("2018"));
    expect(d?.estimate.toPrecision(3)).toBe("4.68");
    expect(d?.estimate).toBeCloseTo(4.68, 12);
    expect(d?.used).toBeCloseTo(4.68, 12);
    expect(d?.periods).toEqual(["2013", "2014", "2015", "2016", "2017"]);
  });

  it("none from fewer than 4 periods, from figures that are not counts, or from zeros only", () => {
    const at = (figures: [string, number][]) =>
      seriesDispersion(context(figures), "s", "GM0417", parsePeriodOrThrow("2018"));
    expect(at(five.slice(2))).toBeNull();
    expect(at(five.slice(1))).not.toBeNull();
    expect(at([...five.slice(0, 4), ["2017", 18.5]])).toBeNull();
    expect(
      at([
        ["2014", 0],
        ["2015", 0],
        ["2016", 0],
        ["2017", 0],
      ]),
    ).toBeNull();
  });
});
