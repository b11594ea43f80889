import { loadLarenPlan } from "@ivp/testkit/laren";
import { observation } from "@ivp/testkit/observations";
import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { IvpError } from "../errors.ts";
import type { PlanInput } from "../schema/types.ts";
import { assessPlanProgress } from "./assess-plan-progress.ts";
import { assessProgress } from "./assess-progress.ts";

const laren = loadLarenPlan();

describe("assessProgress on Laren's plan as printed", () => {
  const byId = new Map(assessPlanProgress(laren).indicators.map((p) => [p.indicator, p]));
  const get = (id: string) => {
    const p = byId.get(id);
    if (!p) throw new Error(`no assessment for ${id}`);
    return p;
  };

  it.each([
    // 46 (95% margin 33.7-61.4) lies below the line to the scaled target (65.8 after 1 of 4
    // years): ahead, not "achieved": the target year 2021 has not come.
    ["woninginbraken", "ahead", null, "2018-01..2018-10", "same-months"],
    // Target 60 against baseline 20, lower is better: it says nothing about progress.
    ["woninginbraak-pogingen", "not-assessable", "inconsistent-target", "2018-H1", "same-months"],
    ["woninginbraak-geslaagd", "not-assessable", "no-target", "2018-H1", "same-months"],
    // 31 (margin 21.1-44.0) below the line at 55.7.
    ["autokraak", "ahead", null, "2018-01..2018-10", "same-months"],
    // 14 -> 20 (+43%) but 20's margin 12.2-30.9 holds the line at 13.5: chance can explain it.
    ["geweld", "indistinguishable", null, "2018-01..2018-10", "same-months"],
    ["verwarde-personen", "not-assessable", "no-observations", null, null],
    ["rapportcijfer-veiligheid", "not-assessable", "no-later-measurement", "2017", null],
    ["rapportcijfer-leefbaarheid", "not-assessable", "no-later-measurement", "2017", null],
    ["overlast-jongeren", "not-assessable", "no-later-measurement", "2017", null],
    ["overlast-drugs", "not-assessable", "no-observations", null, null],
    ["bibob-nieuwe-ondernemingen", "not-assessable", "no-baseline", null, null],
    ["bestuurlijk-optreden-drugs", "not-assessable", "no-observations", null, null],
  ])("%s: %s (%s), latest %s, compared by %s", (id, status, reason, latest, method) => {
    const p = get(id);
    expect(p.status).toBe(status);
    expect(p.notAssessable).toBe(reason);
    expect(p.latest?.period ?? null).toBe(latest);
    expect(p.comparison?.method ?? null).toBe(method);
  });

  it("woninginbraken: January-October 2018 against January-October 2017, the target scaled to those months", () => {
    const p = get("woninginbraken");
    expect(p.comparison).toMatchObject({
      method: "same-months",
      from: { period: "2017-01..2017-10", value: 70 },
      to: { period: "2018-01..2018-10", value: 46 },
      baseline: 70,
      current: 46,
    });
    // 60 x 70 / 79, computed exactly before the conversion to a double.
    expect(p.comparison?.target).toBe((60 * 70) / 79);
    expect(p.change).toMatchObject({ from: 70, to: 46, percent: -34 });
    expect(p.significance?.test).toBe("poisson-exact");
    if (p.significance?.test === "poisson-exact")
      expect(p.significance.pValue).toBeCloseTo(0.0322720207330931, 12);
    expect(p.measures).toMatchObject({
      elapsedYears: 1,
      totalYears: 4,
      targetAchieved: true,
      onTrack: true,
    });
    expect(p.warnings).toEqual([
      { code: "target-disagrees-with-change", stated: 60, resolved: 59, used: 60 },
    ]);
  });

  it("geweld gets worse (+43%), but the change is not distinguishable from chance (p = 0,39)", () => {
    const p = get("geweld");
    expect(p.change?.percent).toBe(43);
    expect(p.significance).toMatchObject({
      test: "poisson-exact",
      distinguishableFromChance: false,
    });
  });

  it("pogingen: the printed 60 is against the direction and disagrees with -25%", () => {
    expect(get("woninginbraak-pogingen").warnings.map((w) => w.code)).toEqual([
      "target-disagrees-with-change",
      "target-against-direction",
    ]);
  });

  it("geslaagd has no target, yet its latest figure, change and significance are given", () => {
    const p = get("woninginbraak-geslaagd");
    expect(p.measures).toBeNull();
    expect(p.change?.percent).toBe(-57);
    expect(p.significance).toMatchObject({
      test: "poisson-exact",
      distinguishableFromChance: true,
    });
  });

  it("the safety grade's baseline 7,5 contradicts the 7,3 recorded for 2017", () => {
    expect(get("rapportcijfer-veiligheid").warnings).toEqual([
      { code: "baseline-differs-from-observation", baseline: 7.5, observed: 7.3, period: "2017" },
    ]);
  });

  it("as of the first half of 2018: 26 against 54 (p = 0.0023)", () => {
    const p = assessProgress(laren, "woninginbraken", { asOf: "2018-H1" });
    expect(p.latest).toMatchObject({ period: "2018-H1", value: 26 });
    expect(p.comparison?.from).toMatchObject({ period: "2017-H1", value: 54 });
    if (p.significance?.test === "poisson-exact")
      expect(p.significance.pValue.toFixed(4)).toBe("0.0023");
    else throw new Error("expected a Poisson test");
  });

  it("as of 2017 nothing is later than the baseline, so nothing gets a status", () => {
    const progress = assessPlanProgress(laren, { asOf: "2017" });
    expect(progress.asOf).toBe("2017");
    for (const p of progress.indicators) {
      expect(p.status).toBe("not-assessable");
      if (p.latest) expect(p.latest.period).toBe("2017");
    }
  });

  it("follows later observations: a full year 2019 is compared with the full year 2017", () => {
    const p = assessProgress(laren, "woninginbraken", {
      observations: [observation("woninginbraken", "2019", 55)],
    });
    expect(p.comparison).toMatchObject({
      method: "same-period",
      from: { period: "2017", value: 79, derivation: "baseline" },
      current: 55,
      target: 60,
    });
    // By hand: fraction (55 - 79) / (60 - 79) = 24/19, beyond the target in the figures; but the
    // line to the target is at 79 + (60 - 79) x 2/4 = 69.5 in 2019, inside 55's margin
    // (41.4-71.6), and 2021 has not come: not distinguishable from being on the line.
    expect(p.measures?.fractionOfWay).toBeCloseTo(24 / 19, 14);
    expect(p.measures?.elapsedYears).toBe(2);
    expect(p.verdict?.versusBenchmark?.benchmark).toBe(69.5);
    expect(p.verdict?.versusBenchmark?.interval?.lower).toBeCloseTo(41.43, 2);
    expect(p.verdict?.versusBenchmark?.interval?.upper).toBeCloseTo(71.59, 2);
    expect(p.status).toBe("indistinguishable");
    // As of 2018 the later figure does not count yet.
    expect(
      assessProgress(laren, "woninginbraken", {
        asOf: "2018",
        observations: [observation("woninginbraken", "2019", 55)],
      }).latest?.period,
    ).toBe("2018-01..2018-10");
  });

  it("geweld's baseline 23 is the lowest of its years: regression to the mean, with the figures", () => {
    expect(get("geweld").warnings).toContainEqual({
      code: "baseline-extreme",
      position: "lowest",
      period: "2017",
      value: 23,
      history: [
        { period: "2013", value: 40 },
        { period: "2014", value: 35 },
        { period: "2015", value: 41 },
        { period: "2016", value: 29 },
      ],
      otherMean: 36.25,
    });
    expect(get("woninginbraken").warnings.map((w) => w.code)).not.toContain("baseline-extreme");
  });

  it("five comparable years give a trend next to the two-point change", () => {
    const p = assessProgress(laren, "woninginbraken", {
      observations: [observation("woninginbraken", "2019", 55)],
    });
    // R: glm(c(90, 79, 77, 79, 55) ~ c(2014, 2015, 2016, 2017, 2019), family = poisson):
    // slope -0.08354392584 (SE 0.03085335033), exp(slope) = 0.9198506806; the quasi-Poisson
    // dispersion 0.54 is floored at 1, so t = -2.708 with 3 df: 2 * pt(-2.708, 3) = 0.0733.
    expect(p.trend?.periods).toEqual(["2014", "2015", "2016", "2017", "2019"]);
    expect(p.trend?.test.rateRatio).toBeCloseTo(0.9198506806, 8);
    // (R stops its iterations at a tolerance of 1e-8, so agreement is to 6 decimals.)
    expect(p.trend?.test.poisson.pValue).toBeCloseTo(0.006773595921, 6);
    expect(p.trend?.test.quasiPoisson.pValue).toBeCloseTo(0.0733, 3);
    expect(p.trend?.test.verdict).toBe("no-significant-change");
    // Ten months of 2018 have no five comparable periods: no trend.
    expect(get("woninginbraken").trend).toBeNull();
  });

  it("a total derives from its complete parts in a later year", () => {
    const p = assessProgress(laren, "woninginbraken", {
      observations: [
        observation("woninginbraak-pogingen", "2020", 12),
        observation("woninginbraak-geslaagd", "2020", 50),
      ],
    });
    expect(p.latest).toEqual({ period: "2020", value: 62, derivation: "sum-of-parts" });
  });

  it("survey figures with supplied intervals are tested with them", () => {
    const p = assessProgress(laren, "rapportcijfer-leefbaarheid", {
      observations: [
        observation("rapportcijfer-leefbaarheid", "2017", 7.9, {
          interval: { lower: 7.8, upper: 8.0 },
        }),
        observation("rapportcijfer-leefbaarheid", "2019", 7.6, {
          interval: { lower: 7.5, upper: 7.7 },
        }),
      ],
    });
    // 7.9 -> 7.6 with margins of +-0.1: worse than the baseline beyond chance.
    expect(p.status).toBe("worse");
    expect(p.change).toMatchObject({ unit: "points", difference: -0.3, percent: null });
    expect(p.measures?.ratio.method).toBe("no-change-required");
    expect(p.significance).toMatchObject({
      test: "survey-intervals",
      distinguishableFromChance: true,
    });
  });
});

type IndicatorInput = NonNullable<PlanInput["indicators"]>[number];

const count = (id: string, extra: Partial<IndicatorInput> = {}): IndicatorInput => ({
  id,
  label: id,
  unit: "count" as const,
  direction: "lower-is-better" as const,
  ...extra,
});

/** A plan with one percentage "p" (baseline 1,7% in 2017, lower is better) and, if given, its 2019 figure. */
function percentagePlan(extra: Partial<IndicatorInput>, later?: number) {
  return makePlan({
    indicators: [
      {
        id: "p",
        label: "P",
        unit: "percentage",
        direction: "lower-is-better",
        baseline: { value: 1.7, period: 2017 },
        ...extra,
      },
    ],
    observations:
      later === undefined ? [] : [{ origin: "other", series: "p", period: 2019, value: later }],
  });
}

describe("assessProgress: target kinds, directions and rules", () => {
  it("projects a part of a year when the baseline year lacks those months", () => {
    const plan = makePlan({
      indicators: [
        count("meldingen", {
          baseline: { value: 44, period: 2017 },
          targets: [{ kind: "absolute", value: 35, period: 2021 }],
        }),
      ],
      observations: [
        {
          origin: "other",
          periods: ["2015-H1", 2015, "2016-H1", 2016, 2017, "2019-H1"],
          values: { meldingen: [20, 41, 25, 47, 44, 18] },
        },
      ],
    });
    const p = assessProgress(plan, "meldingen");
    expect(p.comparison?.method).toBe("projection");
    if (p.comparison?.method !== "projection") return;
    // Pooled share (20 + 25) / (41 + 47) = 45/88; projection 18 / (45/88) = 35.2.
    expect(p.comparison.projection.share).toBeCloseTo(45 / 88, 14);
    expect(p.comparison.current).toBeCloseTo(35.2, 12);
    expect(p.comparison.projection.shares.map((s) => s.year)).toEqual([2015, 2016]);
    // The line is at 44 + (35 - 44) x 2/4 = 39.5 for the year, 39.5 x 45/88 = 20.2 for its first
    // half; 18 (margin 10.7-28.4) holds it.
    expect(p.verdict?.versusBenchmark?.benchmark).toBeCloseTo((39.5 * 45) / 88, 12);
    expect(p.status).toBe("indistinguishable");
    expect(p.significance).toMatchObject({ test: "poisson-exact" });
    if (p.significance?.test === "poisson-exact")
      expect(p.significance.comparison.exposure1).toBeCloseTo(45 / 88, 14);
  });

  it("warns when a projection rests on one year", () => {
    const plan = makePlan({
      indicators: [
        count("m", {
          baseline: { value: 44, period: 2017 },
          targets: [{ kind: "absolute", value: 35, period: 2021 }],
        }),
      ],
      observations: [
        { origin: "other", periods: ["2016-H1", 2016, "2019-H1"], values: { m: [25, 47, 18] } },
      ],
    });
    expect(assessProgress(plan, "m").warnings).toEqual([
      { code: "projection-single-year", year: 2016 },
    ]);
  });

  it("a zero baseline measures with annual differences", () => {
    const plan = makePlan({
      indicators: [
        count("overvallen", {
          baseline: { value: 0, period: 2017 },
          targets: [{ kind: "maximum", value: 2, period: 2021 }],
        }),
      ],
      observations: [{ origin: "other", series: "overvallen", period: 2019, value: 3 }],
    });
    const p = assessProgress(plan, "overvallen");
    // By hand: observed (3 - 0) / 2 = 1.5 a year, required (2 - 0) / 4 = 0.5; R = -1 x 1.5 / 0.5 = -3.
    expect(p.measures?.ratio).toEqual({
      method: "absolute",
      directionSign: -1,
      observed: 1.5,
      required: 0.5,
      value: -3,
    });
    // A maximum holds all along: 3 (margin 0.62-8.77) against 2 is not distinguishable, and
    // 0 -> 3 is no change beyond chance (p = 0.25).
    expect(p.status).toBe("indistinguishable");
    expect(p.change).toMatchObject({ percent: null, exact: null });
    expect(p.significance).toMatchObject({ test: "poisson-exact" });
    if (p.significance?.test === "poisson-exact")
      expect(p.significance.pValue).toBeCloseTo(0.25, 12);
  });

  it.each([
    // Baseline 60 in 2017, target 50 in 2021, lower is better; a figure for 2019 (half way,
    // the line at 55) or for 2021 (the target period). Margins: exact Poisson, 95%.
    [{ kind: "absolute", value: 50, period: 2021 }, 2019, 30, "ahead"], // 20.2-42.8 < 55
    [{ kind: "absolute", value: 50, period: 2021 }, 2019, 59, "indistinguishable"], // holds 55
    [{ kind: "absolute", value: 50, period: 2021 }, 2019, 75, "behind"], // 59.0-94.0 > 55; vs 60 p = 0.25
    [{ kind: "absolute", value: 50, period: 2021 }, 2019, 90, "worse"], // 60 -> 90: p = 0.019
    [{ kind: "absolute", value: 50, period: 2021 }, 2021, 30, "achieved"], // 20.2-42.8 < 50
    [{ kind: "absolute", value: 50, period: 2021 }, 2021, 45, "indistinguishable"], // holds 50
    [{ kind: "absolute", value: 50, period: 2021 }, 2021, 75, "not-achieved"], // 59.0-94.0 > 50
    // 60 -10% = 54, the line at 57 in 2019; 56 holds it.
    [{ kind: "relative", change: -10, period: 2021 }, 2019, 56, "indistinguishable"],
    [{ kind: "keep-level", period: 2021 }, 2019, 60, "indistinguishable"],
    // Higher is better, baseline 70: 73 (57.2-91.8) holds the minimum 80.
    [{ kind: "minimum", value: 80, period: 2021 }, 2019, 73, "indistinguishable"],
    [{ kind: "minimum", value: 80, period: 2021 }, 2021, 120, "achieved"],
  ] as const)("target %o, figure for %i %f: %s", (target, year, later, status) => {
    const higher = target.kind === "minimum";
    const plan = makePlan({
      indicators: [
        {
          id: "i",
          label: "I",
          unit: "count",
          direction: higher ? "higher-is-better" : "lower-is-better",
          baseline: { value: higher ? 70 : 60, period: 2017 },
          targets: [target],
        },
      ],
      observations: [{ origin: "other", series: "i", period: year, value: later }],
    });
    expect(assessProgress(plan, "i").status).toBe(status);
  });

  it.each([
    // Max. 1,7% with a declared tolerance of 0,2 procentpunt: 1,5 is within the band
    // 1,5-1,9, 1,2 below it (ahead); 2,1 above it is also 0,4 worse than the baseline 1,7,
    // beyond the tolerance, and worse comes first.
    [1.5, "indistinguishable"],
    [1.2, "ahead"],
    [2.1, "worse"],
  ] as const)("a maximum with a tolerance, figure %f: %s", (later, status) => {
    const plan = percentagePlan(
      { tolerance: 0.2, targets: [{ kind: "maximum", value: 1.7, period: 2021 }] },
      later,
    );
    const p = assessProgress(plan, "p");
    expect(p.status).toBe(status);
    expect(p.verdict?.versusBenchmark?.method).toBe("tolerance");
    expect(p.change).toMatchObject({ unit: "percentage-points", percent: null });
  });

  it("1,7% to 1,5% is -0,2 procentpunt, not -12%; without a margin or tolerance, no verdict", () => {
    const plan = percentagePlan({ targets: [{ kind: "maximum", value: 1.7, period: 2021 }] }, 1.5);
    const p = assessProgress(plan, "p");
    expect(p.change).toEqual({
      from: 1.7,
      to: 1.5,
      unit: "percentage-points",
      difference: -0.2,
      percent: null,
      exact: null,
    });
    expect(p.status).toBe("not-assessable");
    expect(p.notAssessable).toBe("no-margin");
  });

  it("a relative target on a percentage is not rounded: -20% of 1,7% is 1,36%", () => {
    const plan = percentagePlan({
      targets: [{ kind: "relative", change: -20, value: 1.4, period: 2021 }],
    });
    const p = assessProgress(plan, "p");
    expect(p.target).toMatchObject({ resolved: 1.36, rounding: null, consistent: true });
  });

  it("infers the direction from a maximum target and says so", () => {
    const plan = makePlan({
      indicators: [
        {
          id: "p",
          label: "P",
          unit: "percentage",
          baseline: { value: 2, period: 2017 },
          targets: [{ kind: "maximum", value: 1.7, period: 2021 }],
        },
      ],
      observations: [{ origin: "other", series: "p", period: 2019, value: 1.9 }],
    });
    expect(assessProgress(plan, "p").direction).toEqual({
      value: "lower-is-better",
      source: "target",
    });
  });

  it("picks the first target due in or after the latest figure's year", () => {
    const plan = makePlan({
      indicators: [
        count("w", {
          baseline: { value: 79, period: 2017 },
          targets: [
            { kind: "absolute", value: 70, period: 2019 },
            { kind: "absolute", value: 60, period: 2021 },
          ],
        }),
      ],
      observations: [{ origin: "other", periods: [2019, 2020], values: { w: [72, 66] } }],
    });
    expect(assessProgress(plan, "w", { asOf: "2019" }).target?.value).toBe(70);
    expect(assessProgress(plan, "w").target?.value).toBe(60);
  });

  it("keeps a manual status next to the automatic one", () => {
    const plan = makePlan({
      indicators: [
        count("w", {
          baseline: { value: 79, period: 2017 },
          targets: [{ kind: "absolute", value: 60, period: 2021 }],
          statusOverride: { status: "behind", reason: "Registratie gewijzigd in 2019." },
        }),
      ],
      observations: [{ origin: "other", series: "w", period: 2019, value: 40 }],
    });
    const p = assessProgress(plan, "w");
    expect(p.automaticStatus).toBe("ahead");
    expect(p.override).toEqual({
      status: "behind",
      reason: "Registratie gewijzigd in 2019.",
    });
    expect(p.status).toBe("behind");
  });

  describe("edge cases: not assessable, with the reason", () => {
    it.each([
      ["no-target", { baseline: { value: 10, period: 2017 } }, [2019]],
      ["no-baseline", { targets: [{ kind: "absolute", value: 5, period: 2021 }] }, [2019]],
      [
        "no-direction",
        {
          direction: undefined,
          baseline: { value: 7, period: 2017 },
          targets: [{ kind: "keep-level", period: 2021 }],
        },
        [2019],
      ],
      [
        "target-not-after-baseline",
        {
          baseline: { value: 10, period: 2017 },
          targets: [{ kind: "absolute", value: 5, period: 2017 }],
        },
        [2019],
      ],
      [
        "no-observations",
        {
          baseline: { value: 10, period: 2017 },
          targets: [{ kind: "absolute", value: 5, period: 2021 }],
        },
        [],
      ],
      [
        "no-later-measurement",
        {
          baseline: { value: 10, period: 2017 },
          targets: [{ kind: "absolute", value: 5, period: 2021 }],
        },
        [2017],
      ],
      [
        "inconsistent-target",
        {
          baseline: { value: 20, period: 2017 },
          targets: [{ kind: "absolute", value: 60, period: 2021 }],
        },
        [2019],
      ],
      [
        "incomparable-periods",
        {
          baseline: { value: 10, period: 2017 },
          targets: [{ kind: "absolute", value: 5, period: 2021 }],
        },
        ["2019-H1"],
      ],
    ] as [string, Partial<IndicatorInput>, (string | number)[]][])(
      "%s",
      (reason, fields, periods) => {
        const { direction, ...rest } = { direction: "lower-is-better" as const, ...fields };
        const plan = makePlan({
          indicators: [
            { id: "x", label: "X", unit: "count", ...(direction && { direction }), ...rest },
          ],
          observations:
            periods.length > 0
              ? [{ origin: "other", periods: [...periods], values: { x: periods.map(() => 8) } }]
              : [],
        });
        const p = assessProgress(plan, "x");
        expect(p.status).toBe("not-assessable");
        expect(p.notAssessable).toBe(reason);
        expect(p.measures).toBeNull();
      },
    );

    it("an unknown indicator or a bad as-of period is an IvpError", () => {
      expect(() => assessProgress(laren, "onbekend")).toThrow(IvpError);
      expect(() => assessProgress(laren, "woninginbraken", { asOf: "2018-H3" })).toThrow(
        /not a period/,
      );
    });
  });
});
