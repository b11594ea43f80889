/**
 * The plan's figures grouped for the rules that compare them. Internal to the linter.
 */
import type { Observation } from "../../observation/observation.ts";
import type { LintContext } from "../lint-types.ts";
import { groupBy } from "./normalize.ts";

/** An observation with a value (a missing value is never compared). */
export type KnownFigure = Observation & { readonly value: number };

/** Whether an observation has a value. */
export function isKnown(observation: Observation): observation is KnownFigure {
  return observation.value !== null;
}

/** Every series and area with figures, each with its figures grouped by period, in input order. */
export function figuresBySeriesAndArea(context: LintContext): KnownFigure[][][] {
  const known = context.observations.filter(isKnown);
  return groupBy(known, (o) => `${o.series}\u0000${o.area}`).map((figures) =>
    groupBy(figures, (o) => o.period),
  );
}
