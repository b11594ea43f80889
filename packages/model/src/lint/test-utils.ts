/**
 * Fixture builders for the linter's tests: a complete indicator and its source
 * to build on, observations from a data file, and one rule run on a plan. The
 * plan itself is the minimal plan of `@ivp/testkit/plans`. Not part of the
 * package's API.
 */
import { collectObservations } from "../observation/collect-observations.ts";
import type { Observation } from "../observation/observation.ts";
import type { Plan, PlanInput } from "../schema/types.ts";
import { lintPlan } from "./lint-plan.ts";
import type { LintFinding } from "./lint-types.ts";

/** A source and an indicator with everything the completeness rules ask for. */
export const BVH = { id: "bvh", name: "BVH/politie", kind: "police-registration" } as const;

/** A complete count indicator (source, direction, baseline, target) to build on. */
export function countIndicator(
  fields: Partial<NonNullable<PlanInput["indicators"]>[number]> = {},
): NonNullable<PlanInput["indicators"]>[number] {
  return {
    id: "woninginbraken",
    label: "Aantal woninginbraken",
    unit: "count",
    direction: "lower-is-better",
    source: "bvh",
    baseline: { value: 79, period: 2017 },
    targets: [{ kind: "absolute", value: 59, period: 2021 }],
    ...fields,
  };
}

/** An observation written in a data file (a `file` ref), for rules that read any figure. */
export function fileObservation(
  series: string,
  period: string,
  value: number | null,
  line = 2,
): Observation {
  return {
    series,
    area: "GM0417",
    period,
    value,
    origin: "import",
    ref: { kind: "file", file: "data/figures.csv", line, column: 1 },
  };
}

/** Runs only one rule (at its default severity) on a plan. */
export function lintWith(
  ruleId: string,
  plan: Plan,
  observations: readonly Observation[] = collectObservations(plan),
): LintFinding[] {
  return lintPlan(plan, { observations }).filter((finding) => finding.rule === ruleId);
}

/** Every finding's rule and English message, for compact snapshots. */
export function messages(findings: readonly LintFinding[], lang: "nl" | "en" = "en"): string[] {
  return findings.map((finding) => `${finding.rule}: ${finding.message[lang]}`);
}

/** What each finding reports without its wording: its message id and data, and its suggestion's. */
export function reported(findings: readonly LintFinding[]) {
  return findings.map(({ messageId, data, suggestionId, suggestionData }) => ({
    messageId,
    data,
    ...(suggestionId !== undefined && { suggestionId, suggestionData }),
  }));
}

/** A finding's suggestion without its wording: its id and data. */
export function suggested(finding: LintFinding | undefined) {
  return finding && { suggestionId: finding.suggestionId, suggestionData: finding.suggestionData };
}
