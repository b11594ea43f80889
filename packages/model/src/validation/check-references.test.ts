import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import type { PlanInput } from "../index.ts";
import { checkReferences } from "./check-references.ts";

function plan(extra: Partial<PlanInput> = {}) {
  return makePlan({ series: [{ id: "woninginbraken", label: "Woninginbraken" }], ...extra });
}

describe("checkReferences", () => {
  it("accepts a consistent plan", () => {
    expect(checkReferences(plan())).toEqual([]);
  });

  it("reports an unknown series with a suggestion", () => {
    const issues = checkReferences(
      plan({
        observations: [{ origin: "other", series: "woninginbraak", period: 2017, value: 79 }],
      }),
    );
    expect(issues).toEqual([
      {
        code: "unknown-reference",
        path: ["observations", 0, "series"],
        message: 'unknown series "woninginbraak"',
        expected: "one of the ids in series",
        hint: 'did you mean "woninginbraken"?',
        params: { kind: "series", id: "woninginbraak", suggestion: "woninginbraken" },
      },
    ]);
  });

  it("reports the unknown count or population series of a rate", () => {
    const issues = checkReferences(
      plan({
        series: [
          { id: "woninginbraken", label: "Woninginbraken" },
          {
            id: "per-1000",
            label: "Per 1.000",
            unit: "rate-per-1000",
            rate: { count: "woninginbraak", population: "inwoners" },
          },
        ],
      }),
    );
    expect(issues.map((i) => [i.path.join("."), i.message, i.hint])).toEqual([
      ["series.1.rate.count", 'unknown series "woninginbraak"', 'did you mean "woninginbraken"?'],
      ["series.1.rate.population", 'unknown series "inwoners"', undefined],
    ]);
  });

  it("reports a duplicate id at the second definition", () => {
    const issues = checkReferences(
      plan({
        series: [
          { id: "a", label: "A" },
          { id: "a", label: "A again" },
        ],
      }),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([["duplicate-id", ["series", 1, "id"]]]);
  });

  it("compares ids and area codes without regard to case, after Unicode normalisation", () => {
    const issues = checkReferences(
      makePlan({
        areas: [
          { id: "GM0376", name: "Blaricum", kind: "municipality", code: "GM0376" },
          { id: "gm0376", name: "Blaricum", kind: "municipality", code: "gm0376" },
          { id: "centrum", name: "Centrum", kind: "district", code: "WK037600" },
          { id: "dorp", name: "Dorp", kind: "district", code: "ＷＫ037600" },
        ],
      }),
    );
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [
        ["areas", 1, "id"],
        'the id "gm0376" is used twice in areas (as "GM0376" before; ids differ in more than case)',
      ],
      [
        ["areas", 1, "code"],
        'the code "gm0376" is used twice in areas (as "GM0376" before; codes differ in more than case)',
      ],
      [
        ["areas", 3, "code"],
        'the code "ＷＫ037600" is used twice in areas (as "WK037600" before; codes differ in more than case)',
      ],
    ]);
  });

  it("reports a priority and a theme with the same id", () => {
    const issues = checkReferences(
      plan({ priorities: [{ id: "x", title: "X" }], themes: [{ id: "x", title: "X" }] }),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([["duplicate-id", ["themes", 0, "id"]]]);
  });

  it("reports a Kernbeleid code that does not exist, and an unknown partner", () => {
    const issues = checkReferences(
      plan({ priorities: [{ id: "x", title: "X", kernbeleid: ["1.5"], partners: ["politie"] }] }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      "Kernbeleid Veiligheid has no theme 1.5",
      'unknown partner "politie"',
    ]);
  });

  it("reports printed and supplied cells of columns that do not exist or have another kind", () => {
    const issues = checkReferences(
      plan({
        tables: [
          {
            id: "t",
            title: "T",
            columns: [
              { id: "y2017", kind: "value", period: 2017 },
              { id: "regio", kind: "reference" },
            ],
            rows: [
              {
                series: "woninginbraken",
                printed: { regio: "+1%" },
                supplied: { gemeente: "-2%" },
              },
            ],
          },
        ],
      }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      '"regio" is not a change column of table t',
      '"gemeente" is not a reference column of table t',
    ]);
  });
});
