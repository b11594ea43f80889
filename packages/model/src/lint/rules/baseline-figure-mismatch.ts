import type { Observation } from "../../observation/observation.ts";
import {
  baselineStatements,
  describePlace,
  indicatorEntries,
  seriesOf,
} from "../_lib/statements.ts";
import {
  describeOrigin,
  formatPeriod,
  formatValue,
  joinList,
  localize,
  pick,
  quoted,
} from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";

export const baselineFigureMismatch: LintRule = {
  id: "baseline-figure-mismatch",
  severity: "error",
  description: localize((lang) =>
    pick(
      lang,
      "De uitgangswaarde van een indicator is het cijfer van haar periode. Geeft het plan voor die periode een ander cijfer (in een tabel of in de tekst), dan klopt een van de twee niet. Als de cijfers onderling verschillen, meldt conflicting-figures dat; deze regel meldt alleen een uitgangswaarde die van elk cijfer afwijkt.",
      "An indicator's baseline is the figure of its period. When the plan gives another figure for that period (in a table or in the text), one of the two is wrong. When the figures disagree among themselves, conflicting-figures reports it; this rule only reports a baseline that differs from every figure.",
    ),
  ),
  docs: {
    failing: `sources:
  - { id: veiligheidsmonitor, name: Veiligheidsmonitor, kind: survey }
indicators:
  - id: rapportcijfer-veiligheid
    label: Rapportcijfer veiligheid
    unit: grade
    direction: higher-is-better
    source: veiligheidsmonitor
    baseline: { value: 7.5, period: 2017 }
    targets: [{ kind: absolute, value: 7.6, period: 2021 }]
observations:
  - origin: text
    quote: "De inwoners beoordelen in 2017 het veiligheidsgevoel in de eigen buurt met een 7,3."
    series: rapportcijfer-veiligheid
    period: 2017
    value: 7.3
`,
    fixed: `sources:
  - { id: veiligheidsmonitor, name: Veiligheidsmonitor, kind: survey }
indicators:
  - id: rapportcijfer-veiligheid
    label: Rapportcijfer veiligheid
    unit: grade
    direction: higher-is-better
    source: veiligheidsmonitor
    baseline: { value: 7.3, period: 2017 }
    targets: [{ kind: absolute, value: 7.6, period: 2021 }]
observations:
  - origin: text
    quote: "De inwoners beoordelen in 2017 het veiligheidsgevoel in de eigen buurt met een 7,3."
    series: rapportcijfer-veiligheid
    period: 2017
    value: 7.3
`,
  },
  check({ plan, index }) {
    const findings: RuleFinding[] = [];
    for (const entry of indicatorEntries(plan)) {
      const unit = entry.indicator.unit;
      for (const statement of baselineStatements(entry)) {
        const { value, period } = statement.baseline;
        const observed = index
          .getAll(seriesOf(entry.indicator), plan.municipality.code, period)
          .filter((o): o is Observation & { value: number } => o.value !== null);
        if (observed.length === 0 || observed.some((o) => o.value === value)) continue;
        findings.push({
          message: localize((lang) => {
            const figures = joinList(
              observed.map(
                (o) => `${formatValue(o.value, unit, lang)} in ${describeOrigin(plan, o, lang)}`,
              ),
              lang,
            );
            return pick(
              lang,
              `De uitgangswaarde van ${quoted(entry.indicator.label)} in ${describePlace(statement.place, "nl")} is ${formatValue(value, unit, lang)} (${formatPeriod(period, lang)}), maar het plan geeft voor ${formatPeriod(period, lang)} ${figures}.`,
              `The baseline of ${quoted(entry.indicator.label)} in ${describePlace(statement.place, "en")} is ${formatValue(value, unit, lang)} (${formatPeriod(period, lang)}), but the plan gives ${figures} for ${formatPeriod(period, lang)}.`,
            );
          }),
          locations: [[...statement.path, "value"], ...observed.map((o) => o.ref)],
          suggestion: localize((lang) => {
            const first = observed[0] as Observation & { value: number };
            return pick(
              lang,
              `Neem ${formatValue(first.value, unit, lang)} als uitgangswaarde, of leg vast waar ${formatValue(value, unit, lang)} vandaan komt.`,
              `Use ${formatValue(first.value, unit, lang)} as the baseline, or record where ${formatValue(value, unit, lang)} comes from.`,
            );
          }),
        });
      }
    }
    return findings;
  },
};
