import { normalizeName } from "../_lib/normalize.ts";
import { likelyNameTypoOf } from "../_lib/typos.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";
import { quoted } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

const say = ruleMessages("source-name-typo");

export const sourceNameTypo: LintRule = {
  id: "source-name-typo",
  severity: "warning",
  check({ plan }) {
    const names = new Map(plan.sources.map((s) => [normalizeName(s.name), s.name]));
    const known = [...names.keys()];
    const findings: RuleFinding[] = [];
    plan.indicatorTables.forEach((table, t) => {
      table.rows.forEach((row, r) => {
        if (row.source === undefined) return;
        const meant = likelyNameTypoOf(normalizeName(row.source), known);
        if (meant === undefined) return;
        const name = quoted(names.get(meant) ?? meant);
        findings.push({
          ...say.message("likely-typo", {
            source: quoted(row.source),
            table: quoted(table.title),
            name,
          }),
          locations: [["indicatorTables", t, "rows", r, "source"]],
          ...say.suggestion("write-name", { name }),
        });
      });
    });
    return findings;
  },
};
