import { IvpError } from "../errors.ts";
import type { Direction } from "../schema/types.ts";
import type { TargetBound } from "../target/resolve-target.ts";

/**
 * The progress categories of Open SDG / Statistics Canada. They read the
 * figures as if they were exact; ivp's verdict ({@link ProgressStatus}) is
 * what says whether a change is beyond chance.
 */
export type OpenSdgStatus =
  | "target-achieved"
  | "substantial-progress"
  | "moderate-progress"
  | "limited-progress"
  | "deterioration";

/** The thresholds on the progress ratio (Open SDG's defaults for a quantitative target). */
export const PROGRESS_THRESHOLDS = Object.freeze({ substantial: 0.95, moderate: 0.6 });

/** Options of {@link measureProgress}: three values on one scale, and the years between them. */
export interface MeasureProgressOptions {
  readonly direction: Direction;
  /** How reaching the target is judged; default by the direction. */
  readonly bound?: TargetBound;
  readonly baseline: number;
  readonly target: number;
  readonly current: number;
  /** Years from the baseline to the current value (at least 1). */
  readonly elapsedYears: number;
  /** Years from the baseline to the target (at least 1). */
  readonly totalYears: number;
}

/**
 * How the progress ratio was computed:
 * - `cagr`: Open SDG / Statistics Canada, compound annual growth rates:
 *   observed (current / baseline)^(1 / elapsed) - 1, required
 *   (target / baseline)^(1 / total) - 1;
 * - `absolute`: the same ratio with average annual differences,
 *   (current - baseline) / elapsed and (target - baseline) / total, used when
 *   the baseline or the target is 0 (or a value is negative), where growth
 *   rates are undefined or meaningless;
 * - `no-change-required`: the target equals the baseline, so there is no ratio:
 *   holding the level is reaching the target, anything worse is deterioration.
 */
export type ProgressRatioMethod = "cagr" | "absolute" | "no-change-required";

/** The progress ratio R = d x observed / |required| (d = +1 if higher is better, -1 if lower is better). */
export interface ProgressRatio {
  readonly method: ProgressRatioMethod;
  /** +1 when higher is better, -1 when lower is better. */
  readonly directionSign: 1 | -1;
  /** The observed annual rate (growth rate for `cagr`, difference per year for `absolute`). */
  readonly observed: number | null;
  /** The required annual rate. */
  readonly required: number | null;
  /** R; `null` for `no-change-required`. */
  readonly value: number | null;
}

/** Every component of a progress assessment, so a reader can recompute it. */
export interface ProgressMeasures {
  readonly baseline: number;
  readonly target: number;
  readonly current: number;
  readonly elapsedYears: number;
  readonly totalYears: number;
  readonly bound: TargetBound;
  /** Whether the current value is at least as good as the target. */
  readonly targetAchieved: boolean;
  /** (current - baseline) / (target - baseline); `null` when the target equals the baseline. */
  readonly fractionOfWay: number | null;
  /** min(1, elapsed / total): how much of the time has passed. */
  readonly timeFraction: number;
  /** The value on the straight line from baseline to target: baseline + (target - baseline) x timeFraction. */
  readonly expected: number;
  /** Whether the current value is at least as good as the expected one. */
  readonly onTrack: boolean;
  readonly ratio: ProgressRatio;
  readonly thresholds: typeof PROGRESS_THRESHOLDS;
  /** The Open SDG category of the figures taken as exact (not ivp's verdict). */
  readonly status: OpenSdgStatus;
}

/** Whether `value` is at least as good as `reference`. */
function atLeastAsGood(value: number, reference: number, direction: Direction, bound: TargetBound) {
  if (bound === "at-most") return value <= reference;
  if (bound === "at-least") return value >= reference;
  return direction === "lower-is-better" ? value <= reference : value >= reference;
}

/**
 * The status for a progress ratio R when the target is not achieved: R >= 0.95
 * substantial, 0.60 <= R < 0.95 moderate, 0 <= R < 0.60 limited progress,
 * R < 0 deterioration.
 *
 * @param ratio - the progress ratio (see {@link ProgressRatio})
 * @returns the status
 * @example
 * statusForRatio(0.95) //=> "substantial-progress"
 * statusForRatio(0.5) //=> "limited-progress"
 * statusForRatio(-0.1) //=> "deterioration"
 */
export function statusForRatio(ratio: number): OpenSdgStatus {
  if (ratio >= PROGRESS_THRESHOLDS.substantial) return "substantial-progress";
  if (ratio >= PROGRESS_THRESHOLDS.moderate) return "moderate-progress";
  if (ratio >= 0) return "limited-progress";
  return "deterioration";
}

function ratioOf(options: MeasureProgressOptions): ProgressRatio {
  const { baseline, target, current, elapsedYears, totalYears } = options;
  const directionSign = options.direction === "higher-is-better" ? 1 : -1;
  if (target === baseline) {
    return {
      method: "no-change-required",
      directionSign,
      observed: null,
      required: null,
      value: null,
    };
  }
  // Growth rates need positive values; a zero baseline divides by zero and a
  // zero target makes the required rate -100% whatever the distance. Open SDG
  // substitutes 0.001 for a zero, which turns 0 -> 2 into a growth of 2000x:
  // absurd for small counts. Average annual differences have neither problem.
  const cagr = baseline > 0 && target > 0 && current >= 0;
  const observed = cagr
    ? (current / baseline) ** (1 / elapsedYears) - 1
    : (current - baseline) / elapsedYears;
  const required = cagr
    ? (target / baseline) ** (1 / totalYears) - 1
    : (target - baseline) / totalYears;
  return {
    method: cagr ? "cagr" : "absolute",
    directionSign,
    observed,
    required,
    value: (directionSign * observed) / Math.abs(required),
  };
}

/**
 * Measures progress from a baseline toward a target, with every component:
 * target achieved or not; the fraction of the way; the value expected on the
 * straight line from baseline to target and whether the current value is on
 * track; and the Open SDG / Statistics Canada status from the ratio of the
 * observed to the required annual growth (thresholds 0.95 and 0.60). A zero
 * baseline or target uses annual differences instead of growth rates (see
 * {@link ProgressRatioMethod}).
 *
 * @param options - direction, the three values on one scale, and the years elapsed and in total
 * @returns the measures and the automatic status
 * @example
 * measureProgress({ direction: "lower-is-better", baseline: 79, target: 60, current: 70, elapsedYears: 2, totalYears: 4 })
 * //=> { targetAchieved: false, fractionOfWay: 0.4736..., expected: 69.5, onTrack: false, ratio: { method: "cagr", value: 0.8787..., ... }, status: "moderate-progress", ... }
 */
export function measureProgress(options: MeasureProgressOptions): ProgressMeasures {
  const { baseline, target, current, elapsedYears, totalYears, direction } = options;
  if (![baseline, target, current].every(Number.isFinite)) {
    throw new IvpError("invalid-number", "baseline, target and current value must be numbers");
  }
  if (!(elapsedYears > 0 && totalYears > 0)) {
    throw new IvpError(
      "invalid-number",
      `progress needs time after the baseline: elapsed ${elapsedYears}, total ${totalYears} years`,
    );
  }
  const bound = options.bound ?? "direction";
  const targetAchieved = atLeastAsGood(current, target, direction, bound);
  const timeFraction = Math.min(1, elapsedYears / totalYears);
  const expected = baseline + (target - baseline) * timeFraction;
  const ratio = ratioOf(options);
  let status: ProgressMeasures["status"];
  if (targetAchieved) status = "target-achieved";
  else if (ratio.value === null) status = "deterioration";
  else status = statusForRatio(ratio.value);
  return {
    baseline,
    target,
    current,
    elapsedYears,
    totalYears,
    bound,
    targetAchieved,
    // + 0 turns -0 (no change toward a lower target) into 0.
    fractionOfWay: target === baseline ? null : (current - baseline) / (target - baseline) + 0,
    timeFraction,
    expected,
    onTrack: atLeastAsGood(current, expected, direction, bound),
    ratio,
    thresholds: PROGRESS_THRESHOLDS,
    status,
  };
}
