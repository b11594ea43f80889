import {
  add,
  divide,
  multiply,
  type Rational,
  type RoundingMode,
  rational,
  rationalFromNumber,
  roundScaled,
  toNumber,
} from "../_lib/rational.ts";
import type { Conventions, SingleBaseline, Target, TargetKind, Unit } from "../schema/types.ts";

/** How a relative target resolves to a value, and where that rule came from. */
export interface TargetRounding {
  readonly mode: RoundingMode;
  readonly decimals: number;
  /** `target`: the target's own `rounding`; `conventions`: the plan's `targetRounding`; `default`: half away from zero to the baseline's decimals. */
  readonly source: "target" | "conventions" | "default";
}

/** Which value progress is measured against when a relative target prints both. */
export type TargetPreference = "stated-value" | "resolved-change";

/**
 * How "at least as good as the target" is judged: a maximum is reached at or
 * below it, a minimum at or above it; other kinds follow the direction of good.
 */
export type TargetBound = "at-most" | "at-least" | "direction";

/** A target with its stated and resolved values kept side by side. */
export interface ResolvedTarget {
  readonly kind: TargetKind;
  readonly period: string;
  readonly asPrinted: string | null;
  /** The value the document printed: the target value, or for a relative target the value printed next to its change. */
  readonly stated: number | null;
  /** For a relative target: the stated change in percent, e.g. -25. */
  readonly change: number | null;
  /**
   * For a relative target: baseline x (1 + change / 100), rounded by
   * {@link ResolvedTarget.rounding}; for keep-level: the level (the printed
   * value, else the baseline). Otherwise `null`.
   */
  readonly resolved: number | null;
  /** For a relative target: the resolved value before rounding. */
  readonly resolvedExact: number | null;
  /** The rounding rule of a relative target; `null` for other kinds, and for a relative target that is not rounded. */
  readonly rounding: TargetRounding | null;
  /** The value progress is measured against; `null` when it cannot be known (a relative target without baseline or printed value). */
  readonly value: number | null;
  /** Whether {@link ResolvedTarget.value} is the stated or the resolved value. */
  readonly valueSource: "stated" | "resolved" | null;
  /** The plan's preference (`conventions.targetPreference`, default `stated-value`). */
  readonly preference: TargetPreference;
  /** For a relative target with both: whether the stated value equals the resolved one. */
  readonly consistent: boolean | null;
  readonly bound: TargetBound;
  /** The plan marks the target `illustrative`: not adopted by the council. */
  readonly illustrative: boolean;
}

/** A baseline a target is resolved against: one figure, or a resolved average with its components. */
export type TargetBaseline =
  | SingleBaseline
  | {
      readonly value: number;
      /** An average's sum, count and the figures averaged (`BaselineAverage`). */
      readonly average: {
        readonly sum: number;
        readonly count: number;
        readonly periods: readonly { readonly value: number }[];
      } | null;
    };

/** Options of {@link resolveTarget}. */
export interface ResolveTargetOptions {
  readonly target: Target;
  /**
   * The indicator's baseline; needed for relative and keep-level targets. For
   * an average baseline pass its resolved form (`resolveBaseline`): the
   * change applies to the exact mean, sum / count.
   */
  readonly baseline?: TargetBaseline | null | undefined;
  /** The plan's conventions (`targetRounding`, `targetPreference`). */
  readonly conventions?: Conventions | null | undefined;
  /**
   * The indicator's unit. A relative target on a count rounds by default (to
   * the baseline's decimals: a count is whole); on any other unit it is not
   * rounded unless the target or the plan says so (-20% of 1,7% is 1,36%).
   * Without a unit, every relative target rounds as a count's.
   */
  readonly unit?: Unit | undefined;
}

/**
 * The number of decimals a value was written with (its shortest decimal form).
 *
 * @param value - a finite number
 * @returns the number of decimals
 * @example
 * decimalsOf(7.5) //=> 1
 * decimalsOf(79) //=> 0
 */
export function decimalsOf(value: number): number {
  const { den } = rationalFromNumber(value);
  let decimals = 0;
  while (10n ** BigInt(decimals) % den !== 0n) decimals++;
  return decimals;
}

function roundingFor(
  target: Target,
  baseline: TargetBaseline,
  conventions: Conventions | null | undefined,
  unit: Unit | undefined,
): TargetRounding | null {
  if (target.rounding) return { ...target.rounding, source: "target" };
  if (conventions?.targetRounding) return { ...conventions.targetRounding, source: "conventions" };
  if (unit !== undefined && unit !== "count") return null;
  // An average of counts is a fraction, but a count's target is whole: the
  // decimals are those of the figures averaged.
  const decimals =
    "average" in baseline && baseline.average
      ? Math.max(...baseline.average.periods.map((p) => decimalsOf(p.value)))
      : decimalsOf(baseline.value);
  return { mode: "half-away-from-zero", decimals, source: "default" };
}

/** The baseline exactly: its printed value, or an average's sum / count. */
function exactBaseline(baseline: TargetBaseline): Rational {
  if ("average" in baseline && baseline.average) {
    const { sum, count } = baseline.average;
    return divide(rationalFromNumber(sum), rational(BigInt(count)));
  }
  return rationalFromNumber(baseline.value);
}

/** baseline x (100 + change) / 100, exactly. */
function applyChange(baseline: Rational, change: number): Rational {
  const factor = divide(add(rational(100n), rationalFromNumber(change)), rational(100n));
  return multiply(baseline, factor);
}

/**
 * Resolves a target to the value progress is measured against, keeping what
 * the document stated next to what follows from it.
 *
 * A relative target ("60 (-25%)") resolves to baseline x (1 + change / 100),
 * computed exactly and rounded by the target's `rounding`, else the plan's
 * `conventions.targetRounding`, else half away from zero to as many decimals
 * as the baseline has. When the document printed a value too, both are kept;
 * `conventions.targetPreference` decides which one counts (default: the
 * printed value, because that is the number the council adopted).
 *
 * @param options - the target, the baseline and the plan's conventions
 * @returns the resolved target
 * @example
 * resolveTarget({ target: { kind: "relative", value: 60, change: -25, period: "2021" }, baseline: { value: 79, period: "2017" } })
 * //=> { stated: 60, change: -25, resolvedExact: 59.25, resolved: 59, value: 60, valueSource: "stated", consistent: false, ... }
 * resolveTarget({ target: { kind: "maximum", value: 1.7, period: "2021" } })
 * //=> { stated: 1.7, value: 1.7, bound: "at-most", resolved: null, ... }
 */
export function resolveTarget(options: ResolveTargetOptions): ResolvedTarget {
  const { target, baseline, conventions } = options;
  const preference: TargetPreference = conventions?.targetPreference ?? "stated-value";
  const stated = target.value ?? null;
  const base = {
    kind: target.kind,
    period: target.period,
    asPrinted: target.asPrinted ?? null,
    stated,
    change: target.change ?? null,
    preference,
    bound: (target.kind === "maximum"
      ? "at-most"
      : target.kind === "minimum"
        ? "at-least"
        : "direction") as TargetBound,
    illustrative: target.illustrative === true,
  };
  // Object.assign, not `{ ...base, resolved, ... }`: on Node 20 each field
  // added after a spread costs about a microsecond. The same fields, in the
  // same order.
  const withTarget = (rest: ResolvedPart): ResolvedTarget => Object.assign(base, rest);
  switch (target.kind) {
    case "absolute":
    case "maximum":
    case "minimum":
      return withTarget({
        resolved: null,
        resolvedExact: null,
        rounding: null,
        value: stated,
        valueSource: stated === null ? null : "stated",
        consistent: null,
      });
    case "keep-level": {
      const level = stated ?? baseline?.value ?? null;
      return withTarget({
        resolved: level,
        resolvedExact: null,
        rounding: null,
        value: level,
        valueSource: stated !== null ? "stated" : level === null ? null : "resolved",
        consistent: null,
      });
    }
    case "relative": {
      if (!baseline || target.change === undefined) {
        return withTarget({
          resolved: null,
          resolvedExact: null,
          rounding: null,
          value: stated,
          valueSource: stated === null ? null : "stated",
          consistent: null,
        });
      }
      const rounding = roundingFor(target, baseline, conventions, options.unit);
      const exact = applyChange(exactBaseline(baseline), target.change);
      const resolved = rounding
        ? Number(roundScaled(exact, rounding.decimals, rounding.mode)) / 10 ** rounding.decimals
        : toNumber(exact);
      const useStated = stated !== null && preference === "stated-value";
      return withTarget({
        resolved,
        resolvedExact: toNumber(exact),
        rounding,
        value: useStated ? stated : resolved,
        valueSource: useStated ? "stated" : "resolved",
        // An unrounded value agrees with a printed one that is it rounded to
        // the printed decimals (1,36 with "1,4").
        consistent:
          stated === null
            ? null
            : rounding
              ? stated === resolved
              : Number(roundScaled(exact, decimalsOf(stated))) / 10 ** decimalsOf(stated) ===
                stated,
      });
    }
  }
}

/** What a target resolves to beside what it states (see {@link ResolvedTarget}). */
type ResolvedPart = Pick<
  ResolvedTarget,
  "resolved" | "resolvedExact" | "rounding" | "value" | "valueSource" | "consistent"
>;
