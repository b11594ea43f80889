import { rationalFromNumber } from "../../_lib/rational.ts";
import type { Language } from "../../language.ts";
import type { Target } from "../../schema/types.ts";
import { groupBy } from "../_lib/normalize.ts";
import {
  type BaselineStatement,
  baselineStatements,
  describePlace,
  type IndicatorEntry,
  indicatorEntries,
  seriesOf,
  type TargetStatement,
  targetStatements,
} from "../_lib/statements.ts";
import { applyChange } from "../_lib/targets.ts";
import {
  describeTarget,
  formatFigure,
  formatPeriod,
  formatValue,
  joinList,
  localize,
  pick,
  quoted,
} from "../_lib/text.ts";
import type { LintContext, LintRule, RuleFinding } from "../lint-types.ts";

/** What a target asks for, so that "35 (-20%)" and "35" count as the same target. */
function targetKey(statement: TargetStatement): string {
  const { target, baseline } = statement;
  const kind = target.kind === "absolute" || target.kind === "relative" ? "reach" : target.kind;
  const value = targetValue(target, baseline?.baseline.value);
  return `${kind}:${value === undefined ? "?" : formatFigure(value, "en")}`;
}

function targetValue(target: Target, baseline: number | undefined) {
  if (target.value !== undefined) return rationalFromNumber(target.value);
  if (target.kind === "keep-level" && baseline !== undefined) return rationalFromNumber(baseline);
  if (target.kind === "relative" && target.change !== undefined && baseline !== undefined) {
    return applyChange(baseline, target.change);
  }
  return undefined;
}

function places<T extends { place: BaselineStatement["place"] }>(
  group: readonly T[],
  lang: Language,
) {
  return joinList(
    group.map((s) => describePlace(s.place, lang)),
    lang,
  );
}

function baselineConflict(context: LintContext, entry: IndicatorEntry): RuleFinding | undefined {
  const statements = baselineStatements(entry);
  const groups = groupBy(
    statements,
    (s) => `${formatFigure(s.baseline.value, "en")}@${s.baseline.period}`,
  );
  if (groups.length < 2) return undefined;
  const unit = entry.indicator.unit;
  const periods = new Set(statements.map((s) => s.baseline.period));
  // What the recorded figures say, when they settle which baseline is right.
  const observed = [...periods].flatMap((period) => {
    const values = context.index
      .getAll(seriesOf(entry.indicator), context.plan.municipality.code, period)
      .flatMap((o) => (o.value === null ? [] : [o.value]));
    const distinct = [...new Set(values)];
    return distinct.length === 1 ? [{ period, value: distinct[0] as number }] : [];
  });
  return {
    message: localize((lang) => {
      const list = groups
        .map((group) => {
          const first = group[0] as BaselineStatement;
          return `${formatValue(first.baseline.value, unit, lang)} (${formatPeriod(first.baseline.period, lang)}) in ${places(group, lang)}`;
        })
        .join("; ");
      return pick(
        lang,
        `${quoted(entry.indicator.label)} heeft ${groups.length} verschillende uitgangswaarden: ${list}.`,
        `${quoted(entry.indicator.label)} has ${groups.length} different baselines: ${list}.`,
      );
    }),
    locations: statements.map((s) => [...s.path, "value"]),
    suggestion: localize((lang) => {
      const figures = observed
        .map((o) => `${formatValue(o.value, unit, lang)} (${formatPeriod(o.period, lang)})`)
        .join(", ");
      return pick(
        lang,
        `Gebruik één uitgangswaarde in elke tabel met deze indicator${figures ? `; de cijfers in het plan geven ${figures}` : ""}.`,
        `Use one baseline in every table that lists the indicator${figures ? `; the plan's figures give ${figures}` : ""}.`,
      );
    }),
  };
}

function targetConflicts(entry: IndicatorEntry): RuleFinding[] {
  const unit = entry.indicator.unit;
  const byPeriod = groupBy(targetStatements(entry), (s) => s.target.period);
  return byPeriod.flatMap((statements): RuleFinding[] => {
    const groups = groupBy(statements, targetKey);
    if (groups.length < 2) return [];
    const period = (statements[0] as TargetStatement).target.period;
    return [
      {
        message: localize((lang) => {
          const list = groups
            .map((group) => {
              const first = group[0] as TargetStatement;
              return `${describeTarget(first.target, unit, lang)} in ${places(group, lang)}`;
            })
            .join("; ");
          return pick(
            lang,
            `${quoted(entry.indicator.label)} heeft ${groups.length} verschillende doelen voor ${formatPeriod(period, lang)}: ${list}.`,
            `${quoted(entry.indicator.label)} has ${groups.length} different targets for ${formatPeriod(period, lang)}: ${list}.`,
          );
        }),
        locations: statements.map((s) =>
          s.target.value === undefined ? s.path : [...s.path, "value"],
        ),
        suggestion: localize((lang) =>
          pick(
            lang,
            "Kies één doel en gebruik het in elke tabel met deze indicator.",
            "Choose one target and use it in every table that lists the indicator.",
          ),
        ),
      },
    ];
  });
}

export const indicatorValueConflict: LintRule = {
  id: "indicator-value-conflict",
  severity: "error",
  description: localize((lang) =>
    pick(
      lang,
      "Een indicator die in meer tabellen staat, moet overal dezelfde uitgangswaarde en hetzelfde doel per periode hebben. Twee waarden voor één doel maken de voortgang onmeetbaar: welke geldt?",
      "An indicator listed in several tables must have the same baseline and the same target for each period everywhere. Two values for one target make progress unmeasurable: which one holds?",
    ),
  ),
  docs: {
    failing: `sources:
  - { id: veiligheidsmonitor, name: Veiligheidsmonitor, kind: survey }
indicators:
  - { id: rapportcijfer-veiligheid, label: Rapportcijfer veiligheid, unit: grade,
      direction: higher-is-better, source: veiligheidsmonitor }
indicatorTables:
  - id: hoofddoelstellingen
    title: Meetbare hoofddoelstellingen
    rows:
      - indicator: rapportcijfer-veiligheid
        baseline: { value: 7.5, period: 2017 }
        target: { kind: absolute, value: 7.6, period: 2021 }
  - id: zorg-en-veiligheid
    title: Effectindicatoren zorg en veiligheid
    rows:
      - indicator: rapportcijfer-veiligheid
        baseline: { value: 7.3, period: 2017 }
        target: { kind: absolute, value: 7.5, period: 2021 }
`,
    fixed: `sources:
  - { id: veiligheidsmonitor, name: Veiligheidsmonitor, kind: survey }
indicators:
  - { id: rapportcijfer-veiligheid, label: Rapportcijfer veiligheid, unit: grade,
      direction: higher-is-better, source: veiligheidsmonitor }
indicatorTables:
  - id: hoofddoelstellingen
    title: Meetbare hoofddoelstellingen
    rows:
      - indicator: rapportcijfer-veiligheid
        baseline: { value: 7.3, period: 2017 }
        target: { kind: absolute, value: 7.5, period: 2021 }
  - id: zorg-en-veiligheid
    title: Effectindicatoren zorg en veiligheid
    rows:
      - indicator: rapportcijfer-veiligheid
        baseline: { value: 7.3, period: 2017 }
        target: { kind: absolute, value: 7.5, period: 2021 }
`,
  },
  check(context) {
    return indicatorEntries(context.plan).flatMap((entry) => {
      const baseline = baselineConflict(context, entry);
      return [...(baseline ? [baseline] : []), ...targetConflicts(entry)];
    });
  },
};
