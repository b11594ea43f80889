import { parsePeriodOrThrow } from "../../period/parse-period.ts";
import {
  baselinePeriodOf,
  baselinePeriodPath,
  baselineStatements,
  indicatorEntries,
  targetStatements,
} from "../_lib/statements.ts";
import { describePlace } from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";
import { period, quoted } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

const say = ruleMessages("baseline-target-period");

export const baselineTargetPeriod: LintRule = {
  id: "baseline-target-period",
  severity: "error",
  check({ plan }) {
    const { start, end } = plan.period;
    const span = `${start}-${end}`;
    const findings: RuleFinding[] = [];
    for (const entry of indicatorEntries(plan)) {
      const label = quoted(entry.indicator.label);
      for (const statement of baselineStatements(entry)) {
        const code = baselinePeriodOf(statement.baseline);
        const from = parsePeriodOrThrow(code);
        if (from.year <= start) continue;
        findings.push({
          ...say.message("baseline-after-plan-start", {
            label,
            place: describePlace(statement.place),
            period: period(code),
            span,
          }),
          locations: [baselinePeriodPath(statement)],
          ...say.suggestion("use-earlier-baseline", { start: String(start) }),
        });
      }
      for (const statement of targetStatements(entry)) {
        const to = parsePeriodOrThrow(statement.target.period);
        const place = describePlace(statement.place);
        if (to.year < start || to.year > end) {
          findings.push({
            ...say.message("target-outside-plan-period", {
              label,
              place,
              period: period(statement.target.period),
              span,
            }),
            locations: [[...statement.path, "period"]],
            ...say.suggestion("choose-target-year", { start: String(start), end: String(end) }),
          });
        }
        const baseline = statement.baseline;
        if (!baseline) continue;
        const from = parsePeriodOrThrow(baselinePeriodOf(baseline.baseline));
        if (from.year < to.year) continue;
        findings.push({
          ...say.message("target-not-after-baseline", {
            label,
            place,
            period: period(statement.target.period),
            baseline: period(baselinePeriodOf(baseline.baseline)),
          }),
          locations: [[...statement.path, "period"], baselinePeriodPath(baseline)],
          ...say.suggestion("check-both-years"),
        });
      }
    }
    return findings;
  },
};
