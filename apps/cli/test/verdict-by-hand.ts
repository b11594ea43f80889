// Recomputes the verdicts of `ivp status --format json` from the components it
// prints, by hand: the benchmark from baseline, target and time, the Poisson
// tails by summing probabilities, Benjamini-Hochberg across the plan, and the
// decision rule of the status JSON reference page. Shared by the status and
// bulk tests, so that both check the same rule.
import type { IndicatorStatusJson, StatusJson } from "@ivp/report";
import { expect } from "vitest";

/** P(X <= x) and P(X >= x) for X ~ Poisson(m), by summing the probabilities in log space. */
function poissonTails(x: number, m: number): { atMost: number; atLeast: number } {
  let logP = -m;
  let atMost = 0;
  for (let k = 0; k <= x; k++) {
    if (k > 0) logP += Math.log(m) - Math.log(k);
    atMost += Math.exp(logP);
  }
  const pmfX = Math.exp(-m + x * Math.log(m) - logFactorial(x));
  return { atMost: Math.min(1, atMost), atLeast: Math.min(1, 1 - atMost + pmfX) };
}

function logFactorial(n: number): number {
  let s = 0;
  for (let k = 2; k <= n; k++) s += Math.log(k);
  return s;
}

/** R's p.adjust(p, "BH"), by hand. */
function benjaminiHochberg(p: readonly number[]): number[] {
  const order = p.map((_, i) => i).sort((a, b) => (p[a] as number) - (p[b] as number));
  const out = new Array<number>(p.length);
  let running = 1;
  for (let r = p.length - 1; r >= 0; r--) {
    const i = order[r] as number;
    running = Math.min(running, ((p[i] as number) * p.length) / (r + 1));
    out[i] = running;
  }
  return out;
}

function year(period: string): number {
  return Number(period.slice(0, 4));
}

/**
 * Checks one indicator's verdict against its components: the benchmark (the
 * line to the target after the time passed, or the target), a Poisson count's
 * central p-value by hand, and the decision rule.
 */
export function checkVerdictByHand(i: IndicatorStatusJson): void {
  const v = i.verdict;
  if (!v) {
    expect(i.status.automatic).toBe("not-assessable");
    return;
  }
  const c = i.comparison as NonNullable<IndicatorStatusJson["comparison"]>;
  const target = i.target as NonNullable<IndicatorStatusJson["target"]>;
  const baseline = i.baseline as NonNullable<IndicatorStatusJson["baseline"]>;
  const latest = i.latest as NonNullable<IndicatorStatusJson["latest"]>;
  const goal = c.target as number;
  const elapsed = year(latest.period) - year(baseline.period);
  const total = year(target.period) - year(baseline.period);
  const stage =
    year(latest.period) >= year(target.period) && c.method === "same-period"
      ? "target-period"
      : "before-target-period";
  expect(v.stage).toBe(stage);
  const onLine = stage === "before-target-period" && target.bound === "direction";
  const benchmark = onLine ? c.baseline + (goal - c.baseline) * Math.min(1, elapsed / total) : goal;
  expect(v.benchmarkKind).toBe(onLine ? "path" : "target");
  const share = c.projection?.share ?? 1;
  expect(v.versusBenchmark.benchmark).toBeCloseTo(benchmark * share, 9);

  const b = v.versusBenchmark;
  if (b.method === "poisson") {
    const band = { low: b.benchmark - b.tolerance, high: b.benchmark + b.tolerance };
    const p =
      b.value > band.high
        ? 2 * poissonTails(b.value, band.high).atLeast
        : b.value < band.low
          ? 2 * poissonTails(b.value, band.low).atMost
          : 1;
    expect(b.pValue).toBeCloseTo(Math.min(1, p), 8);
    // The interval excludes the benchmark exactly when p < alpha.
    const excluded = (b.interval?.lower ?? 0) > band.high || (b.interval?.upper ?? 0) < band.low;
    expect(excluded).toBe((b.pValue ?? 1) < v.alpha);
  }
  const sideOf = (t: { estimateSide: string; adjustedPValue: number | null }) =>
    t.adjustedPValue === null || t.adjustedPValue < v.alpha ? t.estimateSide : "indistinguishable";
  expect(b.side).toBe(sideOf(b));
  if (v.versusBaseline) expect(v.versusBaseline.side).toBe(sideOf(v.versusBaseline));

  const baselineSide = v.versusBaseline?.side;
  const status =
    stage === "target-period"
      ? b.side === "better"
        ? "achieved"
        : b.side === "worse"
          ? "not-achieved"
          : "indistinguishable"
      : baselineSide === "worse"
        ? "worse"
        : b.side === "better"
          ? "ahead"
          : b.side === "worse"
            ? "behind"
            : "indistinguishable";
  expect(v.status).toBe(status);
  expect(i.status.automatic).toBe(status);
}

/** Checks every verdict of a status document, and the Benjamini-Hochberg correction across them. */
export function checkVerdictsByHand(json: StatusJson): void {
  const raw: number[] = [];
  const adjusted: number[] = [];
  for (const i of json.indicators) {
    checkVerdictByHand(i);
    for (const t of [i.verdict?.versusBenchmark, i.verdict?.versusBaseline]) {
      if (t && t.pValue !== null) {
        raw.push(t.pValue);
        adjusted.push(t.adjustedPValue as number);
      }
    }
  }
  expect(json.correction.tests).toBe(raw.length);
  if (json.correction.method === "benjamini-hochberg") {
    const byHand = benjaminiHochberg(raw);
    byHand.forEach((p, k) => {
      expect(adjusted[k]).toBeCloseTo(p, 12);
    });
  }
}
