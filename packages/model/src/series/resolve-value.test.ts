import { observationIndex } from "@ivp/testkit/observations";
import { COMPUTED_RATE_SERIES, seriesById } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import type { Series } from "../schema/types.ts";
import { figureSources, resolveValue, seriesUnits } from "./resolve-value.ts";

const series = seriesById([
  { id: "total", label: "Total", parts: { series: ["a", "b"], complete: true } },
  { id: "partial", label: "Partial", parts: { series: ["a", "b"], complete: false } },
]);

/** Misdrijven per 1,000 inhabitants, computed from `misdrijven` and `inwoners`. */
const RATE = "misdrijven-per-1000";
const rates = seriesById(COMPUTED_RATE_SERIES);

describe("resolveValue", () => {
  it("returns an observed value as it is", () => {
    const index = observationIndex([["x", "2017", 79]]);
    expect(resolveValue({ index }, "x", "GM0417", "2017")).toMatchObject({
      status: "observed",
      value: 79,
    });
  });

  it.each([
    ["July-December as the year minus January-June", "2017-H1", 54, "2017-H2", 25, "second-half"],
    ["January-June as the year minus July-December", "2017-H2", 25, "2017-H1", 54, "first-half"],
  ] as const)("derives %s", (_, known, figure, wanted, value, rule) => {
    const index = observationIndex([
      ["x", "2017", 79],
      ["x", known, figure],
    ]);
    expect(resolveValue({ index }, "x", "GM0417", wanted)).toMatchObject({
      status: "derived",
      value,
      rule,
    });
  });

  it("derives a year from its two halves", () => {
    const index = observationIndex([
      ["x", "2017-H1", 54],
      ["x", "2017-H2", 25],
    ]);
    expect(resolveValue({ index }, "x", "GM0417", "2017")).toMatchObject({
      status: "derived",
      value: 79,
      rule: "full-year",
    });
  });

  it("sums parts only when they are declared complete", () => {
    const index = observationIndex([
      ["a", "2017", 20],
      ["b", "2017", 59],
    ]);
    expect(resolveValue({ index, series }, "total", "GM0417", "2017")).toMatchObject({
      status: "derived",
      value: 79,
      rule: "sum-of-parts",
    });
    expect(resolveValue({ index, series }, "partial", "GM0417", "2017")).toMatchObject({
      status: "missing",
    });
  });

  describe("edge cases", () => {
    it("keeps a missing value missing, never 0", () => {
      const index = observationIndex([["x", "2017", null]]);
      expect(resolveValue({ index }, "x", "GM0417", "2017")).toEqual({
        status: "missing",
        period: "2017",
      });
    });

    it("does not derive from a missing part", () => {
      const index = observationIndex([
        ["a", "2017", 20],
        ["b", "2017", null],
      ]);
      expect(resolveValue({ index, series }, "total", "GM0417", "2017").status).toBe("missing");
    });

    it("does not derive a half year from a half year that is itself derived", () => {
      const index = observationIndex([["x", "2017", 79]]);
      expect(resolveValue({ index }, "x", "GM0417", "2017-H2").status).toBe("missing");
    });

    it("looks only at the requested area", () => {
      const index = observationIndex([["x", "2017", 79]], { area: "GM0376" });
      expect(resolveValue({ index }, "x", "GM0417", "2017").status).toBe("missing");
    });
  });
});

describe("resolveValue: halves and years only for counts", () => {
  const defined = (id: string, unit: Series["unit"]) => seriesById([{ id, label: id, unit }]);

  it.each(["percentage", "grade", "rate-per-1000", "rate-per-10000", "rate-per-100000"] as const)(
    "does not invent the other half of a %s from the year and one half",
    (unit) => {
      // 12 % over the year and 10 % in January-June do not make 2 % in July-December.
      const index = observationIndex([
        ["x", "2017", 12],
        ["x", "2017-H1", 10],
      ]);
      expect(resolveValue({ index, series: defined("x", unit) }, "x", "GM0417", "2017-H2")).toEqual(
        {
          status: "missing",
          period: "2017-H2",
          notAdditive: { rule: "second-half", unit },
        },
      );
    },
  );

  it("does not invent January-June of a percentage either", () => {
    const index = observationIndex([
      ["x", "2017", 12],
      ["x", "2017-H2", 14],
    ]);
    expect(
      resolveValue({ index, series: defined("x", "percentage") }, "x", "GM0417", "2017-H1"),
    ).toEqual({
      status: "missing",
      period: "2017-H1",
      notAdditive: { rule: "first-half", unit: "percentage" },
    });
  });

  it("does not add the halves of a grade up to a year", () => {
    const index = observationIndex([
      ["x", "2017-H1", 7.1],
      ["x", "2017-H2", 7.3],
    ]);
    expect(resolveValue({ index, series: defined("x", "grade") }, "x", "GM0417", "2017")).toEqual({
      status: "missing",
      period: "2017",
      notAdditive: { rule: "full-year", unit: "grade" },
    });
  });

  it("takes the unit of an indicator measured under its own id from `units`", () => {
    const index = observationIndex([
      ["x", "2017", 12],
      ["x", "2017-H1", 10],
    ]);
    const units = seriesUnits({
      series: [],
      indicators: [
        { id: "x", unit: "percentage" },
        { id: "y", series: "z", unit: "grade" },
      ],
    } as never);
    expect([...units]).toEqual([
      ["x", "percentage"],
      ["z", "grade"],
    ]);
    expect(resolveValue({ index, units }, "x", "GM0417", "2017-H2").status).toBe("missing");
    // A series' own definition has the last word; without either it is a count.
    const counted = new Map([["x", "count" as const]]);
    expect(resolveValue({ index, units: counted }, "x", "GM0417", "2017-H2")).toMatchObject({
      status: "derived",
      value: 2,
    });
    expect(
      resolveValue({ index, series: defined("x", "count"), units }, "x", "GM0417", "2017-H2"),
    ).toMatchObject({ status: "derived", value: 2 });
    expect(resolveValue({ index }, "x", "GM0417", "2017-H2")).toMatchObject({
      status: "derived",
      rule: "second-half",
    });
  });

  it("prefers a series' own unit to that of an indicator measuring it", () => {
    const units = seriesUnits({
      series: [{ id: "x", label: "x", unit: "count" }],
      indicators: [{ id: "i", series: "x", unit: "percentage" }],
    } as never);
    expect(units.get("x")).toBe("count");
  });

  it("computes a half year's rate from its count, not from the year's and the other half's rates", () => {
    const index = observationIndex([
      [RATE, "2022", 29],
      [RATE, "2022-H1", 14],
      ["misdrijven", "2022-H2", 180],
      ["inwoners", "2022", 12000],
    ]);
    // 180 x 1000 / 12 000 = 15, not 29 - 14.
    expect(resolveValue({ index, series: rates }, RATE, "GM0417", "2022-H2")).toMatchObject({
      status: "derived",
      rule: "rate",
      value: 15,
    });
    // Without the count the reason is kept beside what was found of the inputs.
    const withoutCount = observationIndex([
      [RATE, "2022", 29],
      [RATE, "2022-H1", 14],
      ["inwoners", "2022", 12000],
    ]);
    expect(
      resolveValue({ index: withoutCount, series: rates }, RATE, "GM0417", "2022-H2"),
    ).toMatchObject({
      status: "missing",
      notAdditive: { rule: "second-half", unit: "rate-per-1000" },
      rateInputs: { count: { status: "missing" }, population: { status: "observed" } },
    });
  });

  it("still sums the parts of a percentage the plan declares complete", () => {
    const parts = seriesById([
      {
        id: "total",
        label: "Total",
        unit: "percentage",
        parts: { series: ["a", "b"], complete: true },
      },
    ]);
    const index = observationIndex([
      ["a", "2017", 20],
      ["b", "2017", 5],
    ]);
    expect(resolveValue({ index, series: parts }, "total", "GM0417", "2017")).toMatchObject({
      status: "derived",
      value: 25,
      rule: "sum-of-parts",
    });
  });
});

describe("resolveValue: a rate computed from its count and population", () => {
  // Blaricum: 363 registered crimes in 2022, 12 358 inhabitants on 1 January 2022.
  const index = observationIndex([
    ["misdrijven", "2022", 363],
    ["misdrijven", "2023", 347],
    ["misdrijven", "2022-H1", 170],
    ["inwoners", "2021", 11954],
    ["inwoners", "2022", 12358],
  ]);

  it("is count x 1000 / population, exact and unrounded, with both inputs", () => {
    const resolved = resolveValue({ index, series: rates }, RATE, "GM0417", "2022");
    expect(resolved).toMatchObject({
      status: "derived",
      rule: "rate",
      value: 363_000 / 12358,
      inputs: [
        { status: "observed", value: 363, period: "2022" },
        { status: "observed", value: 12358, period: "2022" },
      ],
    });
  });

  it("takes the population on 1 January of the year for a part of it", () => {
    const resolved = resolveValue({ index, series: rates }, RATE, "GM0417", "2022-H1");
    expect(resolved).toMatchObject({ status: "derived", value: 170_000 / 12358 });
    expect(resolved.status === "derived" && resolved.inputs[1]?.period).toBe("2022");
  });

  it("gives no rate for a count without a population, and says what was found", () => {
    const resolved = resolveValue({ index, series: rates }, RATE, "GM0417", "2023");
    expect(resolved).toMatchObject({
      status: "missing",
      period: "2023",
      rateInputs: {
        count: { status: "observed", value: 347 },
        population: { status: "missing", period: "2023" },
      },
    });
  });

  it("gives no rate for a population without a count", () => {
    const resolved = resolveValue({ index, series: rates }, RATE, "GM0417", "2021");
    expect(resolved).toMatchObject({
      status: "missing",
      rateInputs: { count: { status: "missing" }, population: { value: 11954 } },
    });
  });

  it("keeps a rate the plan gives itself", () => {
    const typed = observationIndex([
      [RATE, "2022", 29.4],
      ["misdrijven", "2022", 363],
      ["inwoners", "2022", 12358],
    ]);
    expect(resolveValue({ index: typed, series: rates }, RATE, "GM0417", "2022")).toMatchObject({
      status: "observed",
      value: 29.4,
    });
  });

  it("gives no rate over a population of 0", () => {
    const empty = observationIndex([
      ["misdrijven", "2022", 3],
      ["inwoners", "2022", 0],
    ]);
    expect(resolveValue({ index: empty, series: rates }, RATE, "GM0417", "2022").status).toBe(
      "missing",
    );
  });

  it("finds its figures in the count's series", () => {
    expect(figureSources(rates.get(RATE), RATE)).toEqual([RATE, "misdrijven"]);
    expect(figureSources(series.get("total"), "total")).toEqual(["total", "a", "b"]);
    expect(figureSources(undefined, "x")).toEqual(["x"]);
  });
});
