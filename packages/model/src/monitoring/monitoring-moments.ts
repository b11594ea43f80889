// One module per function: date-fns's index loads all of its 250 modules
// (some 90 ms in Node), where these five need a few dozen. Dates are read and
// written YYYY-MM-DD by calendar-date.ts, not parseISO and lightFormat (see
// there why).
import { addMonths } from "date-fns/addMonths";
import { addWeeks } from "date-fns/addWeeks";
import { addYears } from "date-fns/addYears";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { differenceInCalendarMonths } from "date-fns/differenceInCalendarMonths";
import { IvpError } from "../errors.ts";
import type { MonitoringCycle } from "../schema/types.ts";
import { formatCalendarDate, parseCalendarDate } from "./calendar-date.ts";

function toDate(text: string, name: string): Date {
  const date = parseCalendarDate(text);
  if (!date) {
    throw new IvpError("invalid-date", `${name} must be a date written YYYY-MM-DD, got "${text}"`);
  }
  return date;
}

function toText(date: Date): string {
  return formatCalendarDate(date);
}

/**
 * The k-th moment of a cycle (k = 0 is the first), computed from the first
 * moment directly: monthly from 31 January gives 28 February and 31 March,
 * not 28 March.
 */
function momentAt(cycle: MonitoringCycle, first: Date, k: number): Date {
  const { years, months, weeks } = cycle.every;
  if (years !== undefined) return addYears(first, k * years);
  if (months !== undefined) return addMonths(first, k * months);
  return addWeeks(first, k * (weeks ?? 1));
}

/** A lower estimate of how many steps of the cycle fit between the first moment and `date`. */
function stepsBefore(cycle: MonitoringCycle, first: Date, date: Date): number {
  const { years, months, weeks } = cycle.every;
  if (years !== undefined)
    return Math.floor(differenceInCalendarMonths(date, first) / (12 * years));
  if (months !== undefined) return Math.floor(differenceInCalendarMonths(date, first) / months);
  return Math.floor(differenceInCalendarDays(date, first) / (7 * (weeks ?? 1)));
}

/** The index of the last moment on or before `date`; -1 when the first moment is after it. */
function lastIndexOnOrBefore(cycle: MonitoringCycle, first: Date, date: Date): number {
  if (differenceInCalendarDays(date, first) < 0) return -1;
  let k = Math.max(0, stepsBefore(cycle, first, date) - 1);
  while (differenceInCalendarDays(momentAt(cycle, first, k + 1), date) <= 0) k++;
  while (k > 0 && differenceInCalendarDays(momentAt(cycle, first, k), date) > 0) k--;
  return k;
}

/** Options of {@link listCycleMoments}. */
export interface ListCycleMomentsOptions {
  readonly cycle: MonitoringCycle;
  /** First day of the range, YYYY-MM-DD (inclusive). */
  readonly from: string;
  /** Last day of the range, YYYY-MM-DD (inclusive). */
  readonly to: string;
}

/**
 * The moments of a monitoring cycle within a range of dates: the first moment
 * and every `every` after it (years, months or weeks).
 *
 * @param options - the cycle and the range (inclusive, YYYY-MM-DD)
 * @returns the dates of the moments, YYYY-MM-DD, in order
 * @example
 * listCycleMoments({ cycle: { id: "analyse", kind: "progress-analysis", label: "Voortgangsanalyse", every: { years: 2 }, first: "2020-10-01" }, from: "2019-01-01", to: "2022-12-31" })
 * //=> ["2020-10-01", "2022-10-01"]
 */
export function listCycleMoments(options: ListCycleMomentsOptions): string[] {
  const { cycle } = options;
  const first = toDate(cycle.first, `the first moment of cycle ${cycle.id}`);
  const from = toDate(options.from, "the start of the range");
  const to = toDate(options.to, "the end of the range");
  const moments: string[] = [];
  let k = Math.max(0, lastIndexOnOrBefore(cycle, first, from));
  for (;;) {
    const moment = momentAt(cycle, first, k);
    if (differenceInCalendarDays(moment, to) > 0) break;
    if (differenceInCalendarDays(moment, from) >= 0) moments.push(toText(moment));
    k++;
  }
  return moments;
}

/** Where a monitoring cycle stands on a date. */
export interface CycleStatus {
  readonly cycle: string;
  readonly kind: MonitoringCycle["kind"];
  readonly label: string;
  readonly by: string | null;
  /** The latest moment on or before the date: the one that is due (or was done); `null` before the first. */
  readonly due: string | null;
  /** The first moment after the date; `null` when it falls after `until`. */
  readonly next: string | null;
  /** Days from the date to the next moment. */
  readonly daysUntilNext: number | null;
}

/** Options of {@link summarizeMonitoring}. */
export interface SummarizeMonitoringOptions {
  /** The plan's monitoring cycles. */
  readonly cycles: readonly MonitoringCycle[];
  /** The date, YYYY-MM-DD. */
  readonly asOf: string;
  /** The last day moments count (e.g. the end of the plan period), YYYY-MM-DD. */
  readonly until?: string;
}

/**
 * What each monitoring cycle of a plan has due on a date: its latest moment
 * on or before the date, and the next one (within the plan period when
 * `until` is given).
 *
 * @param options - the cycles, the date and the end of the period that counts
 * @returns one status per cycle, in the plan's order
 * @example
 * summarizeMonitoring({ cycles: plan.monitoring, asOf: "2021-03-01", until: "2022-12-31" })[1]
 * //=> { cycle: "voortgangsanalyse", due: "2020-10-01", next: "2022-10-01", daysUntilNext: 579, ... }
 */
export function summarizeMonitoring(options: SummarizeMonitoringOptions): CycleStatus[] {
  const date = toDate(options.asOf, "the date");
  const until = options.until === undefined ? undefined : toDate(options.until, "the end date");
  return options.cycles.map((cycle) => {
    const first = toDate(cycle.first, `the first moment of cycle ${cycle.id}`);
    const k = lastIndexOnOrBefore(cycle, first, date);
    const dueDate = k >= 0 ? momentAt(cycle, first, k) : null;
    let next: Date | null = momentAt(cycle, first, k + 1);
    if (until && differenceInCalendarDays(next, until) > 0) next = null;
    return {
      cycle: cycle.id,
      kind: cycle.kind,
      label: cycle.label,
      by: cycle.by ?? null,
      due:
        dueDate && (!until || differenceInCalendarDays(dueDate, until) <= 0)
          ? toText(dueDate)
          : null,
      next: next ? toText(next) : null,
      daysUntilNext: next ? differenceInCalendarDays(next, date) : null,
    };
  });
}
