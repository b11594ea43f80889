import type { Baseline, Language, Origin, Plan, Target, Unit } from "@ivp/model";
import type { TableJson } from "./render-table.ts";
import type { IndicatorStatusJson, StatusJson, TargetJson } from "./status/status-json-types.ts";

/**
 * The input of every report renderer: a plan with everything the report shows
 * already computed. Plain data (no classes, no functions, no `undefined`), so
 * `JSON.stringify` of it is the report's JSON format and a dashboard can
 * render the HTML from that JSON in a browser.
 *
 * Built by {@link evaluatePlan}. Documented for consumers in
 * `docs/reference/report-json.md` (on the docs site: Reference, JSON of ivp report).
 */
export interface EvaluatedPlan {
  /** Always `"ivp-evaluated-plan"`. */
  readonly format: "ivp-evaluated-plan";
  /** Version of this shape; changes only when a field is removed or changes meaning. */
  readonly formatVersion: 2;
  /** Language of every generated text in it (table headers, number notation, status texts). */
  readonly lang: Language;
  /** The as-of period (canonical code such as `2018-H1`), or `null` when every observation was used. */
  readonly asOf: string | null;
  /** The significance level of every test of a change: 0.05, as `ivp status` and `ivp table --mark-chance`. */
  readonly alpha: number;
  /** The thresholds on the progress ratio: substantial 0.95, moderate 0.6 (`PROGRESS_THRESHOLDS`). */
  readonly thresholds: { readonly substantial: number; readonly moderate: number };
  /** How the verdicts were corrected for testing many indicators at once (as in `ivp status --format json`). */
  readonly correction: StatusJson["correction"];
  /** The validated plan, as read (its `observations` are not filtered by `asOf`). */
  readonly plan: Plan;
  /** The figure tables (`plan.tables`), every cell computed and tested, in plan order. */
  readonly tables: readonly EvaluatedFigureTable[];
  /** Every indicator of the plan, in plan order. */
  readonly indicators: readonly EvaluatedIndicator[];
  /** The indicator tables (`plan.indicatorTables`) as printed, in plan order. */
  readonly indicatorTables: readonly EvaluatedIndicatorTable[];
  /** Which fields and themes of VNG Kernbeleid Veiligheid the plan addresses. */
  readonly kernbeleid: KernbeleidCoverage;
}

/**
 * A figure table with every cell computed: the JSON of `ivp table --format
 * json --mark-chance`, so every change cell carries its `significance`.
 */
export interface EvaluatedFigureTable extends TableJson {
  /** The source of the counts, when the table names one. */
  readonly source: { readonly id: string; readonly name: string } | null;
  readonly note: string | null;
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

/** An indicator with its figures and its progress toward its target. */
export interface EvaluatedIndicator {
  readonly id: string;
  readonly label: string;
  readonly unit: Unit;
  readonly source: { readonly id: string; readonly name: string } | null;
  /** The series whose observations are this indicator's values. */
  readonly series: string;
  readonly description: string | null;
  /** Ids of the priorities and themes that list it (in their `indicators` or indicator table). */
  readonly themes: readonly string[];
  /** Every target it has, resolved as the assessment resolves them; `progress.target` is the one assessed. */
  readonly targets: readonly TargetJson[];
  /** Every figure of its series for the municipality up to the as-of period, ordered by period. */
  readonly observations: readonly ObservedPoint[];
  /**
   * The progress assessment with every component: the indicator's entry of
   * `ivp status --format json` for the same plan, figures, as-of period and
   * language, the same object. Its effective baseline, target, latest figure,
   * comparison, change, measures, status (with the plan's manual override
   * next to the automatic one), significance and warnings.
   */
  readonly progress: IndicatorStatusJson;
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
