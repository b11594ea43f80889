import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { collectObservations } from "../observation/collect-observations.ts";
import { observationBlockSchema } from "./observation-schema.ts";

describe("survey intervals on observations", () => {
  it("one figure carries its interval; a matrix carries one per series and period", () => {
    const plan = makePlan({
      observations: [
        {
          origin: "other",
          series: "cijfer",
          period: 2019,
          value: 7.6,
          interval: { lower: 7.4, upper: 7.8 },
        },
        {
          origin: "other",
          periods: [2017, 2019],
          values: { overlast: [1.7, 2.1] },
          intervals: { overlast: [null, { lower: 1.2, upper: 3.0 }] },
        },
      ],
    });
    const observations = collectObservations(plan);
    expect(observations.map((o) => [o.series, o.period, o.interval ?? null])).toEqual([
      ["cijfer", "2019", { lower: 7.4, upper: 7.8 }],
      ["overlast", "2017", null],
      ["overlast", "2019", { lower: 1.2, upper: 3.0 }],
    ]);
  });

  describe("edge cases", () => {
    it.each([
      [
        { origin: "other", series: "a", period: 2019, value: 1, interval: { lower: 2, upper: 1 } },
        "the lower bound is above the upper bound",
      ],
      [
        { origin: "other", periods: [2019], values: { a: [1] }, interval: { lower: 0, upper: 2 } },
        "a matrix gives its intervals under 'intervals', per series and period",
      ],
      [
        { origin: "other", series: "a", period: 2019, value: 1, intervals: { a: [null] } },
        "one figure gives its interval under 'interval'",
      ],
      [
        { origin: "other", periods: [2019], values: { a: [1] }, intervals: { a: [null, null] } },
        "has 2 intervals for 1 periods",
      ],
      [
        { origin: "other", periods: [2019], values: { a: [1] }, intervals: { b: [null] } },
        "has intervals but no values for b",
      ],
    ])("rejects %o", (block, message) => {
      const result = observationBlockSchema.safeParse(block);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.message)).toContain(message);
    });
  });
});
