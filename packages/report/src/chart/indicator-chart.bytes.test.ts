import { describe, expect, it } from "vitest";
import { evaluatedIndicator } from "../../test/evaluated-indicator.ts";
import { indicatorChart } from "./indicator-chart.ts";

/**
 * The exact bytes of the indicator chart in each of its forms (recorded from
 * the renderer built on `h()`, before the chart was written as strings
 * directly): a full-year line with labels, the same months of two years with
 * the scaled target, a projected year with its error bar, a grade axis with a
 * gap, a baseline and target without figures, and text that must be escaped.
 * The report's bytes are a promise (the same input gives the same bytes);
 * a change here is a change to every report.
 */
const cases = {
  "full-years": () =>
    evaluatedIndicator({ figures: { "2014": 90, "2015": 79, "2016": 77, "2017": 79, "2018": 70 } }),
  "same-months-nl": () =>
    evaluatedIndicator({
      figures: { "2016": 77, "2017": 79, "2017-01..2017-10": 70, "2018-01..2018-10": 46 },
      lang: "nl",
    }),
  "same-months-en": () =>
    evaluatedIndicator({
      figures: { "2016": 77, "2017": 79, "2017-01..2017-10": 70, "2018-01..2018-10": 46 },
      lang: "en",
    }),
  projection: () =>
    evaluatedIndicator({
      baseline: { value: 44, period: 2017 },
      target: { kind: "absolute", value: 35, period: 2021 },
      figures: { "2015-H1": 20, "2015": 41, "2016-H1": 25, "2016": 47, "2017": 44, "2019-H1": 18 },
    }),
  grade: () =>
    evaluatedIndicator({
      unit: "grade",
      direction: "higher-is-better",
      baseline: { value: 7.5, period: 2017 },
      target: { kind: "absolute", value: 7.6, period: 2021 },
      figures: { "2013": 7.3, "2017-H1": 7.1, "2017": 7.3 },
    }),
  "no-figures": () => evaluatedIndicator({ figures: {} }),
  "many-years": () =>
    evaluatedIndicator({
      figures: Object.fromEntries(
        Array.from({ length: 12 }, (_, i) => [String(2006 + i), 100 - 3 * i + (i % 3)]),
      ),
    }),
  escaped: () => ({
    ...evaluatedIndicator({ figures: { "2016": 77, "2017": 79 } }),
    id: 'x"><script>alert(1)</script>',
    label: "<img src=x onerror=\"alert(1)\"> & 'quote'",
  }),
} as const;

describe("indicatorChart, byte for byte", () => {
  for (const [name, make] of Object.entries(cases)) {
    it(name, async () => {
      const indicator = make();
      const lang = name.endsWith("-en") ? "en" : "nl";
      await expect(`${indicatorChart(indicator, lang)?.value ?? "(none)"}\n`).toMatchFileSnapshot(
        `./__snapshots__/indicator-chart-${name}.svg`,
      );
    });
  }
});
