import { describe, expect, it } from "vitest";
import type { BenchmarkComparison, BenchmarkSide } from "./compare-with-benchmark.ts";
import { benchmarkTest, decideVerdict, sideAt, type VerdictTest } from "./decide-verdict.ts";

function test(side: BenchmarkSide): VerdictTest {
  return { estimateSide: side, pValue: 0.01, adjustedPValue: 0.01, side };
}

describe("sideAt", () => {
  it("keeps the estimate's side only below alpha; at alpha itself chance can explain it", () => {
    expect(sideAt("worse", 0.049, 0.05)).toBe("worse");
    expect(sideAt("better", 0.05, 0.05)).toBe("indistinguishable");
    expect(sideAt("better", 0.39, 0.05)).toBe("indistinguishable");
  });

  it("without a p-value (a tolerance alone) the estimate's side counts", () => {
    expect(sideAt("worse", null, 0.05)).toBe("worse");
    expect(sideAt("better", null, 0.05)).toBe("better");
  });
});

describe("benchmarkTest", () => {
  it("takes the comparison's estimate side and p-value, unadjusted, and decides the side at alpha", () => {
    const comparison = { estimateSide: "better", pValue: 0.03 } as BenchmarkComparison;
    expect(benchmarkTest(comparison, 0.05)).toEqual({
      estimateSide: "better",
      pValue: 0.03,
      adjustedPValue: 0.03,
      side: "better",
    });
    expect(benchmarkTest(comparison, 0.01).side).toBe("indistinguishable");
  });
});

describe("decideVerdict", () => {
  it("is not assessable without a comparison with the benchmark", () => {
    expect(
      decideVerdict({ stage: "target-period", benchmark: null, baseline: test("worse") }),
    ).toBe("not-assessable");
    expect(decideVerdict({ stage: "before-target-period", benchmark: null, baseline: null })).toBe(
      "not-assessable",
    );
  });

  it.each([
    ["better", "achieved"],
    ["worse", "not-achieved"],
    ["indistinguishable", "indistinguishable"],
  ] as const)("in the target period the target alone decides: %s -> %s", (side, status) => {
    // A change for the worse from the baseline does not overrule the target.
    expect(
      decideVerdict({ stage: "target-period", benchmark: test(side), baseline: test("worse") }),
    ).toBe(status);
  });

  it.each([
    ["better", "ahead"],
    ["worse", "behind"],
    ["indistinguishable", "indistinguishable"],
  ] as const)("before the target period the path decides: %s -> %s", (side, status) => {
    expect(
      decideVerdict({ stage: "before-target-period", benchmark: test(side), baseline: null }),
    ).toBe(status);
    expect(
      decideVerdict({
        stage: "before-target-period",
        benchmark: test(side),
        baseline: test("better"),
      }),
    ).toBe(status);
  });

  it("before the target period a change for the worse beyond chance comes first", () => {
    expect(
      decideVerdict({
        stage: "before-target-period",
        benchmark: test("better"),
        baseline: test("worse"),
      }),
    ).toBe("worse");
  });
});
