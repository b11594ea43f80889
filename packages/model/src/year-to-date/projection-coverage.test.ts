import { type SeededSampler, seededSampler } from "@ivp/testkit/random";
import { describe, expect, it } from "vitest";
import { type PartialYearRecord, projectFullYear } from "./project-full-year.ts";

// Does the 95 % interval of a year-to-date projection hold 95 % of full years?
// Seeded simulations of Laren-sized police counts: a rate of 40-100 a year
// that moves +/-20 % from year to year, months that hold half or ten twelfths
// of a year on average, a share of those months that itself varies from year to
// year (up to 0.10 for a half year, 0.05 for ten months), and 2-5 earlier years.

type Sampler = SeededSampler;
const sampler = seededSampler;

interface Scenario {
  /** Earlier years with both figures. */
  readonly years: (s: Sampler) => number;
  /** The average share of the months: 0.5 (January-June) or 10/12 (January-October). */
  readonly share: number;
  /** The largest standard deviation of the share across years. */
  readonly instability: number;
  /** Events come in clusters of 1 to this size (overdispersion); 1: plain Poisson. */
  readonly cluster?: number;
  /** The dispersion passed to projectFullYear. */
  readonly dispersion?: number;
}

/** A year's count over the months and over the rest of the year. */
function simulateYear(s: Sampler, rate: number, scenario: Scenario, instability: number) {
  const share = s.share(scenario.share, instability);
  const cluster = scenario.cluster ?? 1;
  const events = (mean: number) => {
    let total = 0;
    const clusters = s.poisson(mean / ((cluster + 1) / 2));
    for (let i = 0; i < clusters; i++) total += 1 + Math.floor(s.uniform(0, cluster));
    return total;
  };
  const months = cluster === 1 ? s.poisson(rate * share) : events(rate * share);
  const rest = cluster === 1 ? s.poisson(rate * (1 - share)) : events(rate * (1 - share));
  return { months, full: months + rest };
}

/** The share of simulated full years inside their 95 % interval. */
function coverage(scenario: Scenario, runs: number, seed: number): number {
  const s = sampler(seed);
  let inside = 0;
  let counted = 0;
  while (counted < runs) {
    const rate = s.uniform(40, 100);
    const instability = s.uniform(0, scenario.instability);
    const years = scenario.years(s);
    const history: PartialYearRecord[] = [];
    for (let j = 0; j < years; j++) {
      const year = simulateYear(s, rate * s.uniform(0.8, 1.2), scenario, instability);
      history.push({ year: 2010 + j, partial: year.months, full: year.full });
    }
    const current = simulateYear(s, rate * s.uniform(0.8, 1.2), scenario, instability);
    if (history.every((h) => h.partial === 0 || h.full === 0)) continue;
    const projection = projectFullYear({
      partial: current.months,
      history,
      ...(scenario.dispersion !== undefined && { dispersion: scenario.dispersion }),
    });
    const interval = projection.interval;
    if (interval === null) throw new Error("expected an interval for counts");
    counted++;
    if (
      interval.lower <= current.full &&
      (interval.upper === null || current.full <= interval.upper)
    )
      inside++;
  }
  return inside / runs;
}

const twoToFive = (s: Sampler) => 2 + Math.floor(s.uniform(0, 4));

describe("projectFullYear: the interval holds its stated coverage (seeded simulation)", () => {
  it("95 % nominal: 93-97 % of January-June projections, 2-5 earlier years, unstable shares", () => {
    const observed = coverage({ years: twoToFive, share: 0.5, instability: 0.1 }, 4000, 1);
    expect(observed).toBeGreaterThanOrEqual(0.93);
    expect(observed).toBeLessThanOrEqual(0.97);
  });

  it("95 % nominal: 93-97 % of January-October projections, 2-5 earlier years", () => {
    const observed = coverage({ years: twoToFive, share: 10 / 12, instability: 0.05 }, 4000, 2);
    expect(observed).toBeGreaterThanOrEqual(0.93);
    expect(observed).toBeLessThanOrEqual(0.97);
  });

  it.each([2, 3, 5])("holds for exactly %i earlier years as well", (years) => {
    const observed = coverage(
      { years: () => years, share: 0.5, instability: 0.1 },
      3000,
      10 + years,
    );
    expect(observed).toBeGreaterThanOrEqual(0.93);
    expect(observed).toBeLessThanOrEqual(0.97);
  });

  it("holds when the events come in clusters (overdispersed counts), without being told", () => {
    const observed = coverage(
      { years: twoToFive, share: 0.5, instability: 0.05, cluster: 3 },
      3000,
      4,
    );
    expect(observed).toBeGreaterThanOrEqual(0.93);
    expect(observed).toBeLessThanOrEqual(0.97);
  });

  it("one earlier year and a stable share: the binomial interval holds 93-97 %", () => {
    const observed = coverage({ years: () => 1, share: 0.5, instability: 0 }, 4000, 5);
    expect(observed).toBeGreaterThanOrEqual(0.93);
    expect(observed).toBeLessThanOrEqual(0.97);
  });

  it("one earlier year with clustered events: the dispersion must be given, and then holds", () => {
    // Clusters of 1-3 events: variance / mean = E[c^2] / E[c] = (14 / 3) / 2 = 7 / 3.
    const scenario: Scenario = { years: () => 1, share: 0.5, instability: 0, cluster: 3 };
    const without = coverage(scenario, 3000, 6);
    const withPhi = coverage({ ...scenario, dispersion: 7 / 3 }, 3000, 6);
    expect(without).toBeLessThan(0.93);
    expect(withPhi).toBeGreaterThanOrEqual(0.93);
    expect(withPhi).toBeLessThanOrEqual(0.97);
  });
});
