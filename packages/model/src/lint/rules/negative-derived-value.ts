import { rationalFromNumber, sign, subtract } from "../../_lib/rational.ts";
import { formatPeriodCode } from "../../period/format-period.ts";
import { parsePeriodOrThrow } from "../../period/parse-period.ts";
import { firstHalf, fullYear, secondHalf } from "../../period/period.ts";
import { resolveValue } from "../../series/resolve-value.ts";
import { figuresBySeriesAndArea, type KnownFigure } from "../_lib/figures.ts";
import { describeResolved, refsOf } from "../_lib/resolved.ts";
import { unitOf } from "../_lib/statements.ts";
import {
  describeOrigin,
  formatPeriod,
  formatValue,
  localize,
  pick,
  quoted,
  seriesName,
} from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";

export const negativeDerivedValue: LintRule = {
  id: "negative-derived-value",
  severity: "error",
  description: localize((lang) =>
    pick(
      lang,
      "ivp leidt ontbrekende halfjaren af: juli-december is het jaar min januari-juni. Komt zo'n afgeleid aantal negatief uit, dan is het jaar kleiner dan een van zijn halfjaren, en klopt een van de cijfers niet. Alleen aantallen (eenheid count) worden zo afgeleid.",
      "ivp derives missing half years: July-December is the year minus January-June. When such a derived count comes out negative, the year is smaller than one of its halves, and one of the figures is wrong. Only counts (unit count) are derived this way.",
    ),
  ),
  docs: {
    failing: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: table
    table: tabel-1
    periods: [2017-H1]
    values: { woninginbraken: [54] }
  - origin: table
    table: tabel-2
    periods: [2017]
    values: { woninginbraken: [45] }
tables:
  - { id: tabel-1, number: 1, title: Politiecijfers januari-juni,
      columns: [{ id: h1-2017, kind: value, period: 2017-H1 }], rows: [{ series: woninginbraken }] }
  - { id: tabel-2, number: 2, title: Politiecijfers per jaar,
      columns: [{ id: jaar-2017, kind: value, period: 2017 }], rows: [{ series: woninginbraken }] }
`,
    fixed: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: table
    table: tabel-1
    periods: [2017-H1]
    values: { woninginbraken: [54] }
  - origin: table
    table: tabel-2
    periods: [2017]
    values: { woninginbraken: [79] }
tables:
  - { id: tabel-1, number: 1, title: Politiecijfers januari-juni,
      columns: [{ id: h1-2017, kind: value, period: 2017-H1 }], rows: [{ series: woninginbraken }] }
  - { id: tabel-2, number: 2, title: Politiecijfers per jaar,
      columns: [{ id: jaar-2017, kind: value, period: 2017 }], rows: [{ series: woninginbraken }] }
`,
  },
  check(context) {
    const { plan, index } = context;
    const series = new Map(plan.series.map((s) => [s.id, s]));
    const findings: RuleFinding[] = [];
    for (const byPeriod of figuresBySeriesAndArea(context)) {
      const { series: id, area } = (byPeriod[0] as KnownFigure[])[0] as KnownFigure;
      const unit = unitOf(plan, id);
      if (unit !== "count") continue;
      const years = [
        ...new Set(byPeriod.map((f) => parsePeriodOrThrow((f[0] as KnownFigure).period).year)),
      ];
      for (const year of years) {
        const total = resolveValue({ index, series }, id, area, fullYear(year));
        // A year made of its own halves cannot be smaller than either of them.
        if (
          total.status === "missing" ||
          (total.status === "derived" && total.rule === "full-year")
        ) {
          continue;
        }
        for (const [half, other] of [
          [firstHalf(year), secondHalf(year)],
          [secondHalf(year), firstHalf(year)],
        ] as const) {
          const part = index.getAll(id, area, half).find((o) => o.value !== null);
          if (part?.value == null) continue;
          // Exact: the difference of two decimals, never a floating-point residue.
          const rest = subtract(rationalFromNumber(total.value), rationalFromNumber(part.value));
          if (sign(rest) >= 0) continue;
          findings.push({
            message: localize((lang) => {
              const name = quoted(seriesName(plan, id));
              const sum = `${formatPeriod(String(year), lang)} (${formatValue(total.value, unit, lang)}, ${describeResolved(plan, total, lang)}) - ${formatPeriod(formatPeriodCode(half), lang)} (${formatValue(part.value ?? 0, unit, lang)}, ${describeOrigin(plan, part, lang)}) = ${formatValue(rest, unit, lang)}`;
              return pick(
                lang,
                `${name} ${formatPeriod(formatPeriodCode(other), lang)} komt negatief uit: ${sum}. Een halfjaar kan niet meer hebben dan het hele jaar.`,
                `${name} ${formatPeriod(formatPeriodCode(other), lang)} comes out negative: ${sum}. A half year cannot have more than the whole year.`,
              );
            }),
            locations: [part.ref, ...refsOf(total)],
            suggestion: localize((lang) =>
              pick(
                lang,
                "Controleer het jaarcijfer en het halfjaarcijfer bij de bron.",
                "Check the year's and the half year's figures against the source.",
              ),
            ),
          });
        }
      }
    }
    return findings;
  },
};
