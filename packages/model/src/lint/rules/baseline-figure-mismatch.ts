import type { Observation } from "../../observation/observation.ts";
import { isAverageBaseline } from "../../target/resolve-baseline.ts";
import { baselineStatements, indicatorEntries, seriesOf } from "../_lib/statements.ts";
import { describeOrigin, describePlace } from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";
import { list, period, quoted, valueIn } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

const say = ruleMessages("baseline-figure-mismatch");

export const baselineFigureMismatch: LintRule = {
  id: "baseline-figure-mismatch",
  severity: "error",
  check({ plan, index }) {
    const findings: RuleFinding[] = [];
    for (const entry of indicatorEntries(plan)) {
      const unit = entry.indicator.unit;
      for (const statement of baselineStatements(entry)) {
        // An average is computed from the figures, so it cannot differ from them.
        if (isAverageBaseline(statement.baseline)) continue;
        const { value, period: code } = statement.baseline;
        const observed = index
          .getAll(seriesOf(entry.indicator), plan.municipality.code, code)
          .filter((o): o is Observation & { value: number } => o.value !== null);
        if (observed.length === 0 || observed.some((o) => o.value === value)) continue;
        const first = observed[0] as Observation & { value: number };
        findings.push({
          ...say.message("baseline-differs", {
            label: quoted(entry.indicator.label),
            place: describePlace(statement.place),
            value: valueIn(value, unit),
            period: period(code),
            figures: list(
              observed.map((o) =>
                say.fragment("figure-in", {
                  value: valueIn(o.value, unit),
                  origin: describeOrigin(plan, o),
                }),
              ),
            ),
          }),
          locations: [[...statement.path, "value"], ...observed.map((o) => o.ref)],
          ...say.suggestion("use-figure", {
            figure: valueIn(first.value, unit),
            baseline: valueIn(value, unit),
          }),
        });
      }
    }
    return findings;
  },
};
