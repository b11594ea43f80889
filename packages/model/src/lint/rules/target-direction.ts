import {
  baselineValueOf,
  baselineValuePath,
  indicatorEntries,
  targetStatements,
} from "../_lib/statements.ts";
import { describePlace, describeTarget } from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";
import { quoted, valueIn } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

const say = ruleMessages("target-direction");

export const targetDirection: LintRule = {
  id: "target-direction",
  severity: "warning",
  check(context) {
    const { plan } = context;
    const findings: RuleFinding[] = [];
    for (const entry of indicatorEntries(plan)) {
      const { direction, unit } = entry.indicator;
      if (direction === undefined) continue;
      const lower = direction === "lower-is-better";
      for (const statement of targetStatements(entry)) {
        const { target, baseline } = statement;
        let wrong = false;
        let because: "value" | "change" | "kind" = "value";
        if (target.kind === "relative" && target.change !== undefined) {
          // The stated percentage says which way; a value that contradicts it
          // is reported by relative-target-mismatch.
          wrong = lower ? target.change > 0 : target.change < 0;
          because = "change";
        } else if (target.kind === "absolute" && target.value !== undefined && baseline) {
          const from = baselineValueOf(context, baseline);
          wrong = from !== undefined && (lower ? target.value > from : target.value < from);
        } else if (target.kind === "maximum" || target.kind === "minimum") {
          wrong = lower ? target.kind === "minimum" : target.kind === "maximum";
          because = "kind";
        }
        if (!wrong) continue;
        const data = {
          target: describeTarget(target, unit),
          label: quoted(entry.indicator.label),
          place: describePlace(statement.place),
          better: say.fragment(lower ? "lower-is-better" : "higher-is-better"),
        };
        findings.push({
          ...(because === "kind"
            ? say.message("wrong-kind", {
                ...data,
                kind: say.fragment(target.kind === "maximum" ? "maximum" : "minimum"),
              })
            : because === "change"
              ? say.message("wrong-way", data)
              : say.message("worse-than-baseline", {
                  ...data,
                  baseline: baseline ? valueIn(baselineValueOf(context, baseline) ?? 0, unit) : "",
                })),
          locations: [
            target.value === undefined ? statement.path : [...statement.path, "value"],
            ...(baseline ? [baselineValuePath(baseline)] : []),
          ],
          ...say.suggestion("check-direction", { direction }),
        });
      }
    }
    return findings;
  },
};
