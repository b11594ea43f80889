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
  description: say.description,
  docs: {
    failing: `sources:
  - { id: veiligheidsmonitor, name: Veiligheidsmonitor, kind: survey }
indicators:
  - id: rapportcijfer-veiligheid
    label: Rapportcijfer veiligheid
    unit: grade
    direction: higher-is-better
    source: veiligheidsmonitor
    baseline: { value: 7.5, period: 2017 }
    targets: [{ kind: absolute, value: 7.6, period: 2021 }]
observations:
  - origin: text
    quote: "De inwoners beoordelen in 2017 het veiligheidsgevoel in de eigen buurt met een 7,3."
    series: rapportcijfer-veiligheid
    period: 2017
    value: 7.3
`,
    fixed: `sources:
  - { id: veiligheidsmonitor, name: Veiligheidsmonitor, kind: survey }
indicators:
  - id: rapportcijfer-veiligheid
    label: Rapportcijfer veiligheid
    unit: grade
    direction: higher-is-better
    source: veiligheidsmonitor
    baseline: { value: 7.3, period: 2017 }
    targets: [{ kind: absolute, value: 7.6, period: 2021 }]
observations:
  - origin: text
    quote: "De inwoners beoordelen in 2017 het veiligheidsgevoel in de eigen buurt met een 7,3."
    series: rapportcijfer-veiligheid
    period: 2017
    value: 7.3
`,
  },
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
