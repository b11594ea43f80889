import { observation } from "@ivp/testkit/observations";
import {
  COMPUTED_RATE_INDICATOR,
  COMPUTED_RATE_SERIES,
  indicatorPlan,
  makePlan,
} from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { IvpError } from "../errors.ts";
import { collectObservations } from "../observation/collect-observations.ts";
import { ObservationIndex } from "../observation/observation-index.ts";
import { assessProgress } from "./assess-progress.ts";

/**
 * Which figures, target, direction, interval and exposure an assessment
 * takes: the choices a reader of a status relies on without seeing them.
 */

const baseline = { value: 40, period: 2017 };
const lower = { baseline, direction: "lower-is-better" } as const;

describe("assessProgress: the direction, without a baseline or a target value", () => {
  it("an absolute target implies no direction without a baseline to compare it with", () => {
    const p = assessProgress(
      indicatorPlan({ targets: [{ kind: "absolute", value: 30, period: 2021 }] }, [2019], {
        x: [36],
      }),
      "x",
    );
    expect(p.direction).toBeNull();
    expect(p.notAssessable).toBe("no-baseline");
  });

  it("a relative target without a baseline or a printed value has no value: no target comes first", () => {
    const p = assessProgress(
      indicatorPlan({ targets: [{ kind: "relative", change: -25, period: 2021 }] }, [2019], {
        x: [36],
      }),
      "x",
    );
    expect(p.target?.value).toBeNull();
    expect(p.direction).toEqual({ value: "lower-is-better", source: "target" });
    expect(p.notAssessable).toBe("no-target");
  });
});

describe("assessProgress: the latest figure", () => {
  it("a half year of a later year is later than the whole year before it", () => {
    const p = assessProgress(indicatorPlan(lower, [2018, "2019-H1"], { x: [38, 17] }), "x");
    expect(p.latest).toEqual({ period: "2019-H1", value: 17, derivation: "observed" });
  });

  it("a year of counts whose two halves have figures is the latest figure, made of them", () => {
    const p = assessProgress(
      indicatorPlan(
        { ...lower, targets: [{ kind: "absolute", value: 30, period: 2021 }] },
        ["2019-H1", "2019-H2"],
        { x: [17, 19] },
      ),
      "x",
    );
    expect(p.latest).toEqual({ period: "2019", value: 36, derivation: "full-year" });
    expect(p.comparison?.method).toBe("same-period");
  });

  it("the halves of a percentage make no year: the second half is the latest", () => {
    const p = assessProgress(
      indicatorPlan({ ...lower, unit: "percentage" }, ["2019-H1", "2019-H2"], { x: [17, 19] }),
      "x",
    );
    expect(p.latest).toEqual({ period: "2019-H2", value: 19, derivation: "observed" });
  });

  it("a figure recorded as missing is skipped for the latest one before it", () => {
    const p = assessProgress(indicatorPlan(lower, [2018, 2019], { x: [38, null] }), "x");
    expect(p.latest?.period).toBe("2018");
  });

  it("as of a moment, also with a prebuilt index that holds later figures", () => {
    const p = indicatorPlan(lower, [2018, 2019, 2020], { x: [38, 36, 30] });
    const index = new ObservationIndex(collectObservations(p));
    expect(assessProgress(p, "x", { index, asOf: "2019" }).latest?.period).toBe("2019");
    expect(assessProgress(p, "x", { index }).latest?.period).toBe("2020");
  });
});

describe("assessProgress: the target", () => {
  it("after every target's year, the last of them, however many", () => {
    const targets = [
      { kind: "absolute", value: 34, period: 2020 },
      { kind: "absolute", value: 38, period: 2019 },
      { kind: "absolute", value: 30, period: 2021 },
    ] as const;
    const p = assessProgress(
      indicatorPlan({ ...lower, targets: [...targets] }, [2022], { x: [29] }),
      "x",
    );
    expect(p.target?.period).toBe("2021");
  });

  it("without any figure, the earliest target", () => {
    const targets = [
      { kind: "absolute", value: 30, period: 2021 },
      { kind: "absolute", value: 35, period: 2019 },
    ] as const;
    const p = assessProgress(
      makePlan({
        indicators: [{ id: "x", label: "X", unit: "count", ...lower, targets: [...targets] }],
      }),
      "x",
    );
    expect(p.target?.period).toBe("2019");
    expect(p.notAssessable).toBe("no-observations");
  });
});

describe("assessProgress: a printed target that disagrees with its change", () => {
  const disagreeing = { kind: "relative", change: -25, value: 28, period: 2021 } as const;

  it("warns with the printed, the computed and the used value (the printed one by default)", () => {
    const p = assessProgress(
      indicatorPlan({ ...lower, targets: [disagreeing] }, [2019], { x: [36] }),
      "x",
    );
    // -25 % of 40 is 30, not the printed 28.
    expect(p.warnings).toContainEqual({
      code: "target-disagrees-with-change",
      stated: 28,
      resolved: 30,
      used: 28,
    });
  });

  it("uses the computed value when the plan prefers it", () => {
    const p = assessProgress(
      indicatorPlan({ ...lower, targets: [disagreeing] }, [2019], { x: [36] }, {
        conventions: { targetPreference: "resolved-change" },
      } as never),
      "x",
    );
    expect(p.warnings).toContainEqual({
      code: "target-disagrees-with-change",
      stated: 28,
      resolved: 30,
      used: 30,
    });
    expect(p.target?.value).toBe(30);
  });

  it("says nothing of a printed target that agrees with its change", () => {
    const agreeing = { ...disagreeing, value: 30 };
    const p = assessProgress(
      indicatorPlan({ ...lower, targets: [agreeing] }, [2019], { x: [36] }),
      "x",
    );
    expect(p.warnings).toEqual([]);
  });
});

describe("assessProgress: the interval and the exposure of the latest figure", () => {
  const survey = makePlan({
    indicators: [
      {
        id: "veilig",
        label: "Voelt zich veilig",
        unit: "percentage",
        direction: "higher-is-better",
        baseline: { value: 80, period: 2017 },
        targets: [{ kind: "absolute", value: 84, period: 2021 }],
      },
    ],
  });

  it("takes the interval recorded with the figure it uses, not one of another figure for the period", () => {
    const own = assessProgress(survey, "veilig", {
      observations: [observation("veilig", "2019", 86, { interval: { lower: 84.5, upper: 87.5 } })],
    });
    expect(own.verdict?.versusBenchmark?.interval).toMatchObject({ lower: 84.5, upper: 87.5 });
    // The first figure for 2019 is used; the interval belongs to the second.
    const other = assessProgress(survey, "veilig", {
      observations: [
        observation("veilig", "2019", 86),
        observation("veilig", "2019", 88, { interval: { lower: 86.5, upper: 89.5 } }),
      ],
    });
    expect(other.latest?.value).toBe(86);
    expect(other.verdict).toBeNull();
    expect(other.notAssessable).toBe("no-margin");
  });

  it("a typed rate without counts behind it is judged by its tolerance, not as a rate of counts", () => {
    const p = makePlan({
      series: COMPUTED_RATE_SERIES,
      indicators: [{ ...COMPUTED_RATE_INDICATOR, tolerance: 0.5 }],
      observations: [
        {
          origin: "other",
          periods: [2017, 2019],
          values: { "misdrijven-per-1000": [30.3, 25.1] },
        },
      ],
    });
    const progress = assessProgress(p, "misdrijven-per-1000");
    // No counts: the rate's own figure against the path (28.65) with the declared tolerance.
    expect(progress.verdict?.versusBenchmark).toMatchObject({ benchmark: 28.65, value: 25.1 });
    expect(progress.verdict?.versusBenchmark?.method).not.toBe("poisson");
    expect(progress.status).toBe("ahead");
  });
});

describe("assessProgress: the regression-to-the-mean warning", () => {
  it("is left out, without an error, when an earlier figure passed in is not finite", () => {
    const p = makePlan({
      indicators: [
        {
          id: "x",
          label: "X",
          unit: "percentage",
          direction: "lower-is-better",
          baseline: { value: 10, period: 2017 },
          targets: [{ kind: "absolute", value: 8, period: 2021 }],
        },
      ],
    });
    const figures = (middle: number) => [
      observation("x", "2014", 12),
      observation("x", "2015", middle),
      observation("x", "2016", 13),
      observation("x", "2017", 10),
      observation("x", "2019", 9),
    ];
    // 10 is the lowest of 12, 11 and 13 before it.
    expect(
      assessProgress(p, "x", { observations: figures(11) }).warnings.map((w) => w.code),
    ).toEqual(["baseline-extreme"]);
    expect(
      assessProgress(p, "x", { observations: figures(Number.POSITIVE_INFINITY) }).warnings,
    ).toEqual([]);
  });
});

describe("assessProgress: an unknown indicator", () => {
  it("lists the plan's indicators, separated by commas", () => {
    const p = makePlan({
      indicators: [
        { id: "a", label: "A", unit: "count" },
        { id: "b", label: "B", unit: "count" },
      ],
    });
    expect(() => assessProgress(p, "c")).toThrow(
      new IvpError("unknown-reference", 'the plan has no indicator "c" (indicators: a, b)'),
    );
  });
});

describe("assessProgress: where the baseline and the target are written", () => {
  it("keeps each one's place in the plan with the resolved value", () => {
    const p = assessProgress(
      indicatorPlan(
        { ...lower, targets: [{ kind: "absolute", value: 30, period: 2021 }] },
        [2019],
        {
          x: [36],
        },
      ),
      "x",
    );
    expect(p.baseline).toMatchObject({ value: 40, period: "2017" });
    expect(p.baseline?.source).toEqual({ kind: "indicator", path: ["indicators", 0, "baseline"] });
    expect(p.target).toMatchObject({ kind: "absolute", value: 30 });
    expect(p.target?.source).toEqual({
      kind: "indicator",
      path: ["indicators", 0, "targets", 0],
    });
  });
});
