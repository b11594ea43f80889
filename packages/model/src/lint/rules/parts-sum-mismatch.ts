import { add, compare, type Rational, rational, rationalFromNumber } from "../../_lib/rational.ts";
import type { Language } from "../../language.ts";
import { parsePeriodOrThrow } from "../../period/parse-period.ts";
import type { Series } from "../../schema/types.ts";
import { lowerBoundFromInside } from "../_lib/bounds.ts";
import { isKnown, type KnownFigure } from "../_lib/figures.ts";
import { unitOf } from "../_lib/statements.ts";
import { formatFigure, formatPeriod, localize, pick, quoted, seriesName } from "../_lib/text.ts";
import type { LintContext, LintRule, RuleFinding } from "../lint-types.ts";

/** What one part contributes: its figure, or at least the figure of a shorter period. */
type Term =
  | { readonly kind: "known"; readonly series: string; readonly figure: KnownFigure }
  | { readonly kind: "at-least"; readonly series: string; readonly figure: KnownFigure };

function describeTerm(context: LintContext, term: Term, lang: Language): string {
  const name = seriesName(context.plan, term.series);
  const value = formatFigure(term.figure.value, lang);
  return term.kind === "known"
    ? `${name} ${value}`
    : pick(
        lang,
        `${name} minstens ${value} (het cijfer van ${formatPeriod(term.figure.period, lang)})`,
        `${name} at least ${value} (its ${formatPeriod(term.figure.period, lang)} figure)`,
      );
}

function checkPeriod(
  context: LintContext,
  parent: Series,
  parts: readonly string[],
  total: KnownFigure,
): RuleFinding | undefined {
  const { index } = context;
  const period = parsePeriodOrThrow(total.period);
  const additive = unitOf(context.plan, parent.id) === "count";
  const terms: Term[] = [];
  let complete = true;
  for (const part of parts) {
    const figure = index.getAll(part, total.area, total.period).find(isKnown);
    if (figure) {
      terms.push({ kind: "known", series: part, figure });
      continue;
    }
    complete = false;
    if (!additive) continue;
    // A count over a period is at least its count over any shorter period inside it.
    const largest = lowerBoundFromInside(index, part, total.area, period);
    if (largest && largest.value > 0)
      terms.push({ kind: "at-least", series: part, figure: largest });
  }
  if (!complete && !additive) return undefined;
  const sum = terms.reduce<Rational>(
    (s, t) => add(s, rationalFromNumber(t.figure.value)),
    rational(0n),
  );
  const order = compare(sum, rationalFromNumber(total.value));
  if (complete ? order === 0 : order <= 0) return undefined;
  const name = quoted(seriesName(context.plan, parent.id));
  return {
    message: localize((lang) => {
      const when = formatPeriod(total.period, lang);
      const figures = `${terms.map((t) => describeTerm(context, t, lang)).join(" + ")} = ${formatFigure(sum, lang)}`;
      const totalText = formatFigure(total.value, lang);
      return complete
        ? pick(
            lang,
            `De delen van ${name} in ${when} tellen op tot ${formatFigure(sum, lang)}, niet tot het totaal ${totalText}: ${figures}.`,
            `The parts of ${name} in ${when} add up to ${formatFigure(sum, lang)}, not to the total ${totalText}: ${figures}.`,
          )
        : pick(
            lang,
            `De delen van ${name} in ${when} tellen op tot minstens ${formatFigure(sum, lang)}, meer dan het totaal ${totalText}: ${figures}.`,
            `The parts of ${name} in ${when} add up to at least ${formatFigure(sum, lang)}, more than the total ${totalText}: ${figures}.`,
          );
    }),
    locations: [total.ref, ...terms.map((t) => t.figure.ref)],
    suggestion: localize((lang) =>
      complete
        ? pick(
            lang,
            "Controleer het totaal en de delen bij de bron; dekken de delen niet het hele totaal, zet dan complete: false.",
            "Check the total and its parts against the source; if the parts do not cover the whole total, set complete: false.",
          )
        : pick(
            lang,
            "Er ontbreekt een deel in de uitsplitsing, of het totaal is te laag; controleer beide bij de bron.",
            "A part is missing from the breakdown, or the total is too low; check both against the source.",
          ),
    ),
  };
}

export const partsSumMismatch: LintRule = {
  id: "parts-sum-mismatch",
  severity: "error",
  description: localize((lang) =>
    pick(
      lang,
      'Sub-rijen die als volledig zijn verklaard (parts met complete: true, zoals "...waaraan pogingen" en "...waaraan geslaagd") moeten in elke periode optellen tot hun totaal. Ontbreekt het cijfer van een deel, dan mogen de bekende delen het totaal niet overschrijden; bij aantallen telt een deel daarbij minstens zo zwaar als zijn cijfer over een kortere periode binnen dezelfde periode.',
      'Sub-rows declared complete (parts with complete: true, such as "...of which attempts" and "...of which succeeded") must add up to their total in every period. When a part\'s figure is missing, the known parts must not exceed the total; for counts, a part then counts for at least its figure over a shorter period inside the same period.',
    ),
  ),
  docs: {
    failing: `series:
  - id: woninginbraken
    label: Woninginbraken
    parts: { series: [pogingen, geslaagd], complete: true }
  - { id: pogingen, label: "...waaraan pogingen" }
  - { id: geslaagd, label: "...waaraan geslaagd" }
observations:
  - origin: table
    table: tabel-2
    periods: [2016, 2017]
    values:
      woninginbraken: [77, 79]
      pogingen: [21, 20]
      geslaagd: [56, 60]
tables:
  - { id: tabel-2, number: 2, title: Politiecijfers,
      columns: [{ id: jaar-2017, kind: value, period: 2017 }], rows: [{ series: woninginbraken }] }
`,
    fixed: `series:
  - id: woninginbraken
    label: Woninginbraken
    parts: { series: [pogingen, geslaagd], complete: true }
  - { id: pogingen, label: "...waaraan pogingen" }
  - { id: geslaagd, label: "...waaraan geslaagd" }
observations:
  - origin: table
    table: tabel-2
    periods: [2016, 2017]
    values:
      woninginbraken: [77, 79]
      pogingen: [21, 20]
      geslaagd: [56, 59]
tables:
  - { id: tabel-2, number: 2, title: Politiecijfers,
      columns: [{ id: jaar-2017, kind: value, period: 2017 }], rows: [{ series: woninginbraken }] }
`,
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const parent of context.plan.series) {
      if (!parent.parts?.complete) continue;
      const parts = parent.parts.series;
      const totals = context.observations.filter(
        (o): o is KnownFigure => o.series === parent.id && o.value !== null,
      );
      // One check per area and period, on the first figure (conflicting-figures reports the others).
      const seen = new Set<string>();
      for (const total of totals) {
        const key = `${total.area}\u0000${total.period}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const finding = checkPeriod(context, parent, parts, total);
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};
