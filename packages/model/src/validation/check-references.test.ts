import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import type { PlanInput } from "../index.ts";
import { formatPlanPath } from "../observation/plan-path.ts";
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
        severity: "error",
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
    expect(issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ["duplicate-id", "error", ["themes", 0, "id"]],
    ]);
  });

  it("reports a Kernbeleid code that does not exist, and an unknown partner", () => {
    const issues = checkReferences(
      plan({ priorities: [{ id: "x", title: "X", kernbeleid: ["1.5"], partners: ["politie"] }] }),
    );
    expect(issues.map((i) => i.severity)).toEqual(["error", "error"]);
    expect(issues.map((i) => i.message)).toEqual([
      "Kernbeleid Veiligheid has no theme 1.5",
      'unknown partner "politie"',
    ]);
    expect(issues.map((i) => [formatPlanPath(i.path), i.expected])).toEqual([
      ["priorities[0].kernbeleid[0]", "a code from 1.1 to 5.5 as listed in Bijlage 2"],
      ["priorities[0].partners[0]", "one of the ids in partners"],
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
    expect(issues.map((i) => i.severity)).toEqual(["error", "error"]);
    expect(issues.map((i) => i.message)).toEqual([
      '"regio" is not a change column of table t',
      '"gemeente" is not a reference column of table t',
    ]);
    expect(issues.map((i) => [formatPlanPath(i.path), i.expected, i.params])).toEqual([
      [
        "tables[0].rows[0].printed.regio",
        "one of: (none)",
        { kind: "column", id: "regio", wanted: "change", table: "t", options: "(none)" },
      ],
      [
        "tables[0].rows[0].supplied.gemeente",
        "one of: regio",
        { kind: "column", id: "gemeente", wanted: "reference", table: "t", options: "regio" },
      ],
    ]);
  });
});

describe("checkReferences on every kind of reference", () => {
  it("names the field, the unknown id, the ids it expected and the closest one", () => {
    const issues = checkReferences(
      makePlan({
        areas: [{ id: "centrum", name: "Centrum", kind: "district" }],
        sources: [{ id: "bvh", name: "BVH/politie", kind: "police-registration" }],
        partners: [{ id: "politie", name: "Politie" }],
        series: [
          { id: "totaal", label: "Totaal", parts: { series: ["deel"], complete: true } },
          { id: "deel", label: "Deel" },
        ],
        indicators: [{ id: "ind", label: "Ind", unit: "count", source: "bvj", series: "totaak" }],
        indicatorTables: [
          { id: "doelen", title: "Doelen", theme: "thema", rows: [{ indicator: "indd" }] },
        ],
        tables: [
          {
            id: "t",
            title: "T",
            area: "centrun",
            source: "bvh2",
            columns: [
              { id: "y", kind: "value", period: 2017 },
              { id: "r", kind: "reference", area: "regio" },
            ],
            rows: [{ series: "deell" }],
          },
        ],
        observations: [
          {
            origin: "table",
            table: "tt",
            area: "centr",
            source: "cbs",
            series: "totaal2",
            period: 2017,
            value: 1,
          },
          { origin: "other", periods: [2017], values: { onbekend: [1] } },
        ],
        claims: [
          {
            id: "c",
            section: "2",
            quote: "...",
            series: "dee",
            area: "noord",
            kind: "increased",
            from: 2016,
            to: 2017,
          },
        ],
        priorities: [
          {
            id: "p",
            title: "P",
            partners: ["polite"],
            indicators: ["in"],
            actions: [
              { id: "a", what: "A", who: "gemeente", status: "planned", partners: ["brandweer"] },
            ],
          },
        ],
      } as never),
    );
    expect(
      issues.map((i) => [
        formatPlanPath(i.path),
        i.severity,
        i.message,
        i.expected,
        i.hint,
        i.params,
      ]),
    ).toMatchInlineSnapshot(`
      [
        [
          "indicators[0].source",
          "error",
          "unknown source "bvj"",
          "one of the ids in sources",
          "did you mean "bvh"?",
          {
            "id": "bvj",
            "kind": "source",
            "suggestion": "bvh",
          },
        ],
        [
          "indicators[0].series",
          "error",
          "unknown series "totaak"",
          "one of the ids in series",
          "did you mean "totaal"?",
          {
            "id": "totaak",
            "kind": "series",
            "suggestion": "totaal",
          },
        ],
        [
          "indicatorTables[0].theme",
          "error",
          "unknown theme "thema"",
          "one of the ids in priorities or themes",
          undefined,
          {
            "id": "thema",
            "kind": "theme",
          },
        ],
        [
          "indicatorTables[0].rows[0].indicator",
          "error",
          "unknown indicator "indd"",
          "one of the ids in indicators",
          "did you mean "ind"?",
          {
            "id": "indd",
            "kind": "indicator",
            "suggestion": "ind",
          },
        ],
        [
          "tables[0].area",
          "error",
          "unknown area "centrun"",
          "one of the ids in areas",
          "did you mean "centrum"?",
          {
            "id": "centrun",
            "kind": "area",
            "suggestion": "centrum",
          },
        ],
        [
          "tables[0].source",
          "error",
          "unknown source "bvh2"",
          "one of the ids in sources",
          "did you mean "bvh"?",
          {
            "id": "bvh2",
            "kind": "source",
            "suggestion": "bvh",
          },
        ],
        [
          "tables[0].columns[1].area",
          "error",
          "unknown area "regio"",
          "one of the ids in areas",
          undefined,
          {
            "id": "regio",
            "kind": "area",
          },
        ],
        [
          "tables[0].rows[0].series",
          "error",
          "unknown series "deell"",
          "one of the ids in series",
          "did you mean "deel"?",
          {
            "id": "deell",
            "kind": "series",
            "suggestion": "deel",
          },
        ],
        [
          "observations[0].area",
          "error",
          "unknown area "centr"",
          "one of the ids in areas",
          undefined,
          {
            "id": "centr",
            "kind": "area",
          },
        ],
        [
          "observations[0].source",
          "error",
          "unknown source "cbs"",
          "one of the ids in sources",
          undefined,
          {
            "id": "cbs",
            "kind": "source",
          },
        ],
        [
          "observations[0].table",
          "error",
          "unknown table "tt"",
          "one of the ids in tables",
          "did you mean "t"?",
          {
            "id": "tt",
            "kind": "table",
            "suggestion": "t",
          },
        ],
        [
          "observations[0].series",
          "error",
          "unknown series "totaal2"",
          "one of the ids in series",
          "did you mean "totaal"?",
          {
            "id": "totaal2",
            "kind": "series",
            "suggestion": "totaal",
          },
        ],
        [
          "observations[1].values.onbekend",
          "error",
          "unknown series "onbekend"",
          "one of the ids in series",
          undefined,
          {
            "id": "onbekend",
            "kind": "series",
          },
        ],
        [
          "claims[0].series",
          "error",
          "unknown series "dee"",
          "one of the ids in series",
          "did you mean "deel"?",
          {
            "id": "dee",
            "kind": "series",
            "suggestion": "deel",
          },
        ],
        [
          "claims[0].area",
          "error",
          "unknown area "noord"",
          "one of the ids in areas",
          undefined,
          {
            "id": "noord",
            "kind": "area",
          },
        ],
        [
          "priorities[0].partners[0]",
          "error",
          "unknown partner "polite"",
          "one of the ids in partners",
          "did you mean "politie"?",
          {
            "id": "polite",
            "kind": "partner",
            "suggestion": "politie",
          },
        ],
        [
          "priorities[0].indicators[0]",
          "error",
          "unknown indicator "in"",
          "one of the ids in indicators",
          "did you mean "ind"?",
          {
            "id": "in",
            "kind": "indicator",
            "suggestion": "ind",
          },
        ],
        [
          "priorities[0].actions[0].partners[0]",
          "error",
          "unknown partner "brandweer"",
          "one of the ids in partners",
          undefined,
          {
            "id": "brandweer",
            "kind": "partner",
          },
        ],
      ]
    `);
  });

  it("names the list of a duplicate id, and the kind of value", () => {
    const issues = checkReferences(
      makePlan({
        sources: [
          { id: "bvh", name: "BVH", kind: "police-registration" },
          { id: "bvh", name: "BVH", kind: "police-registration" },
        ],
        partners: [
          { id: "politie", name: "Politie" },
          { id: "politie", name: "Politie" },
        ],
        series: [{ id: "s", label: "S" }],
        indicators: [
          { id: "i", label: "I", unit: "count" },
          { id: "i", label: "I", unit: "count" },
        ],
        tables: [
          {
            id: "t",
            title: "T",
            columns: [{ id: "y", kind: "value", period: 2017 }],
            rows: [{ series: "s" }],
          },
          {
            id: "t",
            title: "T",
            columns: [{ id: "y", kind: "value", period: 2017 }],
            rows: [{ series: "s" }],
          },
        ],
      } as never),
    );
    expect(
      issues.map((i) => [formatPlanPath(i.path), i.message, i.hint, i.params]),
    ).toMatchInlineSnapshot(`
      [
        [
          "indicators[1].id",
          "the id "i" is used twice in indicators",
          "give each entry its own id",
          {
            "id": "i",
            "list": "indicators",
            "what": "id",
          },
        ],
        [
          "sources[1].id",
          "the id "bvh" is used twice in sources",
          "give each entry its own id",
          {
            "id": "bvh",
            "list": "sources",
            "what": "id",
          },
        ],
        [
          "partners[1].id",
          "the id "politie" is used twice in partners",
          "give each entry its own id",
          {
            "id": "politie",
            "list": "partners",
            "what": "id",
          },
        ],
        [
          "tables[1].id",
          "the id "t" is used twice in tables",
          "give each entry its own id",
          {
            "id": "t",
            "list": "tables",
            "what": "id",
          },
        ],
      ]
    `);
  });
});
