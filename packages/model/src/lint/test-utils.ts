/**
 * Fixture builders for the linter's tests: a complete indicator and its source
 * to build on, observations from a data file, and one rule run on a plan. The
 * plan itself is the minimal plan of `@ivp/testkit/plans`. Not part of the
 * package's API.
 */
import { observation } from "@ivp/testkit/observations";
import type { Language } from "../language.ts";
import { collectObservations } from "../observation/collect-observations.ts";
import type { Observation } from "../observation/observation.ts";
import type { Plan, PlanInput } from "../schema/types.ts";
import { lintPlan } from "./lint-plan.ts";
import type { LintFinding, LocalizedText } from "./lint-types.ts";
import { localizeMessage, renderMessage } from "./messages/render-message.ts";

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
  return observation(series, period, value, {
    ref: { kind: "file", file: "data/figures.csv", line, column: 1 },
  });
}

/** Runs only one rule (at its default severity) on a plan. */
export function lintWith(
  ruleId: string,
  plan: Plan,
  observations: readonly Observation[] = collectObservations(plan),
): LintFinding[] {
  return lintPlan(plan, { observations }).filter((finding) => finding.code === ruleId);
}

/** Every finding's rule and message in a language (default English), for compact snapshots. */
export function messages(findings: readonly LintFinding[], lang: Language = "en"): string[] {
  return findings.map((finding) => `${finding.code}: ${messageIn(finding, lang)}`);
}

/** A finding's message in a language, whatever language it was linted in. */
export function messageIn(finding: LintFinding, lang: Language): string {
  return renderMessage(lang, finding.code, finding.messageId, finding.data);
}

/** A finding's suggestion in every language (`{ nl, en }`); undefined when it has none. */
export function suggestionTexts(finding: LintFinding | undefined): LocalizedText | undefined {
  return finding?.suggestionId === undefined
    ? undefined
    : localizeMessage(finding.code, finding.suggestionId, finding.suggestionData ?? {});
}

/** A finding's suggestion in a language; undefined when it has none. */
export function suggestionIn(finding: LintFinding | undefined, lang: Language): string | undefined {
  return finding?.suggestionId === undefined
    ? undefined
    : renderMessage(lang, finding.code, finding.suggestionId, finding.suggestionData ?? {});
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
