import { normalizeName } from "../_lib/normalize.ts";
import { indicatorEntries } from "../_lib/statements.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";
import { quoted } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

const say = ruleMessages("indicator-missing-source");

export const indicatorMissingSource: LintRule = {
  id: "indicator-missing-source",
  severity: "warning",
  check({ plan }) {
    const findings: RuleFinding[] = [];
    for (const entry of indicatorEntries(plan)) {
      if (entry.indicator.source !== undefined) continue;
      const printed = entry.rows.find((row) => row.row.source !== undefined);
      const known = printed
        ? plan.sources.find(
            (s) => normalizeName(s.name) === normalizeName(printed.row.source ?? ""),
          )
        : undefined;
      const label = quoted(entry.indicator.label);
      findings.push({
        ...(printed
          ? say.message("source-only-printed", {
              label,
              table: quoted(printed.table.title),
              source: quoted(printed.row.source ?? ""),
            })
          : say.message(entry.rows.length > 0 ? "no-source-in-table" : "no-source", { label })),
        locations: [[...entry.path, "id"], ...entry.rows.map((row) => row.path)],
        ...(known
          ? say.suggestion("add-source", { id: known.id })
          : say.suggestion("record-source")),
      });
    }
    return findings;
  },
};
