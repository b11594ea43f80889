import { describe, expect, it } from "vitest";
import { evaluatedIndicator } from "../../test/evaluated-indicator.ts";
import type { EvaluatedFigureTable } from "../evaluated-plan.ts";
import { changeBars, changeBarsDescription } from "./change-bars.ts";
import { chartOverlay, indicatorChart, indicatorChartDescription } from "./indicator-chart.ts";

/** A survey grade with a half-year figure that is not comparable with the full-year baseline. */
const grade = () =>
  evaluatedIndicator({
    unit: "grade",
    direction: "higher-is-better",
    baseline: { value: 7.5, period: 2017 },
    target: { kind: "absolute", value: 7.6, period: 2021 },
    figures: { "2013": 7.3, "2017-H1": 7.1, "2017": 7.3 },
  });

/** Burglaries: January-October of 2017 and 2018 compared, as in Laren's text. */
const yearToDate = (lang: "nl" | "en" = "nl") =>
  evaluatedIndicator({
    figures: { "2016": 77, "2017": 79, "2017-01..2017-10": 70, "2018-01..2018-10": 46 },
    lang,
  });

/** A baseline year without January-June: the latest half year is projected to a full year. */
const projected = () =>
  evaluatedIndicator({
    baseline: { value: 44, period: 2017 },
    target: { kind: "absolute", value: 35, period: 2021 },
    figures: { "2015-H1": 20, "2015": 41, "2016-H1": 25, "2016": 47, "2017": 44, "2019-H1": 18 },
  });

describe("indicatorChart", () => {
  it("describes every number it draws, and only those", () => {
    expect(indicatorChartDescription(grade(), "nl")).toBe(
      "waargenomen: 2013: 7,3; 2017: 7,3. basis (2017): 7,5. doel (2021): 7,6.",
    );
  });

  it("draws grades on an axis around the data, counts from zero", () => {
    const grades = indicatorChart(grade(), "nl")?.value ?? "";
    expect(grades).toContain('class="tick">6,0</text>');
    expect(grades).not.toContain('class="tick">0,0</text>');
    const counts = indicatorChart(evaluatedIndicator({ figures: { "2017": 79 } }), "nl")?.value;
    expect(counts).toContain('class="tick">0</text>');
  });

  it("breaks the line where years without a figure lie between two points (2013 and 2017)", () => {
    const gap = indicatorChart(grade(), "nl")?.value ?? "";
    expect(gap).not.toContain('<polyline points="');
    const joined = indicatorChart(
      evaluatedIndicator({ figures: { "2016": 77, "2017": 79 } }),
      "nl",
    )?.value;
    expect(joined?.match(/<polyline points="/g)).toHaveLength(1);
  });

  it("has a legend of what it draws only", () => {
    const all = indicatorChart(grade(), "nl")?.value ?? "";
    for (const text of ["waargenomen", "basis", "doel", "rechte lijn van basis naar doel"])
      expect(all).toContain(`>${text}</text>`);
    const bare =
      indicatorChart(
        evaluatedIndicator({ baseline: null, target: null, figures: { "2016": 77, "2017": 79 } }),
        "nl",
      )?.value ?? "";
    expect(bare).toContain(">waargenomen</text>");
    for (const text of ["basis", "doel", "rechte lijn van basis naar doel"])
      expect(bare).not.toContain(`>${text}</text>`);
  });

  it("escapes the label in its title", () => {
    expect(indicatorChart(grade(), "en")?.value).toContain(
      '<title id="chart-n-title">Trend: N &lt;n&gt;</title>',
    );
  });

  describe("a year-to-date comparison", () => {
    it("draws the same months of both years apart from the full-year line, and says so", () => {
      const indicator = yearToDate();
      expect(indicator.progress.comparison?.method).toBe("same-months");
      expect(chartOverlay(indicator, "nl")).toEqual({
        kind: "same-months",
        months: "jan-okt",
        points: [
          { period: "2017-01..2017-10", value: 70 },
          { period: "2018-01..2018-10", value: 46 },
        ],
      });
      const svg = indicatorChart(indicator, "nl")?.value ?? "";
      // The full-year line has 2016 and 2017 only; 46 is a separate, labelled mark.
      const line = svg.match(/<polyline points="([^"]+)" fill="none" stroke="#0072B2"/)?.[1];
      expect(line?.split(" ")).toHaveLength(2);
      expect(svg).toContain('class="point-label apart-label">46</text>');
      expect(svg).toContain(">jan-okt, geen heel jaar</text>");
      expect(indicatorChartDescription(indicator, "nl")).toContain(
        "jan-okt (dezelfde maanden van twee jaren, apart getekend, geen heel jaar): jan-okt 2017: 70; jan-okt 2018: 46.",
      );
      expect(indicatorChartDescription(yearToDate("en"), "en")).toContain(
        "Jan-Oct (the same months of two years, drawn apart, not a full year): Jan-Oct 2017: 70; Jan-Oct 2018: 46.",
      );
    });

    it("draws the target scaled to the same months, which the status compares with", () => {
      const indicator = yearToDate();
      const comparison = indicator.progress.comparison;
      // 60 x 70 / 79: the target scaled to January-October, as the status uses it.
      expect(comparison?.method === "same-months" && comparison.target).toBeCloseTo(53.1646, 4);
      const svg = indicatorChart(indicator, "nl")?.value ?? "";
      expect(svg).toMatch(
        /<path d="[^"]+" fill="#ffffff" stroke="#CC79A7" stroke-width="2"><\/path><text [^>]*class="point-label apart-label">53,2<\/text>/,
      );
      expect(svg).toContain(">doel omgerekend naar jan-okt</text>");
      expect(indicatorChartDescription(indicator, "nl")).toContain(
        "doel omgerekend naar jan-okt (2021): 53,2.",
      );
    });

    it("draws a projected full year as an estimate with its range as an error bar", () => {
      const indicator = projected();
      const comparison = indicator.progress.comparison;
      expect(comparison?.method).toBe("projection");
      const overlay = chartOverlay(indicator, "nl");
      expect(overlay).toMatchObject({
        kind: "projection",
        year: "2019",
        value: comparison?.current,
        lower: comparison?.projection?.lower,
        upper: comparison?.projection?.upper,
      });
      const svg = indicatorChart(indicator, "nl")?.value ?? "";
      expect(svg).toContain(">projectie van het hele jaar, met marge</text>");
      expect(indicatorChartDescription(indicator, "nl")).toContain(
        "projectie 2019 uit jan-jun 2019 (18): 35, marge 20-58 (een schatting, geen meting).",
      );
    });

    it("draws nothing apart when the latest figure is a full year", () => {
      const indicator = evaluatedIndicator({ figures: { "2017": 79, "2018": 70 } });
      expect(indicator.progress.comparison?.method).toBe("same-period");
      expect(chartOverlay(indicator, "nl")).toBeNull();
      expect(indicatorChart(indicator, "nl")?.value).not.toContain("apart");
    });
  });

  describe("edge cases", () => {
    it("draws nothing without figures, baseline or target value", () => {
      const indicator = evaluatedIndicator({
        baseline: null,
        target: { kind: "relative", change: -25, period: 2021 },
        figures: {},
      });
      expect(indicator.progress.target?.value).toBeNull();
      expect(indicatorChart(indicator, "nl")).toBeNull();
    });

    it("draws a baseline and a target without observations, joined by the straight path", () => {
      const svg = indicatorChart(evaluatedIndicator({ figures: {} }), "nl")?.value ?? "";
      expect(svg).toContain('stroke-dasharray="6 4"');
      expect(svg).not.toContain("<polyline");
    });

    it("keeps all values at zero on a visible axis", () => {
      const svg = indicatorChart(
        evaluatedIndicator({
          unit: "percentage",
          baseline: { value: 0, period: 2017 },
          target: { kind: "keep-level", value: 0, period: 2021 },
          figures: {},
        }),
        "nl",
      )?.value;
      expect(svg).toContain('class="tick">1%</text>');
    });
  });
});

function figureTable(
  changes: readonly (number | null)[],
  counts: readonly (readonly [number, number])[] = [],
  chance: readonly boolean[] = [],
): EvaluatedFigureTable {
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
          from: counts[i]?.[0] ?? 100,
          to: counts[i]?.[1] ?? 100 + (change ?? 0),
          empty: change === null ? "zero-base" : null,
          printed: null,
          matchesPrinted: null,
          ...(chance[i] === undefined
            ? {}
            : {
                significance: {
                  test: "poisson-exact" as const,
                  pValue: chance[i] ? 0.5 : 0.01,
                  distinguishableFromChance: !chance[i],
                  adjustedPValue: chance[i] ? 0.5 : 0.01,
                  correction: "none" as const,
                  distinguishableAfterCorrection: !chance[i],
                },
              }),
        },
        r: { kind: "reference", text: "-8%", value: -8 },
      },
    })),
  };
}

describe("changeBars", () => {
  it("draws one bar per row with the figure and the comparison tick", () => {
    const svg = changeBars(figureTable([-52, 25, null]), "nl")?.value ?? "";
    // Two bars and the legend's two colours.
    expect(svg.match(/<rect /g)).toHaveLength(4);
    // Three comparison ticks and the legend's.
    expect(svg.match(/stroke="#000000"/g)).toHaveLength(4);
    expect(svg).toContain('class="bar-value">-52%</text>');
    expect(svg).toContain('class="bar-value">–</text>');
    expect(changeBarsDescription(figureTable([-52]), "nl")).toContain("rij 0: -52% (regio: -8%)");
    // A legend of what is drawn: both colours and the comparison tick; no open bar, as no change is chance-level here.
    expect(svg).toContain(">toename</text>");
    expect(svg).toContain(">afname</text>");
    expect(svg).toContain(">regio</text>");
    expect(svg).not.toContain("niet te onderscheiden van toeval</text>");
  });

  it("shows small counts as counts, beside the percentage (zeden 2 → 1)", () => {
    const svg = changeBars(figureTable([-50, 25], [[2, 1]]), "nl")?.value ?? "";
    expect(svg).toContain('class="bar-value">2 → 1: -50%</text>');
    expect(svg).toContain('class="bar-value">+25%</text>');
    expect(changeBarsDescription(figureTable([-50], [[2, 1]]), "nl")).toContain(
      "rij 0: -50% (2 → 1)",
    );
    // No percentage from a zero base, but the counts still say what happened.
    expect(changeBars(figureTable([null], [[0, 0]]), "nl")?.value).toContain(
      'class="bar-value">0 → 0: –</text>',
    );
  });

  it("marks a change chance could explain with ° and an open bar, and says so in the legend", () => {
    const svg = changeBars(figureTable([-50, 25], [], [true, false]), "nl")?.value ?? "";
    expect(svg).toContain('class="bar-value">-50%°</text>');
    expect(svg).toContain('class="bar-value">+25%</text>');
    expect(svg).toMatch(/<rect [^>]*fill="#ffffff" stroke="#0072B2" stroke-width="1.5">/);
    expect(svg).toContain("° niet te onderscheiden van toeval</text>");
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
