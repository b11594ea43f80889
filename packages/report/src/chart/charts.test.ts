import { describe, expect, it } from "vitest";
import type { EvaluatedFigureTable, EvaluatedIndicator } from "../evaluated-plan.ts";
import { changeBars, changeBarsDescription } from "./change-bars.ts";
import { indicatorChart, indicatorChartDescription } from "./indicator-chart.ts";

function indicator(extra: Partial<EvaluatedIndicator> = {}): EvaluatedIndicator {
  return {
    id: "cijfer",
    label: "Rapportcijfer <veiligheid>",
    unit: "grade",
    direction: "higher-is-better",
    source: null,
    series: "cijfer",
    description: null,
    themes: [],
    baseline: { value: 7.5, period: "2017", from: "t" },
    targets: [
      { kind: "absolute", value: 7.6, change: null, period: "2021", asPrinted: null, from: "t" },
    ],
    observations: [
      { period: "2013", value: 7.3, origin: "text", comparable: true },
      { period: "2017-H1", value: 7.1, origin: "text", comparable: false },
      { period: "2017", value: 7.3, origin: "text", comparable: true },
    ],
    latest: null,
    statusOverride: null,
    progress: null,
    ...extra,
  };
}

describe("indicatorChart", () => {
  it("describes every number it draws, and only those", () => {
    expect(indicatorChartDescription(indicator(), "nl")).toBe(
      "waargenomen: 2013: 7,3; 2017: 7,3. basis (2017): 7,5. doel (2021): 7,6.",
    );
  });

  it("draws grades on an axis around the data, counts from zero", () => {
    const grades = indicatorChart(indicator(), "nl")?.value ?? "";
    expect(grades).toContain('class="tick">6,0</text>');
    expect(grades).not.toContain('class="tick">0,0</text>');
    const counts = indicatorChart(
      indicator({
        unit: "count",
        baseline: { value: 79, period: "2017", from: "t" },
        targets: [],
        observations: [{ period: "2017", value: 79, origin: "table", comparable: true }],
      }),
      "nl",
    )?.value;
    expect(counts).toContain('class="tick">0</text>');
  });

  it("escapes the label in its title", () => {
    expect(indicatorChart(indicator(), "en")?.value).toContain(
      '<title id="chart-cijfer-title">Trend: Rapportcijfer &lt;veiligheid&gt;</title>',
    );
  });

  describe("edge cases", () => {
    it("draws nothing without figures, baseline or target value", () => {
      expect(
        indicatorChart(
          indicator({
            baseline: null,
            observations: [],
            targets: [
              {
                kind: "relative",
                value: null,
                change: -25,
                period: "2021",
                asPrinted: null,
                from: "t",
              },
            ],
          }),
          "nl",
        ),
      ).toBeNull();
    });

    it("draws a baseline and a target without observations, joined by the straight path", () => {
      const svg = indicatorChart(indicator({ observations: [] }), "nl")?.value ?? "";
      expect(svg).toContain('stroke-dasharray="6 4"');
      expect(svg).not.toContain("<polyline");
    });

    it("keeps all values at zero on a visible axis", () => {
      const svg = indicatorChart(
        indicator({
          unit: "percentage",
          baseline: { value: 0, period: "2017", from: "t" },
          targets: [
            {
              kind: "keep-level",
              value: 0,
              change: null,
              period: "2021",
              asPrinted: null,
              from: "t",
            },
          ],
          observations: [],
        }),
        "nl",
      )?.value;
      expect(svg).toContain('class="tick">1%</text>');
    });
  });
});

function figureTable(changes: readonly (number | null)[]): EvaluatedFigureTable {
  return {
    id: "t",
    number: 1,
    title: "T",
    area: "GM0417",
    source: null,
    note: null,
    columns: [
      {
        id: "d",
        kind: "change",
        header: "gemeente",
        group: null,
        period: null,
        from: "2017",
        to: "2018",
      },
      {
        id: "r",
        kind: "reference",
        header: "regio",
        group: null,
        period: null,
        from: "2017",
        to: "2018",
      },
    ],
    rows: changes.map((change, i) => ({
      series: `s${i}`,
      label: `rij ${i}`,
      depth: 0,
      cells: {
        d: {
          kind: "change",
          text: change === null ? "" : `${change > 0 ? "+" : ""}${change}%`,
          change,
          from: 1,
          to: 1,
          empty: change === null ? "zero-base" : null,
          printed: null,
          matchesPrinted: null,
          significance: null,
        },
        r: { kind: "reference", text: "-8%", value: -8 },
      },
    })),
  };
}

describe("changeBars", () => {
  it("draws one bar per row with the figure and the comparison tick", () => {
    const svg = changeBars(figureTable([-52, 25, null]), "nl")?.value ?? "";
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg.match(/stroke="#000000"/g)).toHaveLength(3);
    expect(svg).toContain('class="bar-value">-52%</text>');
    expect(svg).toContain('class="bar-value">–</text>');
    expect(changeBarsDescription(figureTable([-52]), "nl")).toContain("rij 0: -52% (regio: -8%)");
  });

  describe("edge cases", () => {
    it("clips a bar beyond 100% and says so, keeping the real figure", () => {
      const svg = changeBars(figureTable([500, -20]), "nl")?.value ?? "";
      expect(svg).toContain('class="clip-mark">//</text>');
      expect(svg).toContain('class="bar-value">+500%</text>');
      expect(svg).toContain('class="tick">+100%</text>');
    });

    it("draws nothing for a table without a change column", () => {
      const table = figureTable([1]);
      expect(
        changeBars({ ...table, columns: table.columns.filter((c) => c.kind !== "change") }, "nl"),
      ).toBeNull();
    });
  });
});
