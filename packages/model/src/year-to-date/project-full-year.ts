import { normalQuantile, studentTQuantile } from "../_lib/special-functions.ts";
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
  /** Confidence level of the count's interval (`partialInterval`, `lower`, `upper`). Default 0.95. */
  readonly confidence?: number;
  /** The coverage of {@link FullYearProjection.interval}. Default 0.95. */
  readonly coverage?: number;
  /**
   * The overdispersion phi of the counts (>= 1; see `estimateDispersion`),
   * used when only one earlier year is known: it widens the binomial spread
   * of that year's share. With two or more earlier years the spread of their
   * shares already contains it. Default 1.
   */
  readonly dispersion?: number;
}

/**
 * How {@link ProjectionInterval} was computed:
 * - `"t-prediction"`: two or more earlier years. This year's share of the
 *   months is predicted from the earlier shares, as a new draw from the same
 *   distribution: pooled share +/- t(k - 1) x s x sqrt(1 + 1/k), with s the
 *   standard deviation of the k earlier shares (the textbook prediction
 *   interval for a new observation). The spread of the shares contains all
 *   three sources of error at once: the chance split of each year's count
 *   over its months (Poisson noise of the remaining months), the instability
 *   of the month shares across years, and any overdispersion.
 * - `"binomial"`: one earlier year, so no spread can be seen. The share is
 *   given the binomial spread of both years' counts (times `dispersion`),
 *   with the normal quantile: it assumes the share is stable across years,
 *   which one year cannot show; the interval is then too narrow if it is not.
 */
export type ProjectionIntervalMethod = "t-prediction" | "binomial";

/** An interval for the full-year figure with a stated coverage (see {@link ProjectionIntervalMethod}). */
export interface ProjectionInterval {
  /** Lower end: the months so far over the highest plausible share (never below the months so far). */
  readonly lower: number;
  /** Upper end: the months so far over the lowest plausible share; `null` when that share is 0 or less (unbounded). */
  readonly upper: number | null;
  /** The coverage the interval is built for, e.g. 0.95: that share of full years falls inside it. */
  readonly coverage: number;
  readonly method: ProjectionIntervalMethod;
  /** The interval of this year's share of the months, from which `lower` and `upper` follow. */
  readonly share: {
    readonly lower: number;
    readonly upper: number;
    /** The standard error of the predicted share (including the new year's own variation). */
    readonly standardError: number;
    /** The quantile used: t with `df` degrees of freedom, or the normal one (`df` null). */
    readonly quantile: number;
    readonly df: number | null;
  };
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
  /**
   * An interval for the full-year figure with a stated coverage, from the
   * noise of the remaining months and the instability of the month shares;
   * `null` with a single earlier year when the figures are not counts. Unlike
   * `lower`/`upper` (a range for the level), this is checked by simulation:
   * 95 % intervals hold 93-97 % of full years for Laren-sized counts.
   */
  readonly interval: ProjectionInterval | null;
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
 * `interval` is that guarantee: an interval for the full-year figure that
 * holds the stated `coverage` (default 95 %) of full years, from the spread of
 * the earlier years' shares (see {@link ProjectionIntervalMethod}).
 *
 * @param options - this year's figure for the months, earlier years with both figures, the confidence level, the coverage and the dispersion
 * @returns the projection with its components, range and interval
 * @example
 * projectFullYear({ partial: 46, history: [{ year: 2017, partial: 70, full: 79 }] })
 * //=> { share: 0.886..., value: 51.91..., lower: 38.00..., upper: 69.24...,
 * //     interval: { lower: 46.12..., upper: 59.36..., coverage: 0.95, method: "binomial", ... }, ... }
 * projectFullYear({ partial: 26, history: [
 *   { year: 2015, partial: 42, full: 79 }, { year: 2016, partial: 34, full: 77 }, { year: 2017, partial: 54, full: 79 },
 * ] }).interval
 * //=> { lower: 26, upper: null, coverage: 0.95, method: "t-prediction", ... }
 * // (Laren's first-half burglaries: shares 0.53, 0.44, 0.68 leave the full year unbounded above)
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
    interval: projectionInterval(partial, shares, share, options),
  };
}

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= MAX_COUNT;
}

/** The interval of {@link FullYearProjection.interval}; see {@link ProjectionIntervalMethod}. */
function projectionInterval(
  partial: number,
  shares: readonly (PartialYearRecord & { readonly share: number })[],
  share: number,
  options: ProjectFullYearOptions,
): ProjectionInterval | null {
  const coverage = options.coverage ?? 0.95;
  if (!(coverage > 0 && coverage < 1)) {
    throw new IvpError(
      "invalid-number",
      `the coverage must lie between 0 and 1 (e.g. 0.95), got ${coverage}`,
    );
  }
  const dispersion = options.dispersion ?? 1;
  if (!(Number.isFinite(dispersion) && dispersion >= 1)) {
    throw new IvpError("invalid-number", `the dispersion must be 1 or more, got ${dispersion}`);
  }
  const k = shares.length;
  let standardError: number;
  let quantile: number;
  let df: number | null;
  let method: ProjectionIntervalMethod;
  if (k >= 2) {
    const mean = shares.reduce((sum, s) => sum + s.share, 0) / k;
    const variance = shares.reduce((sum, s) => sum + (s.share - mean) ** 2, 0) / (k - 1);
    standardError = Math.sqrt(variance * (1 + 1 / k));
    df = k - 1;
    quantile = studentTQuantile(1 - (1 - coverage) / 2, df);
    method = "t-prediction";
  } else {
    const [only] = shares as [PartialYearRecord & { readonly share: number }];
    if (!isCount(partial) || !isCount(only.partial) || !isCount(only.full)) return null;
    // This year's full count is unknown; its projection stands in for it (at least 1).
    const thisYear = Math.max(1, partial / share);
    standardError = Math.sqrt(dispersion * share * (1 - share) * (1 / only.full + 1 / thisYear));
    df = null;
    quantile = normalQuantile(1 - (1 - coverage) / 2);
    method = "binomial";
  }
  const shareLower = share - quantile * standardError;
  const shareUpper = Math.min(1, share + quantile * standardError);
  // With nothing in the months so far, the ratio says nothing about the rest of the
  // year: the upper end takes the exact Poisson upper bound of 0 instead.
  const numerator =
    partial === 0 ? exactPoissonInterval({ count: 0, confidence: coverage }).upper : partial;
  return {
    lower: Math.max(partial, partial / shareUpper),
    upper: shareLower > 0 ? numerator / shareLower : null,
    coverage,
    method,
    share: { lower: shareLower, upper: shareUpper, standardError, quantile, df },
  };
}
