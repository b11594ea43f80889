import { observation } from "@ivp/testkit/observations";
import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { planSchema } from "../schema/plan-schema.ts";
import { evaluateTable } from "./evaluate-table.ts";

const plan = (rolling: Record<string, unknown>) =>
  makePlan({
    series: [
      { id: "woninginbraken", label: "Woninginbraken" },
      { id: "vernielingen", label: "Vernielingen" },
    ],
    tables: [
      {
        id: "politiecijfers",
        title: "Politiecijfers",
        rolling,
        rows: [{ series: "woninginbraken" }, { series: "vernielingen" }],
      },
    ],
  } as never);

const texts = (table: ReturnType<typeof evaluateTable>) =>
  table.rows.map((row) => [row.series, ...row.cells.map((c) => c.text)]);

describe("rolling tables", () => {
  const first = [
    observation("woninginbraken", "2021", 40),
    observation("woninginbraken", "2022", 30),
    observation("vernielingen", "2022", 12),
  ];

  it("shows the last N years with figures, each with its change against the year before", () => {
    const table = evaluateTable(plan({ last: 2 }), "politiecijfers", { observations: first });
    expect(table.columns.map((c) => [c.id, c.headerText])).toEqual([
      ["2021", "2021"],
      ["2022", "2022"],
      ["2022-change", "2022 t.o.v. 2021"],
    ]);
    expect(texts(table)).toEqual([
      ["woninginbraken", "40", "30", "-25%"],
      ["vernielingen", "", "12", ""],
    ]);
  });

  it("moves on to a newly imported year without any edit of the plan", () => {
    const newer = [
      ...first,
      observation("woninginbraken", "2023", 33),
      observation("vernielingen", "2023", 9),
    ];
    const table = evaluateTable(plan({ last: 2 }), "politiecijfers", { observations: newer });
    expect(table.columns.map((c) => c.id)).toEqual(["2022", "2023", "2022-change", "2023-change"]);
    // 30 -> 33 is +10%; 12 -> 9 is -25%.
    expect(texts(table)).toEqual([
      ["woninginbraken", "30", "33", "-25%", "+10%"],
      ["vernielingen", "12", "9", "", "-25%"],
    ]);
  });

  it("counts a year made of its two halves as a year with figures, and skips years without any", () => {
    const months = [
      observation("woninginbraken", "2024-H1", 18),
      observation("woninginbraken", "2024-H2", 18),
    ];
    const table = evaluateTable(plan({ last: 3, change: "none" }), "politiecijfers", {
      observations: [observation("woninginbraken", "2019", 50), ...first, ...months],
    });
    expect(table.columns.map((c) => c.id)).toEqual(["2021", "2022", "2024"]);
    expect(texts(table)[0]).toEqual(["woninginbraken", "40", "30", "36"]);
  });

  it("compares half years with the same half of the year before", () => {
    const halves = [
      observation("woninginbraken", "2022-H1", 10),
      observation("woninginbraken", "2022-H2", 20),
      observation("woninginbraken", "2023-H1", 8),
    ];
    const table = evaluateTable(plan({ last: 2, granularity: "half-year" }), "politiecijfers", {
      observations: halves,
    });
    expect(table.columns.map((c) => c.id)).toEqual(["2022-H2", "2023-H1", "2023-H1-change"]);
    expect(texts(table)[0]).toEqual(["woninginbraken", "20", "8", "-20%"]);
  });

  it("orders the columns by period, whichever row has the figures", () => {
    // The first row's figures start later than the second row's.
    const table = evaluateTable(plan({ last: 3, change: "none" }), "politiecijfers", {
      observations: [
        observation("woninginbraken", "2022", 30),
        observation("woninginbraken", "2023", 33),
        observation("vernielingen", "2021", 15),
      ],
    });
    expect(table.columns.map((c) => c.id)).toEqual(["2021", "2022", "2023"]);
  });

  it("shows no year for a part of it, nor for a figure recorded as missing", () => {
    const table = evaluateTable(plan({ last: 4 }), "politiecijfers", {
      observations: [
        ...first,
        observation("woninginbraken", "2023-01..2023-10", 25),
        observation("vernielingen", "2024", null),
      ],
    });
    expect(table.columns.map((c) => c.id)).toEqual(["2021", "2022", "2022-change"]);
  });

  it("shows a half year observed only as a second half, and one derived from its year", () => {
    const table = evaluateTable(plan({ last: 4, granularity: "half-year" }), "politiecijfers", {
      observations: [
        observation("woninginbraken", "2022-H2", 20),
        observation("woninginbraken", "2023", 50),
        observation("woninginbraken", "2023-H2", 24),
      ],
    });
    // 2023-H1 = 50 - 24 = 26; 2022-H1 has no figure, so 2023-H1 has no change.
    expect(table.columns.map((c) => c.id)).toEqual([
      "2022-H2",
      "2023-H1",
      "2023-H2",
      "2023-H2-change",
    ]);
    expect(texts(table)[0]).toEqual(["woninginbraken", "20", "26", "24", "+20%"]);
  });

  it("does not invent the other half of a percentage from its year", () => {
    const percentages = makePlan({
      series: [{ id: "veilig", label: "Voelt zich veilig", unit: "percentage" }],
      tables: [
        {
          id: "monitor",
          title: "Monitor",
          rolling: { last: 4, granularity: "half-year", change: "none" },
          rows: [{ series: "veilig" }],
        },
      ],
    } as never);
    const table = evaluateTable(percentages, "monitor", {
      observations: [observation("veilig", "2023", 12), observation("veilig", "2023-H1", 10)],
    });
    // 12 % over the year and 10 % in January-June say nothing of July-December.
    expect(table.columns.map((c) => c.id)).toEqual(["2023-H1"]);
  });

  describe("edge cases", () => {
    it("has no columns before any figure is imported", () => {
      expect(evaluateTable(plan({ last: 3 }), "politiecijfers").columns).toEqual([]);
    });

    it.each([
      [
        { rolling: { last: 2 }, columns: [{ id: "a", kind: "value", period: "2022" }] },
        "either columns or rolling",
      ],
      [{}, "a table needs columns, or rolling"],
      [{ rolling: { last: 0 } }, ""],
    ])("refuses a table with %j", (fields, message) => {
      const result = planSchema.safeParse({
        schemaVersion: 1,
        id: "t",
        title: "T",
        municipality: { name: "Laren", code: "GM0417" },
        period: { start: 2019, end: 2022 },
        mission: "M",
        series: [{ id: "woninginbraken", label: "Woninginbraken" }],
        tables: [{ id: "t", title: "T", rows: [{ series: "woninginbraken" }], ...fields }],
      });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.message).join("\n")).toContain(message);
    });
  });
});
