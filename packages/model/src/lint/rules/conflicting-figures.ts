import type { Observation } from "../../observation/observation.ts";
import { groupBy } from "../_lib/normalize.ts";
import { unitOf } from "../_lib/statements.ts";
import { describeOrigin, seriesName } from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";
import { distinct, list, period, quoted, valueIn } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

/**
 * The figure the others are measured against: a table's, when there is one
 * (tables are typed from the source system; the text quotes them), else the
 * most frequent value.
 */
function referenceValue(observations: readonly Observation[]): number {
  const fromTable = observations.find((o) => o.origin === "table");
  if (fromTable?.value != null) return fromTable.value;
  const groups = groupBy(observations, (o) => String(o.value));
  const largest = groups.reduce((a, b) => (b.length > a.length ? b : a));
  return largest[0]?.value ?? 0;
}

const say = ruleMessages("conflicting-figures");

export const conflictingFigures: LintRule = {
  id: "conflicting-figures",
  severity: "error",
  check({ plan, index }) {
    const findings: RuleFinding[] = [];
    for (const group of index.groups()) {
      const known = group.filter((o) => o.value !== null);
      const values = groupBy(known, (o) => String(o.value));
      if (values.length < 2) continue;
      const first = known[0] as Observation;
      const unit = unitOf(plan, first.series);
      const reference = referenceValue(known);
      // The first figure that differs from the reference is where to look first.
      const primary = known.find((o) => o.value !== reference) ?? first;
      const ordered = [primary, ...known.filter((o) => o !== primary)];
      const figure = {
        series: quoted(seriesName(plan, first.series)),
        period: period(first.period),
      };
      const table = known.find((o) => o.origin === "table");
      findings.push({
        ...say.message("different-values", {
          figure:
            first.area === plan.municipality.code
              ? say.fragment("figure", figure)
              : say.fragment("figure-in-area", {
                  ...figure,
                  area: plan.areas.find((a) => a.id === first.area)?.name ?? first.area,
                }),
          count: values.length,
          values: list(
            values.map((same) =>
              say.fragment("value-in", {
                value: valueIn((same[0] as Observation).value ?? 0, unit),
                origins: list(distinct(same.map((o) => describeOrigin(plan, o)))),
              }),
            ),
            "semicolon",
          ),
        }),
        locations: ordered.map((o) => o.ref),
        ...(table
          ? say.suggestion("check-against-table", {
              table: describeOrigin(plan, table),
              value: valueIn(reference, unit),
            })
          : say.suggestion("check-figures")),
      });
    }
    return findings;
  },
};
