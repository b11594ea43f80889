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

/** Why a value cannot be right in its unit, or `undefined` when it can. */
function problem(value: number, unit: Unit, lang: Language): string | undefined {
  switch (unit) {
    case "count":
      if (value < 0) return pick(lang, "een aantal is nooit negatief", "a count is never negative");
      if (!Number.isInteger(value)) {
        return pick(lang, "een aantal is een geheel getal", "a count is a whole number");
      }
      return undefined;
    case "grade":
      return value < 1 || value > 10
        ? pick(lang, "een rapportcijfer ligt tussen 1 en 10", "a grade lies between 1 and 10")
        : undefined;
    case "percentage":
      return value < 0 || value > 100
        ? pick(lang, "een percentage ligt tussen 0 en 100", "a percentage lies between 0 and 100")
        : undefined;
    case "rate-per-1000":
    case "rate-per-10000":
    case "rate-per-100000":
      return value < 0
        ? pick(
            lang,
            "een aantal per inwoners is nooit negatief",
            "a rate per inhabitants is never negative",
          )
        : undefined;
  }
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
      "Elke waarde moet kunnen bestaan in haar eenheid: een rapportcijfer tussen 1 en 10, een percentage tussen 0 en 100, een aantal geheel en niet negatief, een aantal per 1000 inwoners niet negatief. Dit geldt voor cijfers, uitgangswaarden en doelen.",
      "Every value must be possible in its unit: a grade between 1 and 10, a percentage between 0 and 100, a count whole and not negative, a rate per 1,000 inhabitants not negative. This holds for figures, baselines and targets.",
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
