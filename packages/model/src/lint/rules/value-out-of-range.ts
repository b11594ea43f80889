import {
  add,
  compare,
  divide,
  multiply,
  type Rational,
  rational,
  rationalFromNumber,
} from "../../_lib/rational.ts";
import {
  checkFigure,
  describeFigureProblem,
  type FigureProblem,
} from "../../figure/figure-rules.ts";
import type { Language } from "../../language.ts";
import type { Unit } from "../../schema/types.ts";
import {
  baselineStatements,
  describePlace,
  indicatorEntries,
  targetStatements,
  unitOf,
} from "../_lib/statements.ts";
import {
  describeOrigin,
  formatFigure,
  formatPeriod,
  localize,
  pick,
  quoted,
  seriesName,
} from "../_lib/text.ts";
import type { LintLocation, LintRule, RuleFinding } from "../lint-types.ts";

/** Why a value cannot be right in its unit, or `undefined` when it can (the rules of figure-rules.ts). */
function problem(value: number, unit: Unit, lang: Language): string | undefined {
  const found = checkFigure(value, unit);
  return found && describeFigureProblem(found, lang);
}

/** Why a value a target implies cannot be reached in its unit (range only: a count target may be 49.5). */
function rangeProblem(value: Rational, unit: Unit, lang: Language): string | undefined {
  const below = (bound: number) => compare(value, rational(BigInt(bound))) < 0;
  const above = (bound: number) => compare(value, rational(BigInt(bound))) > 0;
  const found: FigureProblem | undefined =
    unit === "count"
      ? below(0)
        ? "count-negative"
        : undefined
      : unit === "rate-per-1000" || unit === "rate-per-10000" || unit === "rate-per-100000"
        ? below(0)
          ? "rate-negative"
          : undefined
        : unit === "grade"
          ? below(1) || above(10)
            ? "grade-range"
            : undefined
          : below(0) || above(100)
            ? "percentage-range"
            : undefined;
  return found && describeFigureProblem(found, lang);
}

/** The value a relative target implies: baseline x (100 + change) / 100, exactly. */
function impliedValue(baseline: number, change: number): Rational {
  return divide(
    multiply(rationalFromNumber(baseline), add(rational(100n), rationalFromNumber(change))),
    rational(100n),
  );
}

function suggestion(value: number, unit: Unit) {
  // A grade of 75 or 73 is a 7,5 or 7,3 with the decimal comma lost.
  const scaled = value / 10;
  if (unit === "grade" && value > 10 && value <= 100 && Number.isInteger(value)) {
    return localize((lang) =>
      pick(
        lang,
        `Bedoeld is waarschijnlijk ${formatFigure(scaled, lang)} (komma vergeten).`,
        `Probably ${formatFigure(scaled, lang)} was meant (a lost decimal comma).`,
      ),
    );
  }
  return localize((lang) =>
    pick(lang, "Controleer het cijfer bij de bron.", "Check the figure against the source."),
  );
}

export const valueOutOfRange: LintRule = {
  id: "value-out-of-range",
  severity: "error",
  description: localize((lang) =>
    pick(
      lang,
      "Elke waarde moet kunnen bestaan in haar eenheid: een rapportcijfer tussen 1 en 10, een percentage tussen 0 en 100, een aantal geheel en niet negatief, een aantal per 1000 inwoners niet negatief. Dit geldt voor cijfers, uitgangswaarden en doelen, ook voor de waarde waar een relatief doel op uitkomt (-200% van een aantal is negatief).",
      "Every value must be possible in its unit: a grade between 1 and 10, a percentage between 0 and 100, a count whole and not negative, a rate per 1,000 inhabitants not negative. This holds for figures, baselines and targets, also for the value a relative target comes to (-200% of a count is negative).",
    ),
  ),
  docs: {
    failing: `series:
  - { id: rapportcijfer-veiligheid, label: Rapportcijfer veiligheid, unit: grade }
observations:
  - origin: text
    quote: "De inwoners beoordelen de veiligheid in hun buurt met een 73."
    series: rapportcijfer-veiligheid
    period: 2017
    value: 73
`,
    fixed: `series:
  - { id: rapportcijfer-veiligheid, label: Rapportcijfer veiligheid, unit: grade }
observations:
  - origin: text
    quote: "De inwoners beoordelen de veiligheid in hun buurt met een 7,3."
    series: rapportcijfer-veiligheid
    period: 2017
    value: 7.3
`,
  },
  check({ plan, observations }) {
    const findings: RuleFinding[] = [];
    for (const observation of observations) {
      const unit = unitOf(plan, observation.series);
      const { value } = observation;
      if (value === null || unit === undefined || problem(value, unit, "en") === undefined)
        continue;
      findings.push({
        message: localize(
          (lang) =>
            `${quoted(seriesName(plan, observation.series))} ${formatPeriod(observation.period, lang)} is ${formatFigure(value, lang)} in ${describeOrigin(plan, observation, lang)}, ${pick(lang, "maar", "but")} ${problem(value, unit, lang)}.`,
        ),
        locations: [observation.ref],
        suggestion: suggestion(value, unit),
      });
    }
    for (const entry of indicatorEntries(plan)) {
      const unit = entry.indicator.unit;
      const stated = [
        ...baselineStatements(entry).map((s) => ({
          value: s.baseline.value,
          path: [...s.path, "value"] as LintLocation,
          place: s.place,
          what: { nl: "De uitgangswaarde", en: "The baseline" },
        })),
        ...targetStatements(entry).flatMap((s) =>
          s.target.value === undefined
            ? []
            : [
                {
                  value: s.target.value,
                  path: [...s.path, "value"] as LintLocation,
                  place: s.place,
                  what: { nl: "Het doel", en: "The target" },
                },
              ],
        ),
      ];
      // A relative target's change takes the value out of its unit's range
      // (-200% of a count): an error at the change, whatever value is printed.
      for (const statement of targetStatements(entry)) {
        const { target, baseline } = statement;
        if (target.kind !== "relative" || target.change === undefined) continue;
        const change = target.change;
        const from = baseline?.baseline.value;
        // Without a baseline, a count or rate still cannot fall by more than 100%.
        const implied =
          from !== undefined
            ? impliedValue(from, change)
            : (unit === "count" || unit === "rate-per-1000") && change < -100
              ? rational(-1n)
              : undefined;
        if (implied === undefined || rangeProblem(implied, unit, "en") === undefined) continue;
        const percent = (lang: Language) =>
          `${change > 0 ? "+" : ""}${formatFigure(change, lang)}%`;
        const result = (lang: Language) =>
          from === undefined
            ? ""
            : pick(
                lang,
                `: vanaf ${formatFigure(from, lang)} is dat ${formatFigure(implied, lang)}`,
                `: from ${formatFigure(from, lang)} that is ${formatFigure(implied, lang)}`,
              );
        findings.push({
          message: localize((lang) =>
            pick(
              lang,
              `Het doel van ${quoted(entry.indicator.label)} in ${describePlace(statement.place, lang)} is een verandering van ${percent(lang)}${result(lang)}, maar ${rangeProblem(implied, unit, lang)}.`,
              `The target of ${quoted(entry.indicator.label)} in ${describePlace(statement.place, lang)} is a change of ${percent(lang)}${result(lang)}, but ${rangeProblem(implied, unit, lang)}.`,
            ),
          ),
          locations: [[...statement.path, "change"] as LintLocation],
          suggestion: localize((lang) =>
            pick(
              lang,
              "Controleer het percentage bij de bron: een daling is hooguit -100%.",
              "Check the percentage against the source: a decrease is at most -100%.",
            ),
          ),
        });
      }
      for (const { value, path, place, what } of stated) {
        if (problem(value, unit, "en") === undefined) continue;
        findings.push({
          message: localize((lang) =>
            pick(
              lang,
              `${what.nl} van ${quoted(entry.indicator.label)} in ${describePlace(place, lang)} is ${formatFigure(value, lang)}, maar ${problem(value, unit, lang)}.`,
              `${what.en} of ${quoted(entry.indicator.label)} in ${describePlace(place, lang)} is ${formatFigure(value, lang)}, but ${problem(value, unit, lang)}.`,
            ),
          ),
          locations: [path],
          suggestion: suggestion(value, unit),
        });
      }
    }
    return findings;
  },
};
