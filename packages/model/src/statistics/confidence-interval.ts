import { IvpError } from "../errors.ts";

/**
 * A two-sided confidence interval. `upper` is `null` when the interval is
 * unbounded above (a rate ratio whose second count is 0); JSON has no infinity.
 */
export interface ConfidenceInterval {
  readonly lower: number;
  readonly upper: number | null;
  /** The confidence level, e.g. 0.95. */
  readonly confidence: number;
}

/** @internal Checks a confidence level and returns alpha / 2. */
export function halfAlpha(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) {
    throw new IvpError(
      "invalid-number",
      `the confidence level must lie between 0 and 1 (e.g. 0.95), got ${confidence}`,
    );
  }
  return (1 - confidence) / 2;
}

/**
 * @internal The largest count the exact tests and intervals take: 10^8. A
 * police count is at most in the hundred thousands (all of the Netherlands in
 * a year); beyond 10^9 the series behind the exact Poisson interval stops
 * converging, and beyond 2^53 a double no longer holds every whole number, so
 * the searches of the exact tests would not end.
 */
export const MAX_COUNT = 1e8;

/** @internal Checks that a value is a count: a whole number from 0 to {@link MAX_COUNT}. */
export function assertCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0 || value > MAX_COUNT) {
    throw new IvpError(
      "invalid-number",
      `${name} must be a count (a whole number from 0 to 10^8), got ${value}`,
    );
  }
}

/** @internal Checks that an exposure (a length of time, a population) is positive and finite. */
export function assertExposure(value: number, name: string): void {
  if (!(Number.isFinite(value) && value > 0)) {
    throw new IvpError("invalid-number", `${name} must be a positive number, got ${value}`);
  }
}
