import { parsePeriodOrThrow } from "../../period/parse-period.ts";
import {
  baselineStatements,
  describePlace,
  indicatorEntries,
  targetStatements,
} from "../_lib/statements.ts";
import { formatPeriod, localize, pick, quoted } from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";

export const baselineTargetPeriod: LintRule = {
  id: "baseline-target-period",
  severity: "error",
  description: localize((lang) =>
    pick(
      lang,
      "Een doel hoort binnen de planperiode te vallen, en een uitgangswaarde vóór het doel en niet na het eerste jaar van het plan: de uitgangswaarde beschrijft de situatie waarmee het plan begint.",
      "A target belongs inside the plan period, and a baseline before its target and not after the plan's first year: the baseline describes the situation the plan starts from.",
    ),
  ),
  docs: {
    failing: `period: { start: 2019, end: 2022 }
sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - id: woninginbraken
    label: Aantal woninginbraken
    unit: count
    direction: lower-is-better
    source: bvh
    baseline: { value: 79, period: 2017 }
    targets: [{ kind: absolute, value: 59, period: 2023 }]
`,
    fixed: `period: { start: 2019, end: 2022 }
sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - id: woninginbraken
    label: Aantal woninginbraken
    unit: count
    direction: lower-is-better
    source: bvh
    baseline: { value: 79, period: 2017 }
    targets: [{ kind: absolute, value: 59, period: 2022 }]
`,
  },
  check({ plan }) {
    const { start, end } = plan.period;
    const span = `${start}-${end}`;
    const findings: RuleFinding[] = [];
    for (const entry of indicatorEntries(plan)) {
      const label = quoted(entry.indicator.label);
      for (const statement of baselineStatements(entry)) {
        const period = parsePeriodOrThrow(statement.baseline.period);
        if (period.year <= start) continue;
        findings.push({
          message: localize((lang) =>
            pick(
              lang,
              `De uitgangswaarde van ${label} in ${describePlace(statement.place, lang)} is van ${formatPeriod(statement.baseline.period, lang)}, na het begin van de planperiode ${span}.`,
              `The baseline of ${label} in ${describePlace(statement.place, lang)} is from ${formatPeriod(statement.baseline.period, lang)}, after the start of the plan period ${span}.`,
            ),
          ),
          locations: [[...statement.path, "period"]],
          suggestion: localize((lang) =>
            pick(
              lang,
              `Neem een uitgangswaarde van ${start} of eerder, of pas de planperiode aan.`,
              `Use a baseline from ${start} or earlier, or correct the plan period.`,
            ),
          ),
        });
      }
      for (const statement of targetStatements(entry)) {
        const period = parsePeriodOrThrow(statement.target.period);
        const where = (lang: "nl" | "en") => describePlace(statement.place, lang);
        if (period.year < start || period.year > end) {
          findings.push({
            message: localize((lang) =>
              pick(
                lang,
                `Het doel van ${label} in ${where(lang)} is voor ${formatPeriod(statement.target.period, lang)}, buiten de planperiode ${span}.`,
                `The target of ${label} in ${where(lang)} is for ${formatPeriod(statement.target.period, lang)}, outside the plan period ${span}.`,
              ),
            ),
            locations: [[...statement.path, "period"]],
            suggestion: localize((lang) =>
              pick(
                lang,
                `Kies een doeljaar van ${start} tot en met ${end}.`,
                `Choose a target year from ${start} to ${end}.`,
              ),
            ),
          });
        }
        const baseline = statement.baseline;
        if (!baseline) continue;
        const from = parsePeriodOrThrow(baseline.baseline.period);
        if (from.year < period.year) continue;
        findings.push({
          message: localize((lang) =>
            pick(
              lang,
              `Het doel van ${label} in ${where(lang)} is voor ${formatPeriod(statement.target.period, lang)}, niet na de uitgangswaarde (${formatPeriod(baseline.baseline.period, lang)}).`,
              `The target of ${label} in ${where(lang)} is for ${formatPeriod(statement.target.period, lang)}, not after its baseline (${formatPeriod(baseline.baseline.period, lang)}).`,
            ),
          ),
          locations: [
            [...statement.path, "period"],
            [...baseline.path, "period"],
          ],
          suggestion: localize((lang) =>
            pick(
              lang,
              "Een doel ligt na de uitgangswaarde; controleer beide jaren.",
              "A target lies after its baseline; check both years.",
            ),
          ),
        });
      }
    }
    return findings;
  },
};
