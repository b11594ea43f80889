import { describe, expect, it } from "vitest";
import type { Observation } from "../observation/observation.ts";
import { ObservationIndex } from "../observation/observation-index.ts";
import type { Series } from "../schema/types.ts";
import { resolveValue } from "./resolve-value.ts";

function obs(series: string, period: string, value: number | null): Observation {
  return {
    series,
    area: "GM0417",
    period,
    value,
    origin: "table",
    ref: { kind: "plan", path: [] },
  };
}

const series = new Map<string, Series>([
  [
    "total",
    { id: "total", label: "Total", unit: "count", parts: { series: ["a", "b"], complete: true } },
  ],
  [
    "partial",
    {
      id: "partial",
      label: "Partial",
      unit: "count",
      parts: { series: ["a", "b"], complete: false },
    },
  ],
]);

describe("resolveValue", () => {
  it("returns an observed value as it is", () => {
    const index = new ObservationIndex([obs("x", "2017", 79)]);
    expect(resolveValue({ index }, "x", "GM0417", "2017")).toMatchObject({
      status: "observed",
      value: 79,
    });
  });

  it("derives July-December as the year minus January-June", () => {
    const index = new ObservationIndex([obs("x", "2017", 79), obs("x", "2017-H1", 54)]);
    expect(resolveValue({ index }, "x", "GM0417", "2017-H2")).toMatchObject({
      status: "derived",
      value: 25,
      rule: "second-half",
    });
  });

  it("derives January-June as the year minus July-December", () => {
    const index = new ObservationIndex([obs("x", "2017", 79), obs("x", "2017-H2", 25)]);
    expect(resolveValue({ index }, "x", "GM0417", "2017-H1")).toMatchObject({
      status: "derived",
      value: 54,
      rule: "first-half",
    });
  });

  it("derives a year from its two halves", () => {
    const index = new ObservationIndex([obs("x", "2017-H1", 54), obs("x", "2017-H2", 25)]);
    expect(resolveValue({ index }, "x", "GM0417", "2017")).toMatchObject({
      status: "derived",
      value: 79,
      rule: "full-year",
    });
  });

  it("sums parts only when they are declared complete", () => {
    const index = new ObservationIndex([obs("a", "2017", 20), obs("b", "2017", 59)]);
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
      const index = new ObservationIndex([obs("x", "2017", null)]);
      expect(resolveValue({ index }, "x", "GM0417", "2017")).toEqual({
        status: "missing",
        period: "2017",
      });
    });

    it("does not derive from a missing part", () => {
      const index = new ObservationIndex([obs("a", "2017", 20), obs("b", "2017", null)]);
      expect(resolveValue({ index, series }, "total", "GM0417", "2017").status).toBe("missing");
    });

    it("does not derive a half year from a half year that is itself derived", () => {
      const index = new ObservationIndex([obs("x", "2017", 79)]);
      expect(resolveValue({ index }, "x", "GM0417", "2017-H2").status).toBe("missing");
    });

    it("looks only at the requested area", () => {
      const index = new ObservationIndex([{ ...obs("x", "2017", 79), area: "GM0376" }]);
      expect(resolveValue({ index }, "x", "GM0417", "2017").status).toBe("missing");
    });
  });
});
