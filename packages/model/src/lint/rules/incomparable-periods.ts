import type { Language } from "../../language.ts";
import type { PlanPath } from "../../observation/observation.ts";
import { formatPeriodCode } from "../../period/format-period.ts";
import { parsePeriodOrThrow } from "../../period/parse-period.ts";
import { arePeriodsComparable, isYearToDate, shiftPeriod } from "../../period/period.ts";
import { describePlace, indicatorEntries, targetStatements } from "../_lib/statements.ts";
import { figureTableName, formatPeriod, localize, pick, quoted } from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";

interface Comparison {
  readonly where: (lang: Language) => string;
  readonly from: string;
  readonly to: string;
  readonly fromPath: PlanPath;
  readonly toPath: PlanPath;
}

function report(comparison: Comparison): RuleFinding | undefined {
  const from = parsePeriodOrThrow(comparison.from);
  const to = parsePeriodOrThrow(comparison.to);
  if (arePeriodsComparable(from, to)) return undefined;
  const toDate = isYearToDate(from) || isYearToDate(to);
  // The like-for-like comparison: the later period's months in the earlier year.
  const alike = formatPeriodCode(shiftPeriod(to, from.year - to.year));
  return {
    message: localize((lang) => {
      const a = formatPeriod(comparison.from, lang);
      const b = formatPeriod(comparison.to, lang);
      return pick(
        lang,
        `${comparison.where(lang)} vergelijkt ${a} met ${b}, die niet dezelfde maanden beslaan${toDate ? "; een cijfer tot en met een maand is alleen te vergelijken met dezelfde maanden van een ander jaar" : ""}.`,
        `${comparison.where(lang)} compares ${a} with ${b}, which do not cover the same months${toDate ? "; a year-to-date figure can only be compared with the same months of another year" : ""}.`,
      );
    }),
    locations: [comparison.toPath, comparison.fromPath],
    suggestion: localize((lang) =>
      pick(
        lang,
        `Vergelijk ${formatPeriod(comparison.to, lang)} met ${formatPeriod(alike, lang)}.`,
        `Compare ${formatPeriod(comparison.to, lang)} with ${formatPeriod(alike, lang)}.`,
      ),
    ),
  };
}

export const incomparablePeriods: LintRule = {
  id: "incomparable-periods",
  severity: "error",
  description: localize((lang) =>
    pick(
      lang,
      "Cijfers over perioden met andere maanden zijn niet te vergelijken: januari-oktober 2018 met januari-oktober 2017, nooit met heel 2017. Gecontroleerd worden de veranderingskolommen van tabellen, beweringen in de tekst, en de uitgangswaarde tegenover het doel van elke indicator.",
      "Figures over periods with other months cannot be compared: January-October 2018 with January-October 2017, never with all of 2017. Checked are the change columns of tables, claims in the text, and each indicator's baseline against its target.",
    ),
  ),
  docs: {
    failing: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: text
    quote: "In 2017 waren er 79 woninginbraken; in 2018 tot en met oktober 46."
    periods: [2017, 2018-01..2018-10]
    values: { woninginbraken: [79, 46] }
claims:
  - id: woninginbraken-gedaald
    section: "2. Huidige situatie"
    quote: "Het aantal woninginbraken is in 2018 gedaald."
    series: woninginbraken
    kind: decreased
    from: 2017
    to: 2018-01..2018-10
`,
    fixed: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: text
    quote: "In 2018 waren er tot en met oktober 46 woninginbraken en in 2017 dezelfde periode 70."
    periods: [2017-01..2017-10, 2018-01..2018-10]
    values: { woninginbraken: [70, 46] }
claims:
  - id: woninginbraken-gedaald
    section: "2. Huidige situatie"
    quote: "Het aantal woninginbraken is in 2018 gedaald."
    series: woninginbraken
    kind: decreased
    from: 2017-01..2017-10
    to: 2018-01..2018-10
`,
  },
  check({ plan }) {
    const comparisons: Comparison[] = [];
    plan.tables.forEach((table, t) => {
      table.columns.forEach((column, c) => {
        if (column.kind === "value" || column.from === undefined || column.to === undefined) return;
        comparisons.push({
          where: (lang) =>
            `${figureTableName(plan, table.id, lang)}, ${pick(lang, "kolom", "column")} ${quoted(column.header ?? column.id)}`,
          from: column.from,
          to: column.to,
          fromPath: ["tables", t, "columns", c, "from"],
          toPath: ["tables", t, "columns", c, "to"],
        });
      });
    });
    plan.claims.forEach((claim, i) => {
      comparisons.push({
        where: (lang) =>
          pick(lang, `De bewering ${quoted(claim.quote)}`, `The claim ${quoted(claim.quote)}`),
        from: claim.from,
        to: claim.to,
        fromPath: ["claims", i, "from"],
        toPath: ["claims", i, "to"],
      });
    });
    for (const entry of indicatorEntries(plan)) {
      for (const statement of targetStatements(entry)) {
        const { baseline } = statement;
        if (!baseline) continue;
        comparisons.push({
          where: (lang) =>
            pick(
              lang,
              `Het doel van ${quoted(entry.indicator.label)} in ${describePlace(statement.place, lang)}`,
              `The target of ${quoted(entry.indicator.label)} in ${describePlace(statement.place, lang)}`,
            ),
          from: baseline.baseline.period,
          to: statement.target.period,
          fromPath: [...baseline.path, "period"],
          toPath: [...statement.path, "period"],
        });
      }
    }
    return comparisons.flatMap((comparison) => report(comparison) ?? []);
  },
};
