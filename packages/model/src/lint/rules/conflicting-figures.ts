import type { Observation } from "../../observation/observation.ts";
import { groupBy } from "../_lib/normalize.ts";
import { unitOf } from "../_lib/statements.ts";
import {
  describeOrigin,
  formatPeriod,
  formatValue,
  joinList,
  localize,
  pick,
  quoted,
  seriesName,
} from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";

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

export const conflictingFigures: LintRule = {
  id: "conflicting-figures",
  severity: "error",
  description: localize((lang) =>
    pick(
      lang,
      "Hetzelfde cijfer (dezelfde reeks, hetzelfde gebied, dezelfde periode) mag maar één waarde hebben. Staat in de tekst 65 en in de tabel 63, dan klopt er één niet.",
      "The same figure (the same series, area and period) can have only one value. When the text says 65 and the table 63, one of them is wrong.",
    ),
  ),
  docs: {
    failing: `series:
  - { id: autokraak, label: Auto-inbraken }
observations:
  - origin: table
    table: tabel-2
    periods: [2015, 2016]
    values: { autokraak: [63, 85] }
  - origin: text
    quote: "In 2015 waren dit er 65 en in 2016 was er een stijging te zien naar 85."
    periods: [2015, 2016]
    values: { autokraak: [65, 85] }
tables:
  - id: tabel-2
    number: 2
    title: Politiecijfers
    columns: [{ id: jaar-2015, kind: value, period: 2015 }, { id: jaar-2016, kind: value, period: 2016 }]
    rows: [{ series: autokraak }]
`,
    fixed: `series:
  - { id: autokraak, label: Auto-inbraken }
observations:
  - origin: table
    table: tabel-2
    periods: [2015, 2016]
    values: { autokraak: [63, 85] }
  - origin: text
    quote: "In 2015 waren dit er 63 en in 2016 was er een stijging te zien naar 85."
    periods: [2015, 2016]
    values: { autokraak: [63, 85] }
tables:
  - id: tabel-2
    number: 2
    title: Politiecijfers
    columns: [{ id: jaar-2015, kind: value, period: 2015 }, { id: jaar-2016, kind: value, period: 2016 }]
    rows: [{ series: autokraak }]
`,
  },
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
      findings.push({
        message: localize((lang) => {
          const list = values
            .map(
              (same) =>
                `${formatValue((same[0] as Observation).value ?? 0, unit, lang)} in ${joinList(
                  [...new Set(same.map((o) => describeOrigin(plan, o, lang)))],
                  lang,
                )}`,
            )
            .join("; ");
          const what = `${quoted(seriesName(plan, first.series))} ${formatPeriod(first.period, lang)}${
            first.area === plan.municipality.code
              ? ""
              : ` (${plan.areas.find((a) => a.id === first.area)?.name ?? first.area})`
          }`;
          return pick(
            lang,
            `${what} staat er met ${values.length} verschillende waarden: ${list}.`,
            `${what} is given as ${values.length} different values: ${list}.`,
          );
        }),
        locations: ordered.map((o) => o.ref),
        suggestion: localize((lang) => {
          const table = known.find((o) => o.origin === "table");
          return table
            ? pick(
                lang,
                `Controleer het cijfer bij de bron; ${describeOrigin(plan, table, lang)} geeft ${formatValue(reference, unit, lang)}.`,
                `Check the figure against the source; ${describeOrigin(plan, table, lang)} gives ${formatValue(reference, unit, lang)}.`,
              )
            : pick(
                lang,
                "Controleer de cijfers bij de bron en gebruik overal hetzelfde.",
                "Check the figures against the source and use the same one everywhere.",
              );
        }),
      });
    }
    return findings;
  },
};
