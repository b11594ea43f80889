import { COMPUTED_RATE_INDICATOR, COMPUTED_RATE_SERIES, makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { assessProgress } from "../progress/assess-progress.ts";
import type { PlanInput } from "../schema/types.ts";
import { evaluateTable } from "../table/evaluate-table.ts";

/**
 * A rate the plan does not type: ivp computes it from the count and the
 * population the rate series declares, and the computed rates flow into the
 * progress, its tests and the tables as typed ones would (R values beside
 * each assertion).
 */
function computedRatePlan(extra: Partial<PlanInput> = {}) {
  return makePlan({
    series: COMPUTED_RATE_SERIES,
    indicators: [COMPUTED_RATE_INDICATOR],
    observations: [
      {
        origin: "other",
        periods: [2017, 2019, 2020],
        values: { misdrijven: [363, 300, 310], inwoners: [12000, 12100, null] },
      },
    ],
    tables: [
      {
        id: "per-1000",
        title: "Per 1.000 inwoners",
        columns: [
          { id: "2017", kind: "value", period: "2017" },
          { id: "2019", kind: "value", period: "2019" },
          { id: "2020", kind: "value", period: "2020" },
          { id: "verandering", kind: "change", from: "2017", to: "2019" },
        ],
        rows: [{ series: "misdrijven-per-1000" }],
      },
    ],
    ...extra,
  });
}

describe("a rate computed from its count and population", () => {
  it("is the latest figure, derived by the rule rate, unrounded", () => {
    const p = assessProgress(computedRatePlan(), "misdrijven-per-1000");
    // 2020 has a count (310) but no population: the latest rate is 2019's, 300 x 1000 / 12100.
    expect(p.latest).toEqual({ period: "2019", value: 300_000 / 12100, derivation: "rate" });
  });

  it("is tested on the counts with the populations as exposures, since the baseline and the previous period", () => {
    const p = assessProgress(computedRatePlan(), "misdrijven-per-1000");
    // R: poisson.test(c(300, 363), c(12100, 12000))$p.value = 0.01153695122.
    expect(p.significance?.test).toBe("poisson-exact");
    if (p.significance?.test !== "poisson-exact") return;
    expect(p.significance.pValue.toPrecision(6)).toBe("0.0115370");
    expect(p.significance.comparison).toMatchObject({ exposure1: 12100, exposure2: 12000 });
    // The previous comparable period is 2017, computed too: 363 x 1000 / 12000 = 30.25.
    expect(p.previousChange?.from).toEqual({ period: "2017", value: 30.25, derivation: "rate" });
    expect(p.previousChange?.significance.test).toBe("poisson-exact");
    if (p.previousChange?.significance.test !== "poisson-exact") return;
    expect(p.previousChange.significance.pValue.toPrecision(6)).toBe("0.0115370");
    // (24.79 - 30.25) / 30.25 = -18.0%.
    expect(p.previousChange.change.percent).toBe(-18);
  });

  it("flows into a table: 30,3 and 24,8 per 1,000, -18%, and an empty cell for 2020", () => {
    const table = evaluateTable(computedRatePlan(), "per-1000");
    const cells = table.rows[0]?.cells ?? [];
    expect(cells.map((cell) => cell.text)).toEqual(["30,3", "24,8", "", "-18%"]);
    const first = cells[0];
    expect(
      first?.kind === "value" && first.resolved.status === "derived" && first.resolved.rule,
    ).toBe("rate");
  });
});
