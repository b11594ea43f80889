import { groupBy, normalizeName } from "../_lib/normalize.ts";
import { type IndicatorEntry, indicatorEntries } from "../_lib/statements.ts";
import { describePlace } from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";
import { list, quoted } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

type Row = IndicatorEntry["rows"][number];

function conflict(
  entry: IndicatorEntry,
  rows: readonly Row[],
  field: "label" | "source",
  text: (row: Row) => string,
  preferred: string | undefined,
): RuleFinding | undefined {
  const groups = groupBy(rows, (row) => normalizeName(text(row)));
  if (groups.length < 2) return undefined;
  return {
    ...say.message(field === "label" ? "different-labels" : "different-sources", {
      label: quoted(entry.indicator.label),
      count: groups.length,
      names: list(
        groups.map((group) =>
          say.fragment("printed-in", {
            name: quoted(text(group[0] as Row)),
            places: list(group.map((row) => describePlace(row))),
          }),
        ),
        "semicolon",
      ),
    }),
    locations: rows.map((row) => (row.row[field] === undefined ? row.path : [...row.path, field])),
    ...(field === "label"
      ? say.suggestion("same-label")
      : preferred
        ? say.suggestion("same-source-preferred", { preferred: quoted(preferred) })
        : say.suggestion("same-source")),
  };
}

const say = ruleMessages("indicator-wording-conflict");

export const indicatorWordingConflict: LintRule = {
  id: "indicator-wording-conflict",
  severity: "warning",
  check({ plan }) {
    return indicatorEntries(plan).flatMap((entry) => {
      if (entry.rows.length < 2) return [];
      const preferred = plan.sources.find((s) => s.id === entry.indicator.source)?.name;
      const label = conflict(
        entry,
        entry.rows,
        "label",
        (row) => row.row.label ?? entry.indicator.label,
        undefined,
      );
      // Only printed names are compared; a row without a source prints nothing to compare.
      const withSource = entry.rows.filter((row) => row.row.source !== undefined);
      const source = conflict(
        entry,
        withSource,
        "source",
        (row) => row.row.source ?? "",
        preferred,
      );
      return [...(label ? [label] : []), ...(source ? [source] : [])];
    });
  },
};
