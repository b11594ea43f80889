import { describePlace, indicatorEntries, targetStatements } from "../_lib/statements.ts";
import { describeTarget, formatValue, localize, pick, quoted } from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";

export const targetDirection: LintRule = {
  id: "target-direction",
  severity: "warning",
  description: localize((lang) =>
    pick(
      lang,
      "Een doel hoort de goede kant op te gaan: bij lower-is-better een lager getal of een negatief percentage, bij higher-is-better een hoger getal of een positief percentage. Een maximum past bij lower-is-better, een minimum bij higher-is-better. Een doel dat slechter is dan de uitgangswaarde is meestal een vergissing; is het bewust, gebruik dan maximum of minimum.",
      "A target should go the right way: for lower-is-better a lower value or a negative percentage, for higher-is-better a higher value or a positive percentage. A maximum fits lower-is-better, a minimum higher-is-better. A target worse than the baseline is usually a mistake; when it is deliberate, use maximum or minimum.",
    ),
  ),
  docs: {
    failing: `sources:
  - { id: veiligheidsmonitor, name: Veiligheidsmonitor, kind: survey }
indicators:
  - { id: rapportcijfer-veiligheid, label: Rapportcijfer veiligheid, unit: grade,
      direction: higher-is-better, source: veiligheidsmonitor,
      baseline: { value: 7.5, period: 2017 },
      targets: [{ kind: absolute, value: 7.3, period: 2021 }] }
`,
    fixed: `sources:
  - { id: veiligheidsmonitor, name: Veiligheidsmonitor, kind: survey }
indicators:
  - { id: rapportcijfer-veiligheid, label: Rapportcijfer veiligheid, unit: grade,
      direction: higher-is-better, source: veiligheidsmonitor,
      baseline: { value: 7.3, period: 2017 },
      targets: [{ kind: absolute, value: 7.5, period: 2021 }] }
`,
  },
  check({ plan }) {
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
          const from = baseline.baseline.value;
          wrong = lower ? target.value > from : target.value < from;
        } else if (target.kind === "maximum" || target.kind === "minimum") {
          wrong = lower ? target.kind === "minimum" : target.kind === "maximum";
          because = "kind";
        }
        if (!wrong) continue;
        const label = quoted(entry.indicator.label);
        const better = (lang: "nl" | "en") =>
          lower
            ? pick(lang, "lager is beter", "lower is better")
            : pick(lang, "hoger is beter", "higher is better");
        findings.push({
          message: localize((lang) => {
            const what = `${pick(lang, "Het doel", "The target")} ${describeTarget(target, unit, lang)} ${pick(lang, "van", "of")} ${label} in ${describePlace(statement.place, lang)}`;
            if (because === "kind") {
              return pick(
                lang,
                `${what} is een ${target.kind === "maximum" ? "maximum" : "minimum"}, maar voor deze indicator geldt: ${better(lang)}.`,
                `${what} is a ${target.kind}, but for this indicator ${better(lang)}.`,
              );
            }
            const from = baseline ? formatValue(baseline.baseline.value, unit, lang) : "";
            return because === "change"
              ? pick(
                  lang,
                  `${what} gaat de verkeerde kant op: ${better(lang)}.`,
                  `${what} goes the wrong way: ${better(lang)}.`,
                )
              : pick(
                  lang,
                  `${what} is slechter dan de uitgangswaarde ${from}: ${better(lang)}.`,
                  `${what} is worse than the baseline ${from}: ${better(lang)}.`,
                );
          }),
          locations: [
            target.value === undefined ? statement.path : [...statement.path, "value"],
            ...(baseline ? [[...baseline.path, "value"]] : []),
          ],
          suggestion: localize((lang) =>
            pick(
              lang,
              `Controleer het doel en de richting (direction: ${direction}); een bewuste ondergrens of bovengrens schrijf je als minimum of maximum.`,
              `Check the target and the direction (direction: ${direction}); write a deliberate floor or ceiling as minimum or maximum.`,
            ),
          ),
        });
      }
    }
    return findings;
  },
};
