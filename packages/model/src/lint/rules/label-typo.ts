import type { PlanPath } from "../../observation/observation.ts";
import { figureTableName } from "../_lib/text.ts";
import { likelyTypoOf, wordsOf } from "../_lib/typos.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";
import { list, type MessageValue, quoted } from "../messages/message-value.ts";
import { phrase, ruleMessages } from "../messages/rule-messages.ts";

interface PrintedLabel {
  readonly label: string;
  readonly path: PlanPath;
  readonly where: MessageValue;
}

const say = ruleMessages("label-typo");

export const labelTypo: LintRule = {
  id: "label-typo",
  severity: "warning",
  check({ plan }) {
    const names = [...plan.series.map((s) => s.label), ...plan.indicators.map((i) => i.label)];
    const known = new Set(names.flatMap(wordsOf));
    const printed: PrintedLabel[] = [
      ...plan.tables.flatMap((table, t) =>
        table.rows.flatMap((row, r) =>
          row.label === undefined
            ? []
            : [
                {
                  label: row.label,
                  path: ["tables", t, "rows", r, "label"],
                  where: figureTableName(plan, table.id),
                },
              ],
        ),
      ),
      ...plan.indicatorTables.flatMap((table, t) =>
        table.rows.flatMap((row, r) =>
          row.label === undefined
            ? []
            : [
                {
                  label: row.label,
                  path: ["indicatorTables", t, "rows", r, "label"],
                  where: phrase("table-title", { title: quoted(table.title) }),
                },
              ],
        ),
      ),
    ];
    // A word comes back in many labels ("misdrijven", "aantal"): look each one up once.
    const typoOf = new Map<string, string | undefined>();
    const meantBy = (word: string) => {
      // Stryker disable next-line ConditionalExpression: equivalent, looking a word up again gives the same answer
      if (!typoOf.has(word)) typoOf.set(word, likelyTypoOf(word, known));
      return typoOf.get(word);
    };
    const findings: RuleFinding[] = [];
    for (const { label, path, where } of printed) {
      const typos = [...new Set(wordsOf(label))].flatMap((word) => {
        const meant = meantBy(word);
        return meant === undefined ? [] : [{ word, meant }];
      });
      if (typos.length === 0) continue;
      const fixed = typos.reduce(
        (text, { word, meant }) =>
          text.replace(new RegExp(word, "iu"), (found) =>
            found[0] === found[0]?.toUpperCase() ? meant[0]?.toUpperCase() + meant.slice(1) : meant,
          ),
        label,
      );
      findings.push({
        ...say.message("likely-typo", {
          label: quoted(label),
          where,
          typos: list(
            typos.map(({ word, meant }) =>
              say.fragment("typo", {
                word: quoted(word),
                meant: quoted(meant),
                source: quoted(names.find((name) => wordsOf(name).includes(meant)) ?? meant),
              }),
            ),
            "comma",
          ),
        }),
        locations: [path],
        ...say.suggestion("write-fixed", { label: quoted(fixed) }),
      });
    }
    return findings;
  },
};
