import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue, loadPlanFromFiles } from "../src/index.ts";
import { readPlan } from "../src/read-plan.ts";

/** A plan whose indicator geweld has `baseline` (YAML text) and the figures of `csv`. */
function files(baseline: string, figures: string) {
  const plan = `schemaVersion: 1
id: test
title: Integraal Veiligheidsplan Test 2019-2022
municipality: { name: Laren, code: GM0417 }
period: { start: 2019, end: 2022 }
mission: Een veilige gemeente.
series:
  - { id: geweld, label: Geweldsmisdrijven }
indicators:
  - id: geweld
    label: Geweldsmisdrijven
    unit: count
    direction: lower-is-better
    baseline: ${baseline}
    targets: [{ kind: relative, change: -20, period: 2021 }]
data:
  - data/politie.csv
`;
  return {
    "plan.yaml": plan,
    "data/politie.csv": `series,area,period,value\n${figures}`,
  };
}

const FIGURES =
  "geweld,GM0417,2015,40\ngeweld,GM0417,2016,52\ngeweld,GM0417,2017,44\ngeweld,GM0417,2018,30\n";

async function issues(baseline: string, figures = FIGURES): Promise<string[]> {
  const result = await loadPlanFromFiles(files(baseline, figures));
  if (result.success) return [];
  return result.issues.map((issue) => formatIssue(issue));
}

describe("an average baseline in a plan file", () => {
  it("reads `average: { from: 2015, to: 2017 }` with its figures in a data file", async () => {
    const result = await loadPlanFromFiles(files("{ average: { from: 2015, to: 2017 } }", FIGURES));
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.plan.indicators[0]?.baseline).toEqual({ average: { from: "2015", to: "2017" } });
  });

  it("a year without a figure is an error at `average`, naming the year and the fix", async () => {
    const without2016 = FIGURES.replace("geweld,GM0417,2016,52\n", "");
    expect(await issues("{ average: { from: 2015, to: 2017 } }", without2016)).toEqual([
      'plan.yaml:14:26  error  average-missing-figure  indicators[0].baseline.average: the average from 2015 to 2017 needs a figure for every period, but there is none for 2016 (expected a figure of series "geweld" for GM0417 in every period of the average; add the figure for 2016 to a data file or to the plan\'s observations, or let the average start or end where there are figures)',
    ]);
  });

  it("a range the wrong way round is an error at `to`", async () => {
    expect(await issues("{ average: { from: 2017, to: 2015 } }")).toEqual([
      "plan.yaml:14:44  error  invalid-value  indicators[0].baseline.average.to: the range runs backwards: to (2015) comes before from (2017); swap them (got the number 2015)",
    ]);
  });

  it("periods of different lengths are an error at `to`, with an example", async () => {
    const [issue, ...rest] = await issues("{ average: { from: 2015-H1, to: 2017 } }");
    expect(rest).toEqual([]);
    expect(issue).toContain(
      "plan.yaml:14:47  error  invalid-value  indicators[0].baseline.average.to:",
    );
    expect(issue).toContain("from 2015-H1 and to 2017 cover different months");
  });

  it("a range written as a list gets the form with from and to", async () => {
    const [issue] = await issues("{ average: [2015, 2017] }");
    expect(issue).toContain(
      "indicators[0].baseline.average: expected a mapping of fields, got a list",
    );
    expect(issue).toContain("write the range with from and to: { from: 2015, to: 2017 }");
  });

  it("readPlan (ivp status, ivp report) refuses a year without a figure as loadPlan does", async () => {
    const root = await mkdtemp(join(tmpdir(), "ivp-average-"));
    try {
      const plan = files(
        "{ average: { from: 2015, to: 2017 } }",
        FIGURES.replace("geweld,GM0417,2016,52\n", ""),
      );
      await mkdir(join(root, "data"));
      for (const [name, text] of Object.entries(plan)) await writeFile(join(root, name), text);
      const result = await readPlan(root, { displayBase: root });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.issues.map((i) => [i.code, i.location?.line, i.location?.column])).toEqual([
        ["average-missing-figure", 14, 26],
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  describe("edge cases", () => {
    it("a misspelt `average` is named once, with the near miss", async () => {
      expect(await issues("{ avrage: { from: 2015, to: 2017 } }")).toEqual([
        'plan.yaml:14:17  error  unknown-field  indicators[0].baseline.avrage: unknown field "avrage" (expected one of the fields value, period, average; did you mean "average"?)',
      ]);
    });

    it("a value next to an average is refused: the average's value is computed", async () => {
      const [issue, ...rest] = await issues("{ average: { from: 2015, to: 2017 }, value: 45 }");
      expect(rest).toEqual([]);
      expect(issue).toContain(
        'unknown-field  indicators[0].baseline.value: unknown field "value" (expected one of the fields average)',
      );
    });

    it("one figure without its period still says which field is missing", async () => {
      const [issue] = await issues("{ value: 79 }");
      expect(issue).toContain("indicators[0].baseline.period: a value is required");
    });
  });
});
