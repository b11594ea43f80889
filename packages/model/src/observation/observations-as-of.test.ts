import { loadLarenPlan } from "@ivp/testkit/laren";
import { describe, expect, it } from "vitest";
import { parsePeriodOrThrow } from "../period/parse-period.ts";
import { assessPlanProgress } from "../progress/assess-plan-progress.ts";
import { collectObservations } from "./collect-observations.ts";
import { ObservationIndex } from "./observation-index.ts";
import { endsOnOrBefore, observationsAsOf } from "./observations-as-of.ts";

const laren = loadLarenPlan();

describe("endsOnOrBefore", () => {
  it.each([
    ["2017", "2018-H1", true],
    ["2018-H1", "2018-H1", true],
    ["2018-01..2018-05", "2018-H1", true],
    ["2018-Q2", "2018-H1", true],
    ["2018-Q3", "2018-H1", false],
    ["2018", "2018-H1", false],
    ["2018-01..2018-10", "2018-H1", false],
    ["2018-01..2018-10", "2018-10", true],
    ["2018-10", "2018-01..2018-10", true],
    ["2019-01", "2018", false],
  ])("%s ends on or before %s: %s", (period, asOf, expected) => {
    expect(endsOnOrBefore(parsePeriodOrThrow(period), parsePeriodOrThrow(asOf))).toBe(expected);
  });
});

describe("observationsAsOf", () => {
  const all = collectObservations(laren);

  it("keeps every observation without an as-of period, in input order", () => {
    expect(observationsAsOf(all, undefined)).toBe(all);
  });

  it("keeps the figures known by the end of the period, in input order", () => {
    const kept = observationsAsOf(all, "2018-H1");
    expect(kept.length).toBeLessThan(all.length);
    expect(kept).toEqual(all.filter((o) => kept.includes(o)));
    const periods = new Set(kept.map((o) => o.period));
    expect(periods.has("2018-H1")).toBe(true);
    expect(periods.has("2018-01..2018-10")).toBe(false);
    expect(observationsAsOf(all, parsePeriodOrThrow("2018-H1"))).toEqual(kept);
  });

  it("is what assessPlanProgress assesses with: an index of these gives the same result", () => {
    for (const asOf of ["2016", "2017", "2018-H1", "2018-10"]) {
      const index = new ObservationIndex(observationsAsOf(all, asOf));
      expect(assessPlanProgress(laren, { asOf, index })).toEqual(
        assessPlanProgress(laren, { asOf }),
      );
    }
  });

  describe("edge cases", () => {
    it("hides a figure recorded after the as-of moment, even for the baseline's period", () => {
      // The survey's 7,3 for 2017 was not known in 2016, so there is nothing to contradict the baseline yet.
      const before = assessPlanProgress(laren, { asOf: "2016" }).indicators.find(
        (p) => p.indicator === "rapportcijfer-veiligheid",
      );
      expect(before?.warnings).toEqual([]);
      const after = assessPlanProgress(laren, { asOf: "2017" }).indicators.find(
        (p) => p.indicator === "rapportcijfer-veiligheid",
      );
      expect(after?.warnings.map((w) => w.code)).toEqual(["baseline-differs-from-observation"]);
    });

    it("throws for an as-of text that is not a period", () => {
      expect(() => observationsAsOf(all, "2018-H3")).toThrowError(/is not a period/);
    });
  });
});
