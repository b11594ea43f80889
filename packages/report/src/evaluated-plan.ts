import type {
  Baseline,
  Direction,
  Language,
  Origin,
  Plan,
  Target,
  TargetKind,
  Unit,
} from "@ivp/model";
import type { CellJson, TableJson } from "./render-table.ts";

/**
 * The input of every report renderer: a plan with everything the report shows
 * already computed. Plain data (no classes, no functions, no `undefined`), so
 * `JSON.stringify` of it is the report's JSON format and a dashboard can
 * render the HTML from that JSON in a browser.
 *
 * Built by {@link evaluatePlan}. Documented for consumers in
 * `packages/report/docs/report-json.md`.
 */
export interface EvaluatedPlan {
  /** Always `"ivp-evaluated-plan"`. */
  readonly format: "ivp-evaluated-plan";
  /** Version of this shape; changes only when a field is removed or changes meaning. */
  readonly formatVersion: 1;
  /** Language of every generated text in it (table headers, number notation). */
  readonly lang: Language;
  /** The as-of period (canonical code such as `2018-H1`), or `null` when every observation was used. */
  readonly asOf: string | null;
  /** The validated plan, as read (its `observations` are not filtered by `asOf`). */
  readonly plan: Plan;
  /** The figure tables (`plan.tables`), every cell computed, in plan order. */
  readonly tables: readonly EvaluatedFigureTable[];
  /** Every indicator of the plan, in plan order. */
  readonly indicators: readonly EvaluatedIndicator[];
  /** The indicator tables (`plan.indicatorTables`) as printed, in plan order. */
  readonly indicatorTables: readonly EvaluatedIndicatorTable[];
  /** Which fields and themes of VNG Kernbeleid Veiligheid the plan addresses. */
  readonly kernbeleid: KernbeleidCoverage;
}

/** The progress statuses of the Open SDG / Statistics Canada method, as `@ivp/model` names them. */
export type ProgressStatus =
  | "target-achieved"
  | "substantial-progress"
  | "moderate-progress"
  | "limited-progress"
  | "deterioration"
  | "not-assessable";

/** A status as the report shows it: a progress status, or `not-assessed` when there is no assessment. */
export type DisplayStatus = ProgressStatus | "not-assessed";

/** Every display status, in the order the summary counts them. */
export const DISPLAY_STATUSES: readonly DisplayStatus[] = [
  "target-achieved",
  "substantial-progress",
  "moderate-progress",
  "limited-progress",
  "deterioration",
  "not-assessable",
  "not-assessed",
];

/**
 * The result of a progress assessment of one indicator, as the report needs
 * it. Deliberately small: a progress module (`assessProgress` in
 * `@ivp/model`) maps its own result onto this shape, and the report shows
 * nothing it does not get here.
 */
export interface IndicatorProgress {
  /** The automatic status. */
  readonly status: ProgressStatus;
  /** Whether the latest value meets the target; `null` when that cannot be said. */
  readonly targetAchieved: boolean | null;
  /**
   * (latest - baseline) / (target - baseline): 0 at the baseline, 1 at the
   * target, negative when moving away; `null` when undefined (no target, or
   * target equal to baseline).
   */
  readonly fractionOfTheWay: number | null;
  /** The value expected at `latest.period` on the straight line from baseline to target. */
  readonly expected: number | null;
  /** Whether the latest value is at least as good as `expected`. */
  readonly onTrack: boolean | null;
  /** The value the assessment used. */
  readonly latest: {
    readonly period: string;
    readonly value: number;
    /** True when the value is a projection (e.g. a full year from year-to-date). */
    readonly projected: boolean;
  } | null;
  /** Every calculation component by name, so a reader can redo the status by hand. */
  readonly components: Readonly<Record<string, number | string | boolean | null>>;
}

/**
 * A marker on a percentage change: whether the change can be told apart
 * from chance (for counts, e.g. the exact conditional Poisson test).
 */
export interface SignificanceMarker {
  /** `false` marks the change as not distinguishable from chance. */
  readonly significant: boolean;
  /** The two-sided p-value, when the method gives one. */
  readonly pValue: number | null;
  /** The method, e.g. `"poisson-exact"`. */
  readonly method: string;
}

/** A computed change cell with its optional significance marker. */
export type EvaluatedChangeCell = Omit<Extract<CellJson, { kind: "change" }>, "significance"> & {
  /** `null` when no significance was assessed. */
  readonly significance: SignificanceMarker | null;
};

/** A cell of an evaluated figure table. */
export type EvaluatedCell = Exclude<CellJson, { kind: "change" }> | EvaluatedChangeCell;

/** A figure table with every cell computed (the JSON of `ivp table`, plus significance). */
export interface EvaluatedFigureTable extends Omit<TableJson, "rows"> {
  /** The source of the counts, when the table names one. */
  readonly source: { readonly id: string; readonly name: string } | null;
  readonly note: string | null;
  readonly rows: readonly {
    readonly series: string;
    readonly label: string;
    readonly depth: number;
    readonly cells: Readonly<Record<string, EvaluatedCell>>;
  }[];
}

/** One figure of an indicator's series. */
export interface ObservedPoint {
  /** Canonical period code, e.g. `2017` or `2018-01..2018-10`. */
  readonly period: string;
  readonly value: number;
  /** Where the figure was written (a table, the running text, an import). */
  readonly origin: Origin;
  /**
   * Whether the period covers the same months as the baseline's period (so
   * it may be compared with the baseline and drawn on the same line). With no
   * baseline: whether it is a full year.
   */
  readonly comparable: boolean;
}

/** A baseline with where it was taken from. */
export interface EvaluatedBaseline extends Baseline {
  /** `indicator` for the indicator's own baseline, else the id of the indicator table it came from. */
  readonly from: string;
}

/** A target with where it was taken from and the value the report draws. */
export interface EvaluatedTarget {
  readonly kind: TargetKind;
  /**
   * The value the report draws and shows: the stated value; for `keep-level`
   * without one, the baseline value; `null` for a relative target that
   * states no value (resolving a change under the plan's rounding policy is
   * the progress assessment's work).
   */
  readonly value: number | null;
  /** For a relative target: the stated change in percent. */
  readonly change: number | null;
  readonly period: string;
  /** The target as the document printed it, when recorded. */
  readonly asPrinted: string | null;
  /** `indicator` for the indicator's own target, else the id of the indicator table it came from. */
  readonly from: string;
}

/** An indicator with its effective baseline and target, its figures and its assessment. */
export interface EvaluatedIndicator {
  readonly id: string;
  readonly label: string;
  readonly unit: Unit;
  readonly direction: Direction | null;
  readonly source: { readonly id: string; readonly name: string } | null;
  /** The series whose observations are this indicator's values. */
  readonly series: string;
  readonly description: string | null;
  /** Ids of the priorities and themes that list it (in their `indicators` or indicator table). */
  readonly themes: readonly string[];
  readonly baseline: EvaluatedBaseline | null;
  /** Its targets, the first being the one the report assesses against. */
  readonly targets: readonly EvaluatedTarget[];
  /** Every figure of its series for the municipality up to the as-of period, ordered by period. */
  readonly observations: readonly ObservedPoint[];
  /** The latest comparable observation (see {@link ObservedPoint.comparable}), or `null`. */
  readonly latest: ObservedPoint | null;
  /** A manual status set in the plan, kept next to the automatic one. */
  readonly statusOverride: { readonly status: ProgressStatus; readonly reason: string } | null;
  /** The progress assessment; `null` when none was made (the report then says "not assessed"). */
  readonly progress: IndicatorProgress | null;
}

/** A row of an indicator table as printed. */
export interface EvaluatedIndicatorTableRow {
  readonly indicator: string;
  /** The label as printed (else the indicator's label). */
  readonly label: string;
  readonly source: string | null;
  readonly group: string | null;
  readonly baseline: Baseline | null;
  readonly target: Target | null;
  /**
   * True when this row prints another baseline or target than the indicator
   * is followed with (the document contradicts itself).
   */
  readonly differsFromEffective: boolean;
}

/** An indicator table as printed. */
export interface EvaluatedIndicatorTable {
  readonly id: string;
  readonly title: string;
  /** The priority or theme it belongs to; `null` for the plan's main goals. */
  readonly theme: string | null;
  readonly headers: {
    readonly indicator: string;
    readonly source: string;
    readonly baseline: string;
    readonly target: string;
  } | null;
  readonly rows: readonly EvaluatedIndicatorTableRow[];
}

/** Which parts of Kernbeleid Veiligheid a plan addresses. */
export interface KernbeleidCoverage {
  readonly fields: readonly {
    readonly code: string;
    readonly name: string;
    readonly themes: readonly {
      readonly code: string;
      readonly name: string;
      /** Ids of the priorities and themes with this code, in plan order. */
      readonly coveredBy: readonly string[];
    }[];
  }[];
  /** Codes used in the plan that the taxonomy does not have, with who uses them. */
  readonly unknownCodes: readonly { readonly code: string; readonly usedBy: readonly string[] }[];
}
