// Seeded simulations of the verdicts: how often chance alone gives a verdict
// (false alarms), how often a real change is seen (power). Each draws plans
// whose true course is known and counts the verdicts ivp gives them.

import { type SeededSampler, seededSampler } from "@ivp/testkit/random";
import { describe, expect, it } from "vitest";
import type { ProgressComparison } from "../progress/compare-with-baseline.ts";
import type { Direction } from "../schema/types.ts";
import { assessChangeSignificance } from "../statistics/change-significance.ts";
import { estimateDispersion } from "../statistics/dispersion.ts";
import { assessVerdict, type DispersionUsed } from "./assess-verdict.ts";
import type { ProgressStatus } from "./decide-verdict.ts";

interface Case {
  readonly unit: "count" | "percentage";
  readonly direction: Direction;
  readonly baseline: number;
  readonly target: number;
  /** Years since the baseline, of 4. */
  readonly year: number;
  readonly current: number;
  readonly interval?: { lower: number; upper: number };
  readonly baselineInterval?: { lower: number; upper: number };
  readonly dispersion?: DispersionUsed | null;
}

function verdictOf(c: Case): ProgressStatus {
  const from = { period: "2017", value: c.baseline, derivation: "baseline" as const };
  const to = { period: String(2017 + c.year), value: c.current, derivation: "observed" as const };
  const comparison: ProgressComparison & { target: number } = {
    method: "same-period",
    from,
    to,
    baseline: c.baseline,
    target: c.target,
    current: c.current,
  };
  const significance = assessChangeSignificance({
    unit: c.unit,
    from: { value: c.baseline, interval: c.baselineInterval },
    to: { value: c.current, interval: c.interval },
    dispersion: c.dispersion?.used,
  });
  return assessVerdict({
    unit: c.unit,
    direction: c.direction,
    bound: "direction",
    comparison,
    stage: c.year >= 4 ? "target-period" : "before-target-period",
    timeFraction: Math.min(1, c.year / 4),
    interval: c.interval,
    significance,
    dispersion: c.dispersion ?? null,
    alpha: 0.05,
  }).status;
}

const BAD: readonly ProgressStatus[] = ["worse", "behind", "not-achieved"];

function share(statuses: readonly ProgressStatus[], wanted: readonly ProgressStatus[]): number {
  return statuses.filter((s) => wanted.includes(s)).length / statuses.length;
}

/** Counts whose true course is the straight line from baseline to target. */
function onPathCounts(seed: number, years: readonly number[], runs: number): ProgressStatus[] {
  const rng = seededSampler(seed);
  const statuses: ProgressStatus[] = [];
  for (let i = 0; i < runs; i++) {
    const baseline = [20, 40, 60, 100, 200][i % 5] as number;
    const cut = [0.1, 0.25, 0.4][i % 3] as number;
    const target = Math.round(baseline * (1 - cut));
    const year = years[i % years.length] as number;
    const mean = baseline + ((target - baseline) * year) / 4;
    statuses.push(
      verdictOf({
        unit: "count",
        direction: "lower-is-better",
        baseline,
        target,
        year,
        current: rng.poisson(mean),
      }),
    );
  }
  return statuses;
}

describe("verdicts on counts, by seeded simulation", () => {
  it("on the path to the target: at most 5% called worse or behind, none achieved early, at most 5% ahead", () => {
    const statuses = onPathCounts(20261206, [1, 2, 3], 3000);
    expect(share(statuses, BAD)).toBeLessThanOrEqual(0.05);
    expect(share(statuses, ["achieved"])).toBe(0);
    expect(share(statuses, ["ahead"])).toBeLessThanOrEqual(0.05);
    // Most of them cannot be told apart from the path: that is what chance looks like.
    expect(share(statuses, ["indistinguishable"])).toBeGreaterThanOrEqual(0.9);
  });

  it("at the target exactly in the target year: at most 5% achieved or not achieved", () => {
    const statuses = onPathCounts(7, [4], 1500);
    expect(share(statuses, ["achieved"])).toBeLessThanOrEqual(0.05);
    expect(share(statuses, ["not-achieved"])).toBeLessThanOrEqual(0.05);
  });

  it("a true 40% deterioration of counts of 60 and more is called worse or behind in at least 80% of cases", () => {
    const rng = seededSampler(42);
    for (const baseline of [60, 100, 200]) {
      const statuses: ProgressStatus[] = [];
      for (let i = 0; i < 1000; i++) {
        statuses.push(
          verdictOf({
            unit: "count",
            direction: "lower-is-better",
            baseline,
            target: Math.round(baseline * 0.75),
            year: 1,
            current: rng.poisson(baseline * 1.4),
          }),
        );
      }
      expect(share(statuses, BAD), `baseline ${baseline}`).toBeGreaterThanOrEqual(0.8);
    }
  });

  it("with overdispersion (phi = 3) the dispersion estimated from 5 earlier years keeps false alarms near 5%", () => {
    const rng = seededSampler(99);
    const widened: ProgressStatus[] = [];
    const poissonOnly: ProgressStatus[] = [];
    for (let i = 0; i < 1500; i++) {
      const baseline = [50, 100, 150][i % 3] as number;
      const target = Math.round(baseline * 0.8);
      const history = Array.from({ length: 5 }, () => rng.overdispersed(baseline, 3));
      const estimate = estimateDispersion(history);
      const dispersion = estimate
        ? { estimate: estimate.phi, used: estimate.used, periods: ["a", "b", "c", "d", "e"] }
        : null;
      const mean = baseline + (target - baseline) / 4;
      const current = rng.overdispersed(mean, 3);
      const c = {
        unit: "count",
        direction: "lower-is-better",
        baseline,
        target,
        year: 1,
        current,
      } as const;
      widened.push(verdictOf({ ...c, dispersion }));
      poissonOnly.push(verdictOf(c));
    }
    // The estimate from 5 periods is itself uncertain, so a little above 5% is expected.
    expect(share(widened, BAD)).toBeLessThanOrEqual(0.07);
    // Without the dispersion, chance would be called a change far more often.
    expect(share(poissonOnly, BAD)).toBeGreaterThan(0.12);
  });
});

describe("verdicts on survey percentages, by seeded simulation", () => {
  // A Veiligheidsmonitor-like percentage: 600 respondents, the published 95% margin.
  const respondents = 600;
  const margin = (p: number) =>
    1.959964 * Math.sqrt(((p / 100) * (1 - p / 100)) / respondents) * 100;
  const draw = (rng: SeededSampler, truth: number) => {
    const value = truth + rng.normal() * (margin(truth) / 1.959964);
    const m = margin(truth);
    return { value, interval: { lower: value - m, upper: value + m } };
  };

  function run(seed: number, truthAt: (baseline: number, year: number) => number, year: number) {
    const rng = seededSampler(seed);
    const statuses: ProgressStatus[] = [];
    for (let i = 0; i < 2000; i++) {
      const baseline = [10, 20, 30][i % 3] as number;
      const observed = draw(rng, truthAt(baseline, year));
      statuses.push(
        verdictOf({
          unit: "percentage",
          direction: "lower-is-better",
          baseline,
          target: baseline - 5,
          year,
          current: observed.value,
          interval: observed.interval,
          baselineInterval: {
            lower: baseline - margin(baseline),
            upper: baseline + margin(baseline),
          },
        }),
      );
    }
    return statuses;
  }

  it("on the path: at most 5% worse or behind, at most 5% ahead", () => {
    const statuses = run(3, (b, year) => b - (5 * year) / 4, 2);
    expect(share(statuses, BAD)).toBeLessThanOrEqual(0.05);
    expect(share(statuses, ["ahead"])).toBeLessThanOrEqual(0.05);
  });

  it("a true rise of 3 procentpunten is called worse or behind in at least 80% of cases", () => {
    const statuses = run(4, (b) => b + 3, 2);
    expect(share(statuses, BAD)).toBeGreaterThanOrEqual(0.8);
  });
});
