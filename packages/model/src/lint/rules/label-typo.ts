import type { Language } from "../../language.ts";
import type { PlanPath } from "../../observation/observation.ts";
import { figureTableName, localize, pick, quoted } from "../_lib/text.ts";
import { likelyTypoOf, wordsOf } from "../_lib/typos.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";

interface PrintedLabel {
  readonly label: string;
  readonly path: PlanPath;
  readonly where: (lang: Language) => string;
}

export const labelTypo: LintRule = {
  id: "label-typo",
  severity: "warning",
  description: localize((lang) =>
    pick(
      lang,
      'Rijlabels zoals ze zijn afgedrukt (label in tables en indicatorTables) worden woord voor woord vergeleken met de namen van de reeksen en indicatoren van het plan. Een woord dat één letter afwijkt van een bekend woord (twee bij woorden van tien letters of meer), zoals "vermielingen" naast "Vernielingen", is waarschijnlijk een typefout. Verbuigingen ("geslaagd", "geslaagde") en woorden korter dan vijf letters tellen niet.',
      'Row labels as printed (label in tables and indicatorTables) are compared word by word with the names of the plan\'s series and indicators. A word one letter away from a known word (two for words of ten letters or more), such as "vermielingen" next to "Vernielingen", is probably a typo. Inflections ("geslaagd", "geslaagde") and words shorter than five letters do not count.',
    ),
  ),
  docs: {
    failing: `series:
  - { id: vernielingen, label: Vernielingen }
observations:
  - { origin: table, table: tabel-2, series: vernielingen, period: 2017, value: 39 }
tables:
  - id: tabel-2
    number: 2
    title: Politiecijfers
    columns: [{ id: jaar-2017, kind: value, period: 2017 }]
    rows: [{ series: vernielingen, label: vermielingen }]
`,
    fixed: `series:
  - { id: vernielingen, label: Vernielingen }
observations:
  - { origin: table, table: tabel-2, series: vernielingen, period: 2017, value: 39 }
tables:
  - id: tabel-2
    number: 2
    title: Politiecijfers
    columns: [{ id: jaar-2017, kind: value, period: 2017 }]
    rows: [{ series: vernielingen, label: vernielingen }]
`,
  },
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
                  where: (lang: Language) => figureTableName(plan, table.id, lang),
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
                  where: (lang: Language) => pick(lang, "tabel ", "table ") + quoted(table.title),
                },
              ],
        ),
      ),
    ];
    const findings: RuleFinding[] = [];
    for (const { label, path, where } of printed) {
      const typos = [...new Set(wordsOf(label))].flatMap((word) => {
        const meant = likelyTypoOf(word, known);
        return meant === undefined ? [] : [{ word, meant }];
      });
      if (typos.length === 0) continue;
      findings.push({
        message: localize((lang) => {
          const list = typos
            .map(({ word, meant }) => {
              const source = names.find((name) => wordsOf(name).includes(meant)) ?? meant;
              return pick(
                lang,
                `${quoted(word)} voor ${quoted(meant)} (zoals in ${quoted(source)})`,
                `${quoted(word)} for ${quoted(meant)} (as in ${quoted(source)})`,
              );
            })
            .join(", ");
          return pick(
            lang,
            `Het label ${quoted(label)} in ${where(lang)} bevat waarschijnlijk een typefout: ${list}.`,
            `The label ${quoted(label)} in ${where(lang)} probably has a typo: ${list}.`,
          );
        }),
        locations: [path],
        suggestion: localize((lang) => {
          const fixed = typos.reduce(
            (text, { word, meant }) =>
              text.replace(new RegExp(word, "iu"), (found) =>
                found[0] === found[0]?.toUpperCase()
                  ? meant[0]?.toUpperCase() + meant.slice(1)
                  : meant,
              ),
            label,
          );
          return pick(lang, `Schrijf ${quoted(fixed)}.`, `Write ${quoted(fixed)}.`);
        }),
      });
    }
    return findings;
  },
};
