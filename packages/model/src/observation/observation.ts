import type { Origin } from "../schema/types.ts";

/** A path into a plan document, e.g. `["observations", 3, "values", "woninginbraken", 2]`. */
export type PlanPath = readonly (string | number)[];

/**
 * Where a figure was written: a path in the plan file, or a line of a data file.
 * Loaders turn either into file, line and column.
 */
export type SourceRef =
  | { readonly kind: "plan"; readonly path: PlanPath }
  | {
      readonly kind: "file";
      readonly file: string;
      readonly line: number;
      readonly column: number;
    };

/**
 * One figure: the value of a series for an area in a period.
 * A missing value is `null`, never 0.
 */
export interface Observation {
  readonly series: string;
  readonly area: string;
  /** Canonical period code, e.g. `2017-H1`. */
  readonly period: string;
  readonly value: number | null;
  readonly origin: Origin;
  readonly table?: string;
  readonly section?: string;
  readonly quote?: string;
  readonly source?: string;
  /** The 95% confidence interval supplied with a survey figure, when there is one. */
  readonly interval?: { readonly lower: number; readonly upper: number };
  readonly ref: SourceRef;
}
