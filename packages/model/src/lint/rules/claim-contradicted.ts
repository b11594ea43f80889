import type { SourceRef } from "../../observation/observation.ts";
import { formatPeriodCode } from "../../period/format-period.ts";
import { parsePeriodOrThrow } from "../../period/parse-period.ts";
import { arePeriodsComparable, shiftPeriod } from "../../period/period.ts";
import type { Claim, Unit } from "../../schema/types.ts";
import { resolveValue, seriesUnits } from "../../series/resolve-value.ts";
import { lowerBoundFromInside } from "../_lib/bounds.ts";
import { refsOf } from "../_lib/resolved.ts";
import { unitOf } from "../_lib/statements.ts";
import type { LintContext, LintRule, RuleFinding } from "../lint-types.ts";
import { list, type MessageValue, period, quoted, valueIn } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

/**
 * A value of the series in one period of the claim: known, or (for a count
 * without a figure) at least the figure of a shorter period inside it.
 */
interface Point {
  readonly period: string;
  readonly value: number;
  readonly exact: boolean;
  /** For a lower bound: the shorter period it comes from. */
  readonly inside?: string;
  readonly refs: readonly SourceRef[];
}

/** What the claim says, in words. */
function describeClaim(claim: Claim): MessageValue {
  return say.fragment(`claim-${claim.kind}`, { from: period(claim.from), to: period(claim.to) });
}

function describePoint(point: Point, unit: Unit | undefined): MessageValue {
  const value = valueIn(point.value, unit);
  return point.exact
    ? say.fragment("point", { period: period(point.period), value })
    : say.fragment("point-at-least", {
        period: period(point.period),
        value,
        inside: period(point.inside ?? ""),
      });
}

function pointsOf(context: LintContext, claim: Claim, additive: boolean): Point[] {
  const { plan, index } = context;
  const series = new Map(plan.series.map((s) => [s.id, s]));
  const units = seriesUnits(plan);
  const area = claim.area ?? plan.municipality.code;
  const from = parsePeriodOrThrow(claim.from);
  const to = parsePeriodOrThrow(claim.to);
  const points: Point[] = [];
  for (let year = from.year; year <= to.year; year++) {
    const period = shiftPeriod(from, year - from.year);
    const resolved = resolveValue({ index, series, units }, claim.series, area, period);
    if (resolved.status !== "missing") {
      points.push({
        period: resolved.period,
        value: resolved.value,
        exact: true,
        refs: refsOf(resolved),
      });
      continue;
    }
    const bound = additive ? lowerBoundFromInside(index, claim.series, area, period) : undefined;
    if (bound) {
      points.push({
        period: formatPeriodCode(period),
        value: bound.value,
        exact: false,
        inside: bound.period,
        refs: [bound.ref],
      });
    }
  }
  return points;
}

/**
 * The comparisons that contradict the claim, as [earlier, later] pairs. A
 * lower bound only proves something on the side where "at least" counts: a
 * later period that is at least as high as an earlier one has not decreased.
 */
function contradictions(claim: Claim, points: readonly Point[]): [Point, Point][] {
  const decreasing = claim.kind === "strictly-decreasing" || claim.kind === "decreased";
  // A decrease is contradicted when the later value is not below the earlier
  // one; the earlier must be known, the later may be "at least" a value.
  const notLower = (before: Point, after: Point) => before.exact && after.value >= before.value;
  // An increase is contradicted when the earlier value is not below the later
  // one; the later must be known, the earlier may be "at least" a value.
  const notHigher = (before: Point, after: Point) => after.exact && before.value >= after.value;
  const broken = decreasing ? notLower : notHigher;
  if (claim.kind === "decreased" || claim.kind === "increased") {
    const first = points.find((p) => p.period === claim.from);
    const last = points.find((p) => p.period === claim.to);
    return first && last && broken(first, last) ? [[first, last]] : [];
  }
  const result: [Point, Point][] = [];
  const exact = points.filter((p) => p.exact);
  exact.slice(1).forEach((after, i) => {
    const before = exact[i] as Point;
    if (broken(before, after)) result.push([before, after]);
  });
  // A bound is compared with its nearest known neighbour on the side it can speak to.
  points.forEach((point, i) => {
    if (point.exact) return;
    const neighbour = decreasing
      ? points
          .slice(0, i)
          .filter((p) => p.exact)
          .at(-1)
      : points.slice(i + 1).find((p) => p.exact);
    if (!neighbour) return;
    const pair: [Point, Point] = decreasing ? [neighbour, point] : [point, neighbour];
    if (broken(...pair)) result.push(pair);
  });
  return result.sort((a, b) => a[1].period.localeCompare(b[1].period));
}

const say = ruleMessages("claim-contradicted");

export const claimContradicted: LintRule = {
  id: "claim-contradicted",
  severity: "error",
  check(context) {
    const { plan } = context;
    const findings: RuleFinding[] = [];
    plan.claims.forEach((claim, i) => {
      const from = parsePeriodOrThrow(claim.from);
      const to = parsePeriodOrThrow(claim.to);
      // A claim over periods that cannot be compared: incomparable-periods reports it.
      if (!arePeriodsComparable(from, to) || to.year < from.year) return;
      const unit = unitOf(plan, claim.series);
      const points = pointsOf(context, claim, unit === "count");
      const broken = contradictions(claim, points);
      if (broken.length === 0) return;
      const decreasing = claim.kind === "strictly-decreasing" || claim.kind === "decreased";
      const exact = points.filter((p) => p.exact);
      const first = exact[0];
      const last = exact.at(-1);
      const overall =
        first &&
        last &&
        first !== last &&
        (decreasing ? last.value < first.value : last.value > first.value);
      findings.push({
        ...say.message("contradicted", {
          quote: quoted(claim.quote),
          claim: describeClaim(claim),
          reasons: list(
            broken.map(([before, after]) =>
              say.fragment(decreasing ? "not-lower" : "not-higher", {
                later: describePoint(after, unit),
                earlier: describePoint(before, unit),
              }),
            ),
          ),
        }),
        locations: [
          ["claims", i, "kind"],
          ...broken.flatMap(([before, after]) => [...before.refs, ...after.refs]),
        ],
        ...(overall && first && last
          ? say.suggestion(decreasing ? "rephrase-lower" : "rephrase-higher", {
              last: describePoint(last, unit),
              first: describePoint(first, unit),
            })
          : say.suggestion("rephrase-or-drop")),
      });
    });
    return findings;
  },
};
