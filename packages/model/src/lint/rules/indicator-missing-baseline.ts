import { effectiveBaseline, indicatorEntries } from "../_lib/statements.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";
import { quoted } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

const say = ruleMessages("indicator-missing-baseline");

export const indicatorMissingBaseline: LintRule = {
  id: "indicator-missing-baseline",
  severity: "warning",
  check({ plan }) {
    const findings: RuleFinding[] = [];
    for (const entry of indicatorEntries(plan)) {
      if (effectiveBaseline(entry)) continue;
      const label = quoted(entry.indicator.label);
      findings.push({
        ...say.message(entry.rows.length > 0 ? "no-baseline-in-table" : "no-baseline", { label }),
        // The empty cell in the table first: that is where a reader misses it.
        locations: [...entry.rows.map((row) => row.path), [...entry.path, "id"]],
        ...say.suggestion("give-baseline"),
      });
    }
    return findings;
  },
};
