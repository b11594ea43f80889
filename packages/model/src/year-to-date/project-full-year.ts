import { IvpError } from "../errors.ts";
import { MAX_COUNT } from "../statistics/confidence-interval.ts";
import { type CountInterval, exactPoissonInterval } from "../statistics/count-interval.ts";

/** One earlier year: the figure for the same months and for the whole year. */
export interface PartialYearRecord {
  readonly year: number;
  /** The figure for the months (e.g. January-October). */
  readonly partial: number;
  /** The figure for the whole year. */
  readonly full: number;
}

/** Options of {@link projectFullYear}. */
export interface ProjectFullYearOptions {
  /** This year's figure for the months so far. */
  readonly partial: number;
  /** Earlier years with both figures; at least one with a full-year figure above 0. */
  readonly history: readonly PartialYearRecord[];
  /** Confidence level of the count's interval. Default 0.95. */
  readonly confidence?: number;
}

/** A full-year projection from a part of the year, with its uncertainty. */
export interface FullYearProjection {
  readonly partial: number;
  /** Each earlier year's share: partial / full. */
  readonly shares: readonly (PartialYearRecord & { readonly share: number })[];
  /** The pooled share: the sum of the partial figures over the sum of the full years. */
  readonly share: number;
  /** The projection: partial / share. */
  readonly value: number;
  /** For a count: its exact Poisson interval; `null` for other figures. */
  readonly partialInterval: CountInterval | null;
  /** Lower end of the range: the interval's lower bound over the largest share seen. */
  readonly lower: number;
  /** Upper end: the interval's upper bound over the smallest share seen; `null` when a share was 0. */
  readonly upper: number | null;
}

/**
 * Projects a full year from the months so far, using the share those months
 * had in earlier full years (pooled: their sum over the sum of the full years,
 * so that small years do not dominate).
 *
 * The range says how uncertain that is: the count's own chance variation (its
 * exact 95% Poisson interval) divided by the largest and the smallest share
 * seen. With one earlier year the spread of the share is unknown and only
 * the count's variation is in the range. It is a range for the level of the
 * full year, not a guarantee for the count still to come.
 *
 * @param options - this year's figure for the months, earlier years with both figures, and the confidence level
 * @returns the projection with its components and range
 * @example
 * projectFullYear({ partial: 46, history: [{ year: 2017, partial: 70, full: 79 }] })
 * //=> { share: 0.886..., value: 51.91..., lower: 38.00..., upper: 69.24..., ... }
 */
export function projectFullYear(options: ProjectFullYearOptions): FullYearProjection {
  const { partial, history } = options;
  if (!Number.isFinite(partial) || partial < 0) {
    throw new IvpError(
      "invalid-number",
      `the partial-year figure must be 0 or more, got ${partial}`,
    );
  }
  const usable = history.filter(
    (h) => Number.isFinite(h.partial) && Number.isFinite(h.full) && h.full > 0 && h.partial >= 0,
  );
  const totalPartial = usable.reduce((sum, h) => sum + h.partial, 0);
  const totalFull = usable.reduce((sum, h) => sum + h.full, 0);
  if (usable.length === 0 || totalPartial === 0) {
    throw new IvpError(
      "invalid-number",
      "a projection needs an earlier year with figures for the same months (above 0) and for the full year",
    );
  }
  const shares = usable.map((h) => ({ ...h, share: h.partial / h.full }));
  const share = totalPartial / totalFull;
  const smallest = Math.min(...shares.map((s) => s.share));
  const largest = Math.max(...shares.map((s) => s.share));
  // The count's own uncertainty, when it is a count the exact interval takes.
  const partialInterval =
    Number.isInteger(partial) && partial <= MAX_COUNT
      ? exactPoissonInterval({ count: partial, confidence: options.confidence ?? 0.95 })
      : null;
  const low = partialInterval?.lower ?? partial;
  const high = partialInterval?.upper ?? partial;
  return {
    partial,
    shares,
    share,
    value: partial / share,
    partialInterval,
    lower: low / largest,
    upper: smallest === 0 ? null : high / smallest,
  };
}
