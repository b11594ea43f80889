import { measureProgress } from "@ivp/model";
import { evaluateStatus } from "@ivp/report";
import { describe, expect, it } from "vitest";
import { LAREN_PLAN_DIR, loadExamplePlan } from "../scripts/lib/laren.ts";
import {
  renderNotAssessableReasons,
  renderProgressStatuses,
  renderProgressWorked,
  renderProjectionExample,
  renderVerdictExamples,
  renderZeroTargetExample,
  ZERO_TARGET_EXAMPLE,
} from "../scripts/lib/progress-examples.ts";

// What the progress-status page shows, and the claims it makes in words.

const laren = await loadExamplePlan(LAREN_PLAN_DIR);

function rows(markdown: string): string[][] {
  return markdown
    .split("\n")
    .filter((l) => l.startsWith("| ") && !l.startsWith("| ---"))
    .map((l) => l.slice(2, -2).split(" | "));
}

const number = (text: string | undefined) => Number((text ?? "").split(" ")[0]);

describe("the worked example of Laren's burglaries", () => {
  const table = rows(renderProgressWorked(laren)).slice(1);
  const result = (component: string) => table.find((r) => r[0]?.startsWith(component))?.[2];

  it("can be redone by hand from the numbers it prints", () => {
    const y0 = number(result("baseline"));
    const yT = number(result("target (y"));
    const yt = number(result("current value"));
    const elapsed = number(result("years elapsed"));
    const total = number(result("years from baseline"));
    expect([y0, yt, elapsed, total]).toEqual([70, 46, 1, 4]);
    expect(yT).toBeCloseTo((60 * 70) / 79, 4);
    expect(number(result("expected"))).toBeCloseTo(y0 + (yT - y0) * (elapsed / total), 3);
    expect(number(result("fraction of the way"))).toBeCloseTo((yt - y0) / (yT - y0), 3);
    const observed = (yt / y0) ** (1 / elapsed) - 1;
    const required = (yT / y0) ** (1 / total) - 1;
    expect(number(result("observed annual growth"))).toBeCloseTo(observed, 3);
    expect(number(result("required annual growth"))).toBeCloseTo(required, 3);
    expect(number(result("ratio R"))).toBeCloseTo(-observed / Math.abs(required), 2);
    // The verdict: 46 below the line at 65.8 beyond chance, before 2021: ahead, not achieved.
    expect(result("status")).toBe("ahead of schedule");
  });

  it("names the status and significance ivp status gives", () => {
    const status = evaluateStatus(laren.plan, { observations: laren.observations, lang: "en" });
    const burglaries = status.indicators.find((i) => i.id === "woninginbraken");
    expect(burglaries?.status.text).toBe("ahead of schedule");
    expect(renderProgressWorked(laren)).toContain(
      `46 against 70 gives p = ${burglaries?.significance?.pValue?.toFixed(3)}`,
    );
  });
});

describe("the statuses of every Laren indicator", () => {
  const text = renderProgressStatuses(laren);

  it("are those of ivp status, as of the latest figures and as of 2018-H1", () => {
    for (const asOf of [undefined, "2018-H1"]) {
      const status = evaluateStatus(laren.plan, {
        observations: laren.observations,
        lang: "en",
        ...(asOf && { asOf }),
      });
      const section = asOf ? text.split("As of Jan-Jun 2018")[1] : text.split("As of Jan-Jun")[0];
      const shown = rows(section ?? "").slice(1);
      expect(shown.map((r) => [r[0], r[3]])).toEqual(
        status.indicators.map((i) => [`\`${i.id}\``, i.status.text]),
      );
    }
  });

  it("bear out the page: the surveys wait for a later Veiligheidsmonitor", () => {
    const surveys = evaluateStatus(laren.plan, {
      observations: laren.observations,
    }).indicators.filter((i) => i.unit !== "count" && i.baseline?.period === "2017");
    expect(surveys.length).toBeGreaterThan(5);
    for (const survey of surveys) {
      expect(["no-later-measurement", "no-observations"]).toContain(survey.status.notAssessable);
    }
  });
});

describe("the projection example", () => {
  it("divides by the pooled share and says why ivp status does not project here", () => {
    const table = rows(renderProjectionExample(laren)).slice(1);
    const partial = table.reduce((s, r) => s + number(r[1]), 0);
    const full = table.reduce((s, r) => s + number(r[2]), 0);
    const text = renderProjectionExample(laren);
    expect(text).toContain(`= **${Number((partial / full).toFixed(3))}**`);
    expect(text).toContain(`= **${Number((26 / (partial / full)).toFixed(1))}**`);
    const status = evaluateStatus(laren.plan, {
      observations: laren.observations,
      asOf: "2018-H1",
    });
    expect(status.indicators.find((i) => i.id === "woninginbraken")?.comparison?.method).toBe(
      "same-months",
    );
  });
});

describe("the zero-target example", () => {
  it("shows half the way in half the time as substantial progress, where 0.001 makes it limited", () => {
    const { baseline, target, current, elapsedYears, totalYears } = ZERO_TARGET_EXAMPLE;
    expect((current - baseline) / (target - baseline)).toBe(0.5);
    expect(elapsedYears / totalYears).toBe(0.5);
    const ivp = measureProgress({ direction: "lower-is-better", ...ZERO_TARGET_EXAMPLE });
    expect(ivp.ratio.method).toBe("absolute");
    const [, ours, openSdg] = rows(renderZeroTargetExample());
    expect(ours?.[4]).toBe(`\`${ivp.status}\``);
    expect(openSdg?.[4]).not.toBe(ours?.[4]);
  });
});

describe("the reasons an indicator is not assessable", () => {
  it("lists each with the words of ivp status", () => {
    const table = rows(renderNotAssessableReasons()).slice(1);
    expect(table).toHaveLength(9);
    expect(table).toContainEqual([
      "`no-later-measurement`",
      "not assessable: no later measurement",
    ]);
  });
});

describe("the verdicts page's Laren table", () => {
  const shown = rows(renderVerdictExamples(laren)).slice(1);
  const row = (id: string) => shown.find((r) => r[0] === `\`${id}\``);

  it("has the same rows in Dutch, with decimal commas and the Dutch verdict words", () => {
    const dutch = rows(renderVerdictExamples(laren, "nl")).slice(1);
    expect(dutch.map((r) => r[0])).toEqual(shown.map((r) => r[0]));
    expect(dutch.find((r) => r[0] === "`woninginbraken`")).toEqual([
      "`woninginbraken`",
      "46",
      "33,7 - 61,4",
      "65,8 (de lijn naar het doel)",
      "voor op schema",
    ]);
  });

  it("bears out the page's words: burglaries ahead, violence within chance, pogingen not assessable", () => {
    expect(row("woninginbraken")).toEqual([
      "`woninginbraken`",
      "46",
      "33.7 - 61.4",
      "65.8 (the line to the target)",
      "ahead of schedule",
    ]);
    expect(row("autokraak")?.[4]).toBe("ahead of schedule");
    expect(row("geweld")).toEqual([
      "`geweld`",
      "20",
      "12.2 - 30.9",
      "13.5 (the line to the target)",
      "not distinguishable",
    ]);
    expect(row("woninginbraak-pogingen")?.[4]).toBe(
      "not assessable: target does not fit baseline and direction",
    );
  });
});
