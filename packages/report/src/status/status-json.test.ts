import { comparePoissonRates, type Observation, type Plan } from "@ivp/model";
import { loadExample } from "@ivp/testkit/load-example";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateStatus } from "./evaluate-status.ts";
import type { SignificanceJson } from "./status-json-types.ts";

let plan: Plan;
let observations: readonly Observation[];

beforeAll(async () => {
  ({ plan, observations } = await loadExample("laren-2019-2022"));
});

/** Every test of counts in the status of one kind: the change's and the previous period's. */
function poissonTests(
  kinds: readonly SignificanceJson["test"][] = ["poisson-exact"],
): SignificanceJson[] {
  const status = evaluateStatus(plan, { observations });
  return status.indicators
    .flatMap((i) => [i.significance, i.previousChange?.significance ?? null])
    .filter((s): s is SignificanceJson => s !== null && kinds.includes(s.test));
}

describe("the interval of a test of counts in the status JSON", () => {
  it("is copied when first read, then the same object", () => {
    const tests = poissonTests(["poisson-exact", "quasi-poisson"]);
    expect(tests.filter((t) => t.test === "poisson-exact").length).toBeGreaterThan(5);
    for (const test of tests) {
      const descriptor = Object.getOwnPropertyDescriptor(test, "confidenceInterval");
      expect(descriptor?.get).toBeTypeOf("function");
      expect(descriptor?.enumerable).toBe(true);
      expect(test.confidenceInterval).toBe(test.confidenceInterval);
    }
  });

  it("is the interval of the model's comparison of the counts, in JSON and in a copy", () => {
    for (const test of poissonTests()) {
      const counts = test.counts;
      if (!counts) throw new Error("a Poisson test has its counts");
      const expected = comparePoissonRates({
        count1: counts.later,
        count2: counts.earlier,
        exposure1: counts.exposureLater,
        exposure2: counts.exposureEarlier,
        confidence: 1 - (test.alpha ?? 0.05),
      }).confidenceInterval;
      expect(test.confidenceInterval).toEqual(expected);
      const copy = JSON.parse(JSON.stringify(test)) as SignificanceJson;
      expect(copy.confidenceInterval).toEqual(expected);
      expect({ ...test }.confidenceInterval).toEqual(expected);
      expect(structuredClone(test).confidenceInterval).toEqual(expected);
      // The fields keep their order (the JSON of `ivp status` is unchanged).
      expect(Object.keys(copy)).toEqual([
        "test",
        "reason",
        "alpha",
        "pValue",
        "distinguishableFromChance",
        "rateRatio",
        "difference",
        "confidenceInterval",
        "dispersion",
        "counts",
      ]);
    }
  });
});

describe("the indicators of the status JSON", () => {
  it("have every field, in the order of the JSON, their targets and measures too", () => {
    const status = evaluateStatus(plan, { observations });
    const targets = status.indicators.flatMap((i) => (i.target ? [i.target] : []));
    const measures = status.indicators.flatMap((i) => (i.progress ? [i.progress] : []));
    expect(targets.length).toBeGreaterThan(5);
    expect(measures.length).toBeGreaterThan(2);
    for (const indicator of status.indicators) {
      expect(Object.keys(indicator)).toEqual([
        "id",
        "label",
        "unit",
        "series",
        "area",
        "direction",
        "directionSource",
        "baseline",
        "target",
        "latest",
        "comparison",
        "change",
        "progress",
        "status",
        "verdict",
        "significance",
        "previousChange",
        "trend",
        "warnings",
        "rate",
      ]);
    }
    for (const target of targets) {
      expect(Object.keys(target)).toEqual([
        "kind",
        "period",
        "asPrinted",
        "stated",
        "change",
        "resolved",
        "resolvedExact",
        "rounding",
        "value",
        "valueSource",
        "preference",
        "consistent",
        "bound",
        "illustrative",
        "source",
      ]);
    }
    for (const progress of measures) {
      expect(Object.keys(progress)).toEqual([
        "elapsedYears",
        "totalYears",
        "timeFraction",
        "targetAchieved",
        "fractionOfWay",
        "expected",
        "onTrack",
        "ratio",
      ]);
    }
    // No field left undefined (JSON.stringify would drop it).
    expect(JSON.parse(JSON.stringify(status))).toEqual(status);
  });
});
