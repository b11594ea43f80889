import { rationalFromNumber, roundScaled, subtract, toNumber } from "../_lib/rational.ts";
import { exactPercentChange } from "../percent-change/percent-change.ts";
import type { Unit } from "../schema/types.ts";

// The change between two figures of an indicator, in the unit a reader
// expects: shared by the change since the baseline (`assessProgress`) and the
// change since the previous comparable period (`previousPeriodChange`).

/**
 * The unit a change is written in: `percent` of a count or a rate (the
 * document's rule), `percentage-points` for a percentage (1,7% to 1,5% is
 * -0,2 procentpunt, not -12%), `points` for a report grade (7,3 to 7,4 is
 * +0,1 punt).
 */
export type ChangeUnit = "percent" | "percentage-points" | "points";

/** The change shown with an assessment: from the comparison's baseline to its current value. */
export interface ProgressChange {
  readonly from: number;
  readonly to: number;
  readonly unit: ChangeUnit;
  /** For `percentage-points` and `points`: to - from, exactly in decimals; `null` for `percent`. */
  readonly difference: number | null;
  /** For `percent`: rounded half away from zero to a whole percent (exactly); `null` for a zero base and for the other units. */
  readonly percent: number | null;
  /** For `percent`: unrounded; `null` otherwise. */
  readonly exact: number | null;
}

/**
 * The unit a change of a figure in `unit` is written in (see {@link ChangeUnit}).
 *
 * @param unit - the indicator's unit
 * @returns percent for counts and rates, percentage-points for percentages, points for grades
 * @example
 * changeUnitOf("percentage") //=> "percentage-points"
 * changeUnitOf("count") //=> "percent"
 */
export function changeUnitOf(unit: Unit): ChangeUnit {
  if (unit === "percentage") return "percentage-points";
  if (unit === "grade") return "points";
  return "percent";
}

/**
 * The change from `from` to `to` of a figure in `unit` (see {@link ProgressChange}).
 *
 * @example
 * changeOf(79, 46, "count").percent //=> -42
 * changeOf(1.7, 1.5, "percentage").difference //=> -0.2
 */
export function changeOf(from: number, to: number, unit: Unit): ProgressChange {
  const changeUnit = changeUnitOf(unit);
  if (changeUnit !== "percent") {
    return {
      from,
      to,
      unit: changeUnit,
      // Exactly in decimals: 1.5 - 1.7 is -0.2, not -0.19999999999999996.
      difference: toNumber(subtract(rationalFromNumber(to), rationalFromNumber(from))),
      percent: null,
      exact: null,
    };
  }
  const exact = exactPercentChange(from, to);
  return {
    from,
    to,
    unit: changeUnit,
    difference: null,
    // Half away from zero, exactly, as the figure tables print changes.
    percent: exact === null ? null : Number(roundScaled(exact, 0)),
    exact: exact === null ? null : toNumber(exact),
  };
}
