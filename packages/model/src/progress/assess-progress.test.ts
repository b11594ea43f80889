import { describe, expect, it } from "vitest";
import { loadLarenPlan } from "../../test/laren-plan.ts";
import { makePlan } from "../../test/make-plan.ts";
import { IvpError } from "../errors.ts";
import type { Observation } from "../observation/observation.ts";
import type { PlanInput } from "../schema/types.ts";
import { assessPlanProgress } from "./assess-plan-progress.ts";
import { assessProgress } from "./assess-progress.ts";

const laren = loadLarenPlan();

function imported(
  series: string,
  period: string,
  value: number,
  interval?: { lower: number; upper: number },
): Observation {
  return {
    series,
    area: "GM0417",
    period,
    value,
    origin: "import",
    ...(interval && { interval }),
    ref: { kind: "file", file: "later.csv", line: 2, column: 1 },
  };
}

describe("assessProgress on Laren's plan as printed", () => {
  const byId = new Map(assessPlanProgress(laren).indicators.map((p) => [p.indicator, p]));
  const get = (id: string) => {
    const p = byId.get(id);
    if (!p) throw new Error(`no assessment for ${id}`);
    return p;
  };

  it.each([
    ["woninginbraken", "target-achieved", null, "2018-01..2018-10", "same-months"],
    ["woninginbraak-pogingen", "target-achieved", null, "2018-H1", "same-months"],
    ["woninginbraak-geslaagd", "not-assessable", "no-target", "2018-H1", "same-months"],
    ["autokraak", "target-achieved", null, "2018-01..2018-10", "same-months"],
    ["geweld", "deterioration", null, "2018-01..2018-10", "same-months"],
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
      observations: [imported("woninginbraken", "2019", 55)],
    });
    expect(p.comparison).toMatchObject({
      method: "same-period",
      from: { period: "2017", value: 79, derivation: "baseline" },
      current: 55,
      target: 60,
    });
    // By hand: fraction (55 - 79) / (60 - 79) = 24/19; CAGR (55/79)^(1/2) - 1 = -16.56% a year
    // against the required (60/79)^(1/4) - 1 = -6.65%: target achieved (55 <= 60).
    expect(p.measures?.fractionOfWay).toBeCloseTo(24 / 19, 14);
    expect(p.measures?.elapsedYears).toBe(2);
    expect(p.status).toBe("target-achieved");
    // As of 2018 the later figure does not count yet.
    expect(
      assessProgress(laren, "woninginbraken", {
        asOf: "2018",
        observations: [imported("woninginbraken", "2019", 55)],
      }).latest?.period,
    ).toBe("2018-01..2018-10");
  });

  it("a total derives from its complete parts in a later year", () => {
    const p = assessProgress(laren, "woninginbraken", {
      observations: [
        imported("woninginbraak-pogingen", "2020", 12),
        imported("woninginbraak-geslaagd", "2020", 50),
      ],
    });
    expect(p.latest).toEqual({ period: "2020", value: 62, derivation: "sum-of-parts" });
  });

  it("survey figures with supplied intervals are tested with them", () => {
    const p = assessProgress(laren, "rapportcijfer-leefbaarheid", {
      observations: [
        imported("rapportcijfer-leefbaarheid", "2017", 7.9, { lower: 7.8, upper: 8.0 }),
        imported("rapportcijfer-leefbaarheid", "2019", 7.6, { lower: 7.5, upper: 7.7 }),
      ],
    });
    expect(p.status).toBe("deterioration");
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
    expect(p.status).toBe("substantial-progress");
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
    expect(p.status).toBe("deterioration");
    expect(p.change).toMatchObject({ percent: null, exact: null });
  });

  it.each([
    [{ kind: "maximum", value: 1.7, period: 2021 }, 1.5, "target-achieved"],
    // (73/70)^(1/2) - 1 = 2.12% a year against (80/70)^(1/4) - 1 = 3.39%: R = 0.63.
    [{ kind: "minimum", value: 80, period: 2021 }, 73, "moderate-progress"],
    [{ kind: "keep-level", period: 2021 }, 60, "target-achieved"],
    // 60 -10% = 54; (56/60)^(1/2) - 1 = -3.39% against (54/60)^(1/4) - 1 = -2.60%: R = 1.30.
    [{ kind: "relative", change: -10, period: 2021 }, 56, "substantial-progress"],
    // (59/60)^(1/2) - 1 = -0.84% against (50/60)^(1/4) - 1 = -4.46%: R = 0.19.
    [{ kind: "absolute", value: 50, period: 2021 }, 59, "limited-progress"],
    [{ kind: "absolute", value: 50, period: 2021 }, 61, "deterioration"],
  ] as const)("target %o, later figure %f: %s", (target, later, status) => {
    const higher = target.kind === "minimum";
    const baseline = target.kind === "maximum" ? 2 : higher ? 70 : 60;
    const plan = makePlan({
      indicators: [
        {
          id: "i",
          label: "I",
          unit: target.kind === "maximum" ? "percentage" : "count",
          direction: higher ? "higher-is-better" : "lower-is-better",
          baseline: { value: baseline, period: 2017 },
          targets: [target],
        },
      ],
      observations: [{ origin: "other", series: "i", period: 2019, value: later }],
    });
    expect(assessProgress(plan, "i").status).toBe(status);
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
          statusOverride: { status: "limited-progress", reason: "Registratie gewijzigd in 2019." },
        }),
      ],
      observations: [{ origin: "other", series: "w", period: 2019, value: 50 }],
    });
    const p = assessProgress(plan, "w");
    expect(p.automaticStatus).toBe("target-achieved");
    expect(p.override).toEqual({
      status: "limited-progress",
      reason: "Registratie gewijzigd in 2019.",
    });
    expect(p.status).toBe("limited-progress");
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
